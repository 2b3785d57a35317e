/** Stamps without a year ("Updated Nov 19, 9:41 AM"): the year is the one the page's own dates establish. */
import type { Line } from '../document';
import { isoDate, monthNumber } from '../calendar';
import { parseFullDate } from './dateline';

const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** "Nov 19, 9:41 AM", "Nov. 19": a month and a day not followed by a year. */
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? ?\\d{4}\\b)`, 'i');
/** "19 Nov, 9:41": a day and a month not followed by a year. */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTH})\\b\\.?(?!,? ?\\d{4}\\b)`, 'i');
/** A copyright line's years, "© 2005-2019": the page was printed in the last of them. */
const COPYRIGHT_YEAR = /(?:©|\bcopyright\b)[^\n]{0,12}?(?:\b(?:19|20)\d{2}\s*[-–]\s*)?\b((?:19|20)\d{2})\b/i;
const FOUR_DIGITS = /\d{4}/;

/** The month and day a stamp line names without a year, or null. */
export function yearlessDay(text: string): { month: number; day: number } | null {
  const monthFirst = MONTH_DAY.exec(text);
  const dayFirst = DAY_MONTH.exec(text);
  const first = monthFirst && (!dayFirst || monthFirst.index <= dayFirst.index) ? { month: monthFirst[1]!, day: monthFirst[2]! } : dayFirst ? { month: dayFirst[2]!, day: dayFirst[1]! } : null;
  if (!first) return null;
  const day = Number(first.day);
  return day >= 1 && day <= 31 ? { month: monthNumber(first.month), day } : null;
}

/**
 * The latest year among the page's full dates and its copyright line: embedded posts, comments and
 * the footer are dated the year the page was, or before. Null when the page prints no year.
 */
export function pageYear(lines: readonly Line[]): number | null {
  let latest: number | null = null;
  for (const line of lines) {
    if (!FOUR_DIGITS.test(line.text)) continue;
    const full = parseFullDate(line.text);
    const copyright = COPYRIGHT_YEAR.exec(line.text)?.[1];
    const year = full ? Number(full.slice(0, 4)) : copyright ? Number(copyright) : null;
    if (year !== null && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/** The stamp's day in the page's year, as ISO, or null. */
export function resolveYearless(text: string, lines: readonly Line[]): string | null {
  const day = yearlessDay(text);
  if (!day) return null;
  const year = pageYear(lines);
  return year === null ? null : isoDate(year, day.month, day.day);
}
