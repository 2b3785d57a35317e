/**
 * The rows an export writes, one per INDEX.yaml entry in its order: what the reviewer and the
 * pipeline wrote there wins (status, tags, notes, published, source), and what the index keeps
 * only in its cache (outlet, language) fills the fields the entry does not have. Wire copies get
 * their group's number and original from the entries' `duplicateOf`.
 */
import { csvRecord } from './exportCsv';
import type { IndexEntry } from './indexFile';
import type { DocumentSummary } from './summary';

export const EXPORT_COLUMNS = [
  'file', 'title', 'published', 'outlet', 'source', 'authors', 'people', 'organizations', 'places',
  'quotations', 'language', 'duplicate group', 'original', 'status', 'tags', 'notes',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportValue = string | number | string[] | null;
export type ExportRow = Record<ExportColumn, ExportValue>;

/** Multi-valued cells in one CSV cell. */
export const LIST_SEPARATOR = '; ';

/** `cached` gives the document's summary from the index's cache, when it has one. */
export function exportRows(entries: readonly IndexEntry[], cached: (file: string) => DocumentSummary | undefined = () => undefined): ExportRow[] {
  const groups = duplicateGroups(entries);
  return entries.map((entry) => {
    const summary = cached(entry.file);
    const field = (key: string, fallback: unknown = undefined): unknown => (key in entry.fields ? entry.fields[key] : fallback);
    const group = groups.get(entry.file);
    return {
      file: entry.file,
      title: text(field('title', summary?.title)),
      published: text(field('published', summary?.published)),
      outlet: text(field('outlet', summary?.outlet)),
      source: text(field('source', summary?.source)),
      authors: list(field('authors', summary?.authors)),
      people: list(field('people', summary?.people)),
      organizations: list(field('organizations', summary?.organizations)),
      places: list(field('places', summary?.places)),
      quotations: count(field('quotes', summary?.quotes)),
      language: text(field('language', summary?.language)),
      'duplicate group': group?.number ?? null,
      original: group?.original ?? null,
      status: entry.status,
      tags: list(field('tags')),
      notes: text(entry.notes),
    };
  });
}

/** Groups numbered from 1 in the order their first member is listed; each with its original. */
function duplicateGroups(entries: readonly IndexEntry[]): Map<string, { number: number; original: string }> {
  const originalOf = new Map<string, string>();
  for (const entry of entries) {
    const original = entry.fields['duplicateOf'];
    if (typeof original === 'string' && original !== entry.file) originalOf.set(entry.file, original).set(original, original);
  }
  const numbers = new Map<string, number>();
  const groups = new Map<string, { number: number; original: string }>();
  for (const entry of entries) {
    const original = originalOf.get(entry.file);
    if (original === undefined) continue;
    if (!numbers.has(original)) numbers.set(original, numbers.size + 1);
    groups.set(entry.file, { number: numbers.get(original)!, original });
  }
  return groups;
}

/** A row as CSV cells: lists joined, missing values empty. */
export function csvCells(row: ExportRow): string[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = row[column];
    return Array.isArray(value) ? value.join(LIST_SEPARATOR) : value === null ? '' : String(value);
  });
}

/** The CSV file: a header row, then one record per row (the CLI's `export` and the editor's command write this). */
export function csvTable(rows: readonly ExportRow[]): string {
  return csvRecord(EXPORT_COLUMNS) + rows.map((row) => csvRecord(csvCells(row))).join('');
}

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : String(value);
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => (item === null || item === undefined || item === '' ? [] : [String(item)]));
  const single = text(value);
  return single === null ? [] : [single];
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
