/** Words about a date mention for hovers and summaries: weekday, distance from publication. No vscode. */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` to a UTC date (first day of the month or year). */
function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)));
  return Number.isNaN(date.getTime()) ? null : date;
}

function precisionOf(value: string): 'day' | 'month' | 'year' {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

export function weekdayOf(value: string): string | null {
  const date = parseIsoDate(value);
  return date && precisionOf(value) === 'day' ? (WEEKDAYS[date.getUTCDay()] ?? null) : null;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "2 days after publication", "the publication day", "3 months before publication"; null when unknown. */
export function distanceFromPublication(value: string, published: string | null): string | null {
  if (!published) return null;
  const date = parseIsoDate(value);
  const publishedDate = parseIsoDate(published);
  if (!date || !publishedDate) return null;
  const precision = precisionOf(value);
  let difference: number;
  let unit: string;
  if (precision === 'day' && precisionOf(published) === 'day') {
    difference = Math.round((date.getTime() - publishedDate.getTime()) / DAY_MS);
    unit = 'day';
  } else if (precision !== 'year') {
    difference = (date.getUTCFullYear() - publishedDate.getUTCFullYear()) * 12 + date.getUTCMonth() - publishedDate.getUTCMonth();
    unit = 'month';
  } else {
    difference = date.getUTCFullYear() - publishedDate.getUTCFullYear();
    unit = 'year';
  }
  if (difference === 0) return `the publication ${unit}`;
  return `${plural(Math.abs(difference), unit)} ${difference > 0 ? 'after' : 'before'} publication`;
}

/** How a date's value was resolved, for the hover's "Resolved" line; null for a date written out in full. */
export function resolutionNote(date: { relative: boolean; inferred?: true }): string | null {
  if (date.inferred) return 'year inferred from the text (the page gives no publication date)';
  return date.relative ? 'relative to the publication date' : null;
}
