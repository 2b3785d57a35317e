/**
 * What the INDEX tab shows, as plain functions of its rows (no DOM, no editor: unit-tested and run
 * by the page): free-text search, facets (several names at once = the document mentions all of
 * them), a publication-date range, sorting by any column, facet values with their counts, and the
 * review progress.
 */
import type { IndexRow, ReviewStatus } from './messages';

export type NameFacet = 'people' | 'organizations' | 'places';
export const NAME_FACETS: readonly NameFacet[] = ['people', 'organizations', 'places'];
export type ValueFacet = 'outlet' | 'source' | 'language' | 'status' | 'tag';
export const VALUE_FACETS: readonly ValueFacet[] = ['outlet', 'source', 'language', 'status', 'tag'];

export interface IndexQuery {
  /** Words, each found (case and accents ignored) in the file, title, outlet, source, authors or the article's names. */
  text: string;
  people: string[];
  organizations: string[];
  places: string[];
  outlet: string | null;
  source: string | null;
  language: string | null;
  status: ReviewStatus | null;
  tag: string | null;
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), both ends included; null is open. */
  from: string | null;
  to: string | null;
}

export function emptyQuery(): IndexQuery {
  return { text: '', people: [], organizations: [], places: [], outlet: null, source: null, language: null, status: null, tag: null, from: null, to: null };
}

export type SortKey = 'file' | 'published' | 'title' | 'outlet' | 'source' | 'language' | 'status' | 'tags' | 'names' | 'dates' | 'quotes';

/** A row without an INDEX.yaml entry yet counts as unreviewed. */
export function statusOf(row: IndexRow): ReviewStatus {
  return row.status ?? 'unreviewed';
}

export function filterRows(rows: readonly IndexRow[], query: IndexQuery): IndexRow[] {
  const words = fold(query.text).split(/\s+/).filter((word) => word !== '');
  return rows.filter((row) => matchesFacets(row, query) && inDateRange(row.published, query.from, query.to) && matchesWords(row, words));
}

function matchesFacets(row: IndexRow, query: IndexQuery): boolean {
  if (!NAME_FACETS.every((facet) => query[facet].every((name) => row[facet].includes(name)))) return false;
  return VALUE_FACETS.every((facet) => {
    const wanted = query[facet];
    return wanted === null || valuesOf(row, facet).includes(wanted);
  });
}

function matchesWords(row: IndexRow, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = fold([row.file, row.title, row.outlet, row.source, ...row.authors, ...row.people, ...row.organizations, ...row.places].filter((part) => part !== null).join('\n'));
  return words.every((word) => haystack.includes(word));
}

/**
 * A date of any precision is in the range when its period meets it: `2025-05` is in a range
 * starting 2025-05-20, and `2025` in one ending 2025-01-10. An undated document is in no range.
 */
export function inDateRange(published: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (published === null) return false;
  if (from !== null && published < from.slice(0, published.length)) return false;
  if (to !== null && published > to.slice(0, published.length)) return false;
  return true;
}

/** The row's values for a value facet (a document has any number of tags, one value of the others). */
export function valuesOf(row: IndexRow, facet: ValueFacet): string[] {
  if (facet === 'tag') return row.tags;
  if (facet === 'status') return [statusOf(row)];
  const value = row[facet];
  return value === null ? [] : [value];
}

/** A facet's values among `rows`, most documents first, then alphabetically; at most `limit`. */
export function facetValues(rows: readonly IndexRow[], facet: ValueFacet | NameFacet, limit = 200): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const values = new Set(isNameFacet(facet) ? row[facet] : valuesOf(row, facet));
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

function isNameFacet(facet: ValueFacet | NameFacet): facet is NameFacet {
  return (NAME_FACETS as readonly string[]).includes(facet);
}

/** Sorted copy; missing values last whatever the direction, ties by file name. */
export function sortRows(rows: readonly IndexRow[], key: SortKey, descending: boolean): IndexRow[] {
  return [...rows].sort((a, b) => {
    const left = sortValue(a, key);
    const right = sortValue(b, key);
    if (left === right) return a.file.localeCompare(b.file);
    if (left === null) return 1;
    if (right === null) return -1;
    const order = typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right));
    return descending ? -order : order;
  });
}

function sortValue(row: IndexRow, key: SortKey): string | number | null {
  if (key === 'status') return statusOf(row);
  if (key === 'tags') return row.tags.length === 0 ? null : row.tags.join(', ');
  const value = row[key];
  return value === '' ? null : value;
}

export function reviewedCount(rows: readonly IndexRow[]): number {
  return rows.filter((row) => statusOf(row) === 'reviewed').length;
}

/** "2 of 38 documents · 5 of 38 reviewed". */
export function countLabel(shown: readonly IndexRow[], all: readonly IndexRow[]): string {
  const documents = shown.length === all.length ? `${all.length} documents` : `${shown.length} of ${all.length} documents`;
  return `${documents} · ${reviewedCount(all)} of ${all.length} reviewed`;
}

/** Whether any facet or the text narrows the list. */
export function isFiltered(query: IndexQuery): boolean {
  return query.text.trim() !== '' || NAME_FACETS.some((facet) => query[facet].length > 0) || VALUE_FACETS.some((facet) => query[facet] !== null) || query.from !== null || query.to !== null;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The rows to list, each with the copies shown under it: a copy whose original is among `shown`
 * goes under it (in `shown` order); a copy whose original is filtered out stands on its own.
 */
export function groupCopies(shown: readonly IndexRow[]): { row: IndexRow; copies: IndexRow[] }[] {
  const files = new Set(shown.map((row) => row.file));
  const copies = new Map<string, IndexRow[]>();
  for (const row of shown) if (row.duplicateOf !== null && files.has(row.duplicateOf)) copies.set(row.duplicateOf, [...(copies.get(row.duplicateOf) ?? []), row]);
  return shown.filter((row) => row.duplicateOf === null || !files.has(row.duplicateOf)).map((row) => ({ row, copies: copies.get(row.file) ?? [] }));
}
