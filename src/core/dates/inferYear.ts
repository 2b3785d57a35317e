/**
 * The year a document without a publication date establishes itself: an anniversary it names
 * ("the 80th anniversary of the Victory" -> 1945 + 80), else the latest year it mentions in a past
 * or present sentence. Year-less dates are then resolved against it and marked as inferred.
 */
import type { DatePrecision } from '../types';
import { tenseAround } from './tense';
import { MONTH } from './words';

/** Events whose anniversaries the news counts, with their years: the only knowledge a text may assume. */
const ANNIVERSARY_EVENTS: readonly (readonly [RegExp, number])[] = [
  [/\b(?:victory day|world war ii|second world war|world war two|great patriotic war|end of (?:the )?war in europe|ww2|wwii)\b/i, 1945],
  [/\b(?:world war i|first world war|world war one|armistice day|ww1|wwi)\b/i, 1918],
  [/\bmoon landing\b/i, 1969],
  [/\bfall of the berlin wall\b/i, 1989],
];
const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th) anniversary of\s+(?:the\s+)?([^.,;\n]{1,80})/gi;
const YEAR = /(?<![\d.,/-])(1[89]\d{2}|20\d{2})(?![\d/-]|\.\d)/g;
const NAMED_MONTH = new RegExp(`\\b${MONTH}\\b`);

export function documentYear(text: string): number | null {
  return anniversaryYear(text) ?? latestPastYear(text);
}

function anniversaryYear(text: string): number | null {
  ANNIVERSARY.lastIndex = 0;
  for (let match = ANNIVERSARY.exec(text); match; match = ANNIVERSARY.exec(text)) {
    const ordinal = Number(match[1]);
    const ownYear = /\b(1[89]\d{2}|20\d{2})\b/.exec(match[2]!);
    const event = ownYear ? Number(ownYear[1]) : ANNIVERSARY_EVENTS.find(([pattern]) => pattern.test(match![2]!))?.[1];
    if (event !== undefined) return event + ordinal;
  }
  return null;
}

/** Years in future sentences ("will open in 2027") are plans, not the time of writing. */
function latestPastYear(text: string): number | null {
  let latest: number | null = null;
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(text); match; match = YEAR.exec(text)) {
    const year = Number(match[1]);
    if (latest !== null && year <= latest) continue;
    if (tenseAround(text, match.index, match.index + 4) !== 'future' && !isPlanned(text, match.index)) latest = year;
  }
  return latest;
}

/** "launching … in 2027", "by 2030", "until 2028": the year of a plan or a target. */
function isPlanned(text: string, start: number): boolean {
  return /\b(?:by|until|till|through|launching|launch|to \w+ in|starting in|from now to)\s+(?:\S+\s+){0,6}$/i.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Whether a value resolved against the inferred year (taken as its last day) holds without a known
 * publication day: a year ("ten years ago", "last year") or a named month's day ("May 8"); never a
 * weekday or "yesterday", which need the day itself.
 */
export function holdsWithYearOnly(expression: string, precision: DatePrecision | null): boolean {
  if (precision === 'year') return true;
  return (precision === 'day' || precision === 'month') && NAMED_MONTH.test(expression) && !/\b(?:last|next|this)\b/i.test(expression);
}
