/** Small calendar helpers shared by the metadata reader and the date detector. */

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month number 1-12 from an English month name or abbreviation ("Sept.", "august"), or 0. */
export function monthNumber(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Not through Date.UTC, which takes years 0-99 for 1900-1999 (1900 was no leap year, 0000 was). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * A `published` value as a facts record may carry it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of a day
 * that exists (INDEX.yaml is written by hand and by pipelines: "yesterday", "2025-02-30"), else null.
 */
export function validIsoDate(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day !== undefined && !isValidDay(Number(year), Number(month), Number(day))) return null;
  return match[0];
}

/** "2025-08-29" from numbers, or null when the date does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!isValidDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
