/** What every date rule shares: a pattern, and a resolver from its match to a value. */
import type { DatePrecision } from '../types';
import { type Day, formatDay, formatMonth, formatYear, isCalendarYear } from './calendar';

export interface RuleContext {
  text: string;
  /** The publication date, which relative expressions are resolved against. */
  reference: Day | null;
  /** Whether numeric dates of this document put the day first (12/08/2025 = 12 August). */
  dayFirst: boolean;
}

export interface Resolution {
  value: string | null;
  precision: DatePrecision | null;
  relative: boolean;
  /** Widens the span back over words found before the match ("last" of "last Monday"); an offset into the text. */
  start?: number;
}

export interface DateRule {
  /** Must carry the `g` flag; it is run over the whole text. */
  pattern: RegExp;
  /**
   * Words (as `\b` sees them) one of which every match contains whole: without any of them in the
   * text, the pattern is not run. The scan for start words finds them too.
   */
  requiredWords?: readonly string[];
  /**
   * The words every match starts with, as `\b` sees words (whole runs of ASCII letters, digits and
   * `_`): the pattern is then tried only where one of them stands, not at every offset of the text.
   */
  startWords?: readonly string[];
  /**
   * The characters (ASCII) one of which every match has first after its start word, past white space,
   * `.`, `,`, `-`, `'` and any character beyond ASCII: "May" before "2025" may start "May 2025", "May"
   * before "May" may not. The pattern is then tried only there: "the" stands in every sentence, a date after it rarely.
   */
  afterStartWord?: string;
  /**
   * Every match starts at a digit that follows no other digit, its whole run of digits shaped so: the
   * pattern is tried only there, and only where the run fits (no start words then).
   */
  startsAtNumber?: NumberStart;
  resolve(match: RegExpExecArray, context: RuleContext): Resolution | null;
}

/**
 * The number a rule's matches start with: a run of `min` to `max` digits and, when `next` is given,
 * one of its characters right after the run. A cheap test of what the pattern would check first: a
 * date-dense text has a number every few characters, and most fit one rule at most.
 */
export interface NumberStart {
  min: number;
  max: number;
  next?: string;
}

/** Whether the digits at `offset` (the first of their run) have the shape. */
export function fitsNumberStart(text: string, offset: number, shape: NumberStart): boolean {
  let end = offset;
  while (end < text.length && end - offset <= shape.max) {
    const code = text.charCodeAt(end);
    if (code < 0x30 || code > 0x39) break;
    end++;
  }
  const digits = end - offset;
  return digits >= shape.min && digits <= shape.max && (shape.next === undefined || (end < text.length && shape.next.includes(text[end]!)));
}

/** A date expression with no calendar value (TimeML PRESENT_REF, weeks, quarters, decades). */
export function vague(relative: boolean): Resolution {
  return { value: null, precision: null, relative };
}

/** A rule whose every match resolves the same way (vague references, quarters, decades). */
export function constantRule(pattern: RegExp, resolution: Resolution, requiredWords?: string, startWords?: string, afterStartWord?: string): DateRule {
  return {
    pattern,
    requiredWords: requiredWords === undefined ? undefined : wordList(requiredWords),
    startWords: startWords === undefined ? undefined : wordList(startWords),
    afterStartWord,
    resolve: () => resolution,
  };
}

/** A constant rule whose matches start at a number ("1990s", "20th century"). */
export function constantNumberRule(pattern: RegExp, resolution: Resolution, start: NumberStart, requiredWords?: string): DateRule {
  return { ...constantRule(pattern, resolution, requiredWords), startsAtNumber: start };
}

/** "The the" -> ["The", "the"]: start and required words are written as one string. */
export function wordList(words: string): readonly string[] {
  return words.split(' ');
}

/** The resolution widened back to `start`; spelled out rather than spread, as a literal of fixed shape is made several times faster. */
export function startingAt(resolution: Resolution, start: number): Resolution {
  return { value: resolution.value, precision: resolution.precision, relative: resolution.relative, start };
}

export function dayResolution(date: Day | null, relative: boolean): Resolution {
  return date && isCalendarYear(date.year) ? { value: formatDay(date), precision: 'day', relative } : vague(relative);
}

export function monthResolution(year: number | null, month: number, relative: boolean): Resolution {
  return year === null || !isCalendarYear(year) ? vague(relative) : { value: formatMonth(year, month), precision: 'month', relative };
}

export function yearResolution(year: number | null, relative: boolean): Resolution {
  return year === null || !isCalendarYear(year) ? vague(relative) : { value: formatYear(year), precision: 'year', relative };
}

/** A clock time next to a day makes it a TimeML TIME, not a DATE ("at 10 p.m. Wednesday", "Sunday night at 8 PM"). */
const CLOCK_BEFORE = /(?:\d\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?|\bnoon|\bmidnight)\s*(?:on\s+)?$/i;
const CLOCK_AFTER = /^\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\b/i;

export function isClockTime(text: string, start: number, end: number): boolean {
  return CLOCK_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || CLOCK_AFTER.test(text.slice(end, end + 16));
}

/**
 * Where `prefix` (a pattern ending in `$`) matches just before `start`, its match; else null.
 * Rules find the core of an expression and widen it here, because a pattern that opens with
 * optional words is tried at every position of the text and is several times slower.
 */
export function wordsBefore(text: string, start: number, prefix: RegExp, reach = 28): RegExpExecArray | null {
  return prefix.exec(text.slice(Math.max(0, start - reach), start));
}
