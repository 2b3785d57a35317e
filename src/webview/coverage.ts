/**
 * The Timeline's coverage chart: how many documents were published per day, or per week (from
 * Monday) when the dates span more than two months, or per month beyond two years. Only dates
 * given to the day count (a month or a year says too little to place a document in a week).
 * Empty days between the first and the last are bins too, so gaps in coverage show.
 */
import type { IndexRow } from './messages';

export interface CoverageBin {
  /** First and last day of the bin, ISO. */
  from: string;
  to: string;
  count: number;
}

export type BinSize = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function coverage(rows: readonly IndexRow[]): { size: BinSize; bins: CoverageBin[] } {
  const days = rows.flatMap((row) => (row.published !== null && FULL_DATE.test(row.published) ? [row.published] : [])).sort();
  if (days.length === 0) return { size: 'day', bins: [] };
  const span = (Date.parse(days[days.length - 1]!) - Date.parse(days[0]!)) / DAY_MS;
  const size: BinSize = span <= 62 ? 'day' : span <= 731 ? 'week' : 'month';
  const bins: CoverageBin[] = [];
  for (let from = binStart(days[0]!, size); from <= days[days.length - 1]!; from = nextBin(from, size)) {
    bins.push({ from, to: iso(Date.parse(nextBin(from, size)) - DAY_MS), count: 0 });
  }
  let at = 0;
  for (const day of days) {
    while (day > bins[at]!.to) at++;
    bins[at]!.count++;
  }
  return { size, bins };
}

function binStart(day: string, size: BinSize): string {
  if (size === 'day') return day;
  if (size === 'month') return `${day.slice(0, 7)}-01`;
  const time = Date.parse(day);
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0
  return iso(time - weekday * DAY_MS);
}

function nextBin(from: string, size: BinSize): string {
  if (size === 'month') {
    const date = new Date(Date.parse(from));
    return iso(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
  }
  return iso(Date.parse(from) + (size === 'day' ? 1 : 7) * DAY_MS);
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
