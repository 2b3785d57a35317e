/** The one-screen summary `index` prints about the collection it indexed. */
import type { CollectionIndex } from '../corpus/indexer';

const LISTED = 5;

export interface IndexRunFacts {
  folder: string;
  seconds: number;
  threads: number;
  /** What happened to INDEX.yaml, in words. */
  written: string;
}

export function formatIndexReport(index: CollectionIndex, run: IndexRunFacts): string {
  const { collection, documents, errors } = index;
  const cached = documents.filter((d) => d.fromCache).length;
  const undated = documents.filter((d) => !d.summary.published).length;
  const lines = [
    reportHeadline(collection.documents, cached, run),
    `Published:  ${collection.dateRange ? `${collection.dateRange.first} to ${collection.dateRange.last}` : 'no dates'}${undated > 0 ? ` (${undated} undated)` : ''}`,
    `Sources:    ${topCounts(documents.map((d) => d.summary.source ?? '(none)'))}`,
    `People:     ${topCounts(documents.flatMap((d) => d.summary.people))}`,
    `Places:     ${topCounts(documents.flatMap((d) => d.summary.places))}`,
    `Gaps:       ${collection.gaps.length === 0 ? 'none' : listSome(collection.gaps)}`,
    `Duplicates: ${collection.duplicates.length === 0 ? 'none' : `${collection.duplicates.length} groups, e.g. ${listSome(collection.duplicates[0]!)}`}`,
    `Repeated:   ${collection.repeatedLines.length === 0 ? 'none' : listSome(collection.repeatedLines.map((r) => `"${r.line}" (${r.documents})`))}`,
  ];
  if (errors.length > 0) {
    lines.push(`Errors:     ${errors.length} files could not be indexed`);
    for (const error of errors.slice(0, LISTED)) lines.push(`  ${error.file}: ${error.message}`);
    if (errors.length > LISTED) lines.push(`  … and ${errors.length - LISTED} more (listed in INDEX.yaml)`);
  }
  lines.push(run.written);
  return lines.join('\n');
}

export function reportHeadline(documents: number, cached: number, run: Omit<IndexRunFacts, 'written'>): string {
  return `Indexed ${documents} documents in ${run.folder} in ${run.seconds.toFixed(2)} s (${cached} from cache, ${run.threads > 1 ? `${run.threads} threads` : 'one thread'})`;
}

/** "Vladimir Putin 12, Xi Jinping 9, …" by number of documents. */
function topCounts(values: readonly string[]): string {
  if (values.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return listSome(top.map(([value, count]) => `${value} ${count}`));
}

function listSome(values: readonly string[]): string {
  const shown = values.slice(0, LISTED).join(', ');
  return values.length > LISTED ? `${shown}, … (${values.length} in all)` : shown;
}
