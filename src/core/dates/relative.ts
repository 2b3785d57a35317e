/** Rules for expressions that name a time by its distance from the publication date. */
import { addDays, addMonths } from './calendar';
import { type DateRule, type Resolution, type RuleContext, constantRule, dayResolution, monthResolution, startingAt, vague, wordList, wordsBefore, yearResolution } from './rule';
import { COUNT, countValue } from './words';

const DEICTIC_OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };
const DAY_BEFORE_OR_AFTER = /\b(?:(?:earlier|later)\s+)?(?:the\s+day\s+(before|after)\s+)?$/i;

/** "today", "yesterday", "earlier yesterday", "the day before yesterday". */
const deicticDay: DateRule = {
  pattern: /\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)\b/g,
  startWords: wordList('Today today Yesterday yesterday Tomorrow tomorrow'),
  resolve(match, context) {
    const offset = DEICTIC_OFFSETS[match[0].toLowerCase()];
    if (offset === undefined) return null;
    const prefix = wordsBefore(context.text, match.index, DAY_BEFORE_OR_AFTER);
    const shift = prefix?.[1] === 'before' ? -1 : prefix?.[1] === 'after' ? 1 : 0;
    const start = match.index - (prefix?.[0].length ?? 0);
    return startingAt(dayResolution(context.reference && addDays(context.reference, offset + shift), true), start);
  },
};

/** Quantities that make "the past ..." a duration ("the past three months"), not a reference to the past. */
const PAST_DURATION = String.raw`(?:\d|few|several|couple|many|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|decades?|centur|days?|weeks?|months?|years?|quarters?|weekend)`;
/** "soon" is no reference in "as soon as" or before a past tense ("soon became"). */
const NOT_SOON = String.raw`(?:as|after|afterward|afterwards|thereafter|\w+ed|became|began|came|went|found|gave|got|left|made|took)`;

/** TimeML PRESENT_REF, PAST_REF and FUTURE_REF: date expressions with no calendar value. */
const VAGUE_RULES: readonly DateRule[] = [
  constantRule(/\b(?:[Nn]ow|[Cc]urrently|(?:[Mm]ore\s+|[Mm]ost\s+)?[Rr]ecently)\b/g, vague(true), undefined,
    'Now now Currently currently More more Most most Recently recently'),
  constantRule(/\b[Rr]ecent\s+(?:years|months|weeks|days|decades|times)\b/g, vague(true), undefined, 'Recent recent', 'ymwdt'),
  constantRule(new RegExp(String.raw`\b[Tt]he\s+past\b(?!\s+${PAST_DURATION})`, 'g'), vague(true), 'past', 'The the', 'p'),
  constantRule(/\b(?:[Ii]n|[Ii]nto|[Ff]or)\s+the\s+(?:(?:near|distant|immediate)\s+)?future\b/g, vague(true), 'future', 'In in Into into For for', 't'),
  constantRule(/\b[Tt]he\s+(?:near|short)\s+term\b/g, vague(true), 'term', 'The the', 'ns'),
  constantRule(/\bas\s+soon\s+as\s+possible\b/g, vague(true), 'possible', 'as', 's'),
  constantRule(new RegExp(String.raw`\bsoon\b(?<!\bas\s+soon)(?!\s+${NOT_SOON}\b)`, 'g'), vague(true), undefined, 'soon'),
  constantRule(/\b[Tt]he\s+weekend\b/g, vague(true), 'weekend', 'The the', 'w'),
  constantRule(/\b(?:[Ee]arlier|[Ll]ater)\s+that\s+(?:year|month|week|day)\b/g, vague(true), 'that', 'Earlier earlier Later later', 't'),
];

/** The year, month or other period of `unit`, `step` periods from the reference ("last year" is -1). */
function periodFrom(unit: string, step: number, context: RuleContext): Resolution {
  const reference = context.reference;
  if (unit === 'year') return yearResolution(reference ? reference.year + step : null, true);
  if (unit === 'month') {
    if (!reference) return vague(true);
    const shifted = addMonths(reference.year, reference.month, step);
    return monthResolution(shifted.year, shifted.month, true);
  }
  return vague(true);
}

const STEPS: Record<string, number> = { this: 0, 'this past': -1, last: -1, next: 1, 'the past': -1 };
const EARLIER_OR_LATER = /\b(?:earlier|later|early|late)\s+$/i;

