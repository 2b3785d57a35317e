/** Calendar arithmetic on plain year/month/day values (UTC day numbers, no time zones). */

export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** The years a date value can be written in (`YYYY`): others resolve to no value. */
export function isCalendarYear(year: number): boolean {
  return Number.isInteger(year) && year >= 0 && year <= 9999;
}

/**
 * Milliseconds of a UTC day. Not Date.UTC, which takes years 0-99 for 1900-1999: a text of
 * 0000-01-01 saying "tomorrow" would be 1900-01-02.
 */
function utcMs(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return new Date(utcMs(year, month - 1, day)).getUTCDate() === day;
}

/** `YYYY-MM-DD` (anything after the tenth character is ignored) to a Day, or null. */
export function parseIsoDay(iso: string | null): Day | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

export function dayNumber(date: Day): number {
  return utcMs(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

export function addDays(date: Day, days: number): Day {
  const shifted = new Date((dayNumber(date) + days) * MS_PER_DAY);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(date: Day): number {
  return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
}

/** The month `months` after (or before, when negative) year/month. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Of the years around the reference, the one that puts month/day closest to it. */
export function nearestYear(month: number, day: number, reference: Day): number {
  const target = dayNumber(reference);
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs(utcMs(year, month - 1, day) / MS_PER_DAY - target);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** News looks back more than ahead: a month/day further ahead than this is taken as past. */
const FUTURE_HORIZON_DAYS = 92;

/**
 * The year of the month/day meant by a text published on `reference`: the next occurrence when the
 * sentence speaks of the future or it is near, else the last one.
 */
export function occurrenceYear(month: number, day: number, reference: Day, future: boolean): number {
  const next = month > reference.month || (month === reference.month && day >= reference.day) ? reference.year : reference.year + 1;
  const daysAhead = utcMs(next, month - 1, day) / MS_PER_DAY - dayNumber(reference);
  return future || daysAhead <= FUTURE_HORIZON_DAYS ? next : next - 1;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatDay(date: Day): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