/** "this year", "last month", "next week", "earlier this year", "this past spring", "the past year". */
const deicticPeriod: DateRule = {
  pattern: /\b([Tt]his(?:\s+past)?|[Ll]ast|[Nn]ext|[Tt]he\s+past)\s+(year|month|week|weekend|quarter|spring|summer|fall|autumn|winter)\b(?:['’]s)?/g,
  startWords: wordList('This this Last last Next next The the'),
  // "past" or the first letter of a unit.
  afterStartWord: 'pymwqsfa',
  resolve(match, context) {
    const step = STEPS[(match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
    const unit = match[2] ?? '';
    if (step === undefined || (/^the/i.test(match[1] ?? '') && unit !== 'year')) return null;
    const prefix = wordsBefore(context.text, match.index, EARLIER_OR_LATER);
    return startingAt(periodFrom(unit, step, context), match.index - (prefix?.[0].length ?? 0));
  },
};

const DISTANCE = new RegExp(String.raw`\b(${COUNT}|several|a\s+few|a\s+couple\s+of|many)\s+$`, 'i');
const APPROXIMATELY = /\b(?:nearly|almost|about|some|roughly|more\s+than|over|just|only)\s+$/i;

/** The date `count` units before the reference ("ten years ago"), as precise as the unit. */
function distanceBack(unit: string, count: number | undefined, ago: boolean, context: RuleContext): Resolution | null {
  const reference = context.reference;
  if (count === undefined || !reference) return ago ? vague(true) : null;
  if (unit === 'year') return yearResolution(reference.year - count, true);
  if (!ago) return null;
  if (unit === 'month') return periodFrom('month', -count, context);
  if (unit === 'day') return dayResolution(addDays(reference, -count), true);
  return vague(true);
}

/** "ten years ago", "a year earlier", "two months ago", "several years ago", "nearly four years ago". */
const distanceAgo: DateRule = {
  pattern: /\b(day|week|month|year|decade)(s?)\s+(ago|earlier)\b/g,
  startWords: wordList('day days week weeks month months year years decade decades'),
  afterStartWord: 'ae',
  resolve(match, context) {
    const distance = wordsBefore(context.text, match.index, DISTANCE);
    if (!distance && !match[2]) return null;
    let start = match.index - (distance?.[0].length ?? 0);
    start -= wordsBefore(context.text, start, APPROXIMATELY)?.[0].length ?? 0;
    const count = distance ? countValue(distance[1] ?? '') : undefined;
    const resolution = distanceBack(match[1] ?? '', count, match[3] === 'ago', context);
    return resolution && startingAt(resolution, start);
  },
};

/** "the year" and "the full year" of a report, "year-end": the publication year. */
const currentYear: DateRule = {
  requiredWords: wordList('year'),
  startWords: wordList('The the year'),
  // "full", "entire", "whole", "year" or "end" after "the"; "end" or the "s" of "year's" after "year".
  afterStartWord: 'efswy',
  pattern: /\b(?:[Tt]he\s+(?:full\s+|entire\s+|whole\s+)?year\b(?!-|\s+(?:\d|earlier|ago|before|after|later|when|in\s+which|two)\b)|(?:[Tt]he\s+)?year[\s-]end\b|year['’]s\s+end\b|the\s+end\s+of\s+(?:the|this)\s+year\b)/g,
  resolve: (_match, context) => yearResolution(context.reference?.year ?? null, true),
};

const QUARTER_PREFIX = /\b(?:(?:the|a|its)\s+)?(?:(?:flat|fiscal|latest|current|year-earlier|year-ago|same|\d{4})\s+)?$/i;

/** "the third quarter", "a flat second quarter", "third-quarter", "the fourth quarter of 1984". */
const ordinalQuarter: DateRule = {
  pattern: /\b(?:first|second|third|fourth)[\s-]+quarter\b(?:\s+of\s+\d{4}\b)?/g,
  requiredWords: wordList('quarter'),
  startWords: wordList('first second third fourth'),
  afterStartWord: 'q',
  resolve: (match, context) => startingAt(vague(true), match.index - (wordsBefore(context.text, match.index, QUARTER_PREFIX)?.[0].length ?? 0)),
};

/** Quarters and reporting periods, which TimeML values as quarters: "the third quarter", "third-quarter", "the year-earlier period". */
const QUARTER_RULES: readonly DateRule[] = [
  constantRule(/\b[Tt]he\s+(?:(?:latest|current|fiscal|year-earlier|year-ago)\s+)?quarter\b(?!-|\s+of\s+(?:a|an|the|its|their|his|her)\b)/g, vague(true), 'quarter', 'The the', 'lcfyq'),
  constantRule(/\b[Tt]he\s+(?:latest|year-earlier|year-ago|\d{4})\s+period\b/g, vague(true), 'period', 'The the', 'ly0123456789'),
  constantRule(/\bQ[1-4](?:\s+\d{4})?\b/g, vague(true), undefined, 'Q1 Q2 Q3 Q4'),
  constantRule(/\byear-(?:earlier|ago)\b(?!\s+(?:period|quarter)\b)/g, vague(true), 'earlier ago', 'year', 'ea'),
];

export const RELATIVE_RULES: readonly DateRule[] = [deicticDay, ...VAGUE_RULES, deicticPeriod, distanceAgo, currentYear, ordinalQuarter, ...QUARTER_RULES];
