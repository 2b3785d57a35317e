/**
 * Facts about the collection as a whole: numbering gaps in the file names, duplicate and
 * near-duplicate documents, and lines repeated across many documents of one source.
 * Every step is linear in the number of documents (bucketed, never all pairs); near-duplicates
 * are found in nearDuplicates.ts.
 */

export interface NumberingGap {
  /** "001", or "conll-0006 – conll-0008" for a run of missing numbers. */
  label: string;
  prefix: string;
  first: number;
  last: number;
}

const NUMBERED_NAME = /^(\D*?)(\d+)/;
/** A run of numbers longer than this is two numbering schemes, not missing files. */
const MAX_GAP_RUN = 1000;

/** Missing numbers among file names that share a prefix and a digit count ("000_…", "002_…": 001). */
export function findNumberingGaps(files: readonly string[]): NumberingGap[] {
  const series = new Map<string, { prefix: string; width: number; numbers: number[] }>();
  for (const file of files) {
    const match = NUMBERED_NAME.exec(baseName(file));
    if (!match) continue;
    const prefix = match[1]!;
    const digits = match[2]!;
    const key = `${prefix}\u0000${digits.length}`;
    const entry = series.get(key) ?? { prefix, width: digits.length, numbers: [] };
    entry.numbers.push(Number(digits));
    series.set(key, entry);
  }
  const gaps: NumberingGap[] = [];
  for (const { prefix, width, numbers } of series.values()) {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) {
      const first = sorted[i - 1]! + 1;
      const last = sorted[i]! - 1;
      if (first > last || last - first >= MAX_GAP_RUN) continue;
      const name = (n: number): string => `${prefix}${String(n).padStart(width, '0')}`;
      gaps.push({ prefix, first, last, label: first === last ? name(first) : `${name(first)} – ${name(last)}` });
    }
  }
  return gaps.sort((a, b) => a.label.localeCompare(b.label));
}

export { type DuplicateCandidate, findDuplicateGroups } from './nearDuplicates';

export interface RepeatedLineCandidate {
  /** Documents of one source share furniture; lines are counted within a group. */
  group: string;
  /** Documents of one duplicate group count once, so a wire story copied five times is not furniture. */
  cluster: number;
  lineHashes: readonly number[];
}

/** A line is furniture when it appears in this many (clusters of) documents of its group ... */
export const REPEATED_LINE_MIN_DOCUMENTS = 3;
/** ... and in at least this share of them, so a large source needs more than a handful of copies. */
export const REPEATED_LINE_MIN_SHARE = 0.02;

/** For each group, the hashes of normalized lines repeated across enough of its documents, with their counts. */
export function findRepeatedLines(documents: readonly RepeatedLineCandidate[]): Map<string, Map<number, number>> {
  const repeated = new Map<string, Map<number, number>>();
  // Past 2^19 documents the pairs no longer fit a double; the maps then do the counting.
  const sortable = documents.length < 2 ** 19;
  for (const [group, members] of byGroup(documents)) {
    const found = sortable ? repeatedBySorting(members, documents.length) : repeatedIn(countLinesByGroup(members).get(group)!);
    if (found.size > 0) repeated.set(group, found);
  }
  return repeated;
}

function byGroup(documents: readonly RepeatedLineCandidate[]): Map<string, RepeatedLineCandidate[]> {
  const groups = new Map<string, RepeatedLineCandidate[]>();
  for (const document of documents) {
    const members = groups.get(document.group);
    if (members) members.push(document);
    else groups.set(document.group, [document]);
  }
  return groups;
}

/**
 * A group's repeated lines from one sorted array of (line, cluster) pairs: the same counts as
 * `countLines`, in a tenth of the memory. A group of 10,000 documents has ~700,000 distinct lines,
 * and maps keyed by them took ~100 MB of the command line's heap for a moment.
 */
function repeatedBySorting(documents: readonly RepeatedLineCandidate[], clusterOffset: number): Map<number, number> {
  const pairs = new Float64Array(documents.reduce((sum, document) => sum + document.lineHashes.length, 0));
  const clusters = new Set<number>();
  let at = 0;
  for (const { cluster, lineHashes } of documents) {
    clusters.add(cluster);
    // Exact in a double: 32 bits of line hash above 21 bits of (offset) cluster number.
    for (const hash of lineHashes) pairs[at++] = hash * 2 ** 21 + (cluster + clusterOffset);
  }
  pairs.sort();
  const minimum = repeatedLineMinimum(clusters.size);
  const found = new Map<number, number>();
  let start = 0;
  while (start < pairs.length) {
    const hash = Math.floor(pairs[start]! / 2 ** 21);
    let count = 0;
    let end = start;
    for (let previous = -1; end < pairs.length && Math.floor(pairs[end]! / 2 ** 21) === hash; end++) {
      if (pairs[end] !== previous) count++;
      previous = pairs[end]!;
    }
    if (count >= minimum) found.set(hash, count);
    start = end;
  }
  return found;
}

/** Every line of a group with the number of its clusters holding it, repeated or not: what an incremental update adjusts. */
export interface GroupLines {
  counts: Map<number, number>;
  clusters: number;
}

export function countLinesByGroup(documents: readonly RepeatedLineCandidate[]): Map<string, GroupLines> {
  // Visiting a cluster's documents together lets one number per line remember the last cluster
  // counted, instead of a set of clusters per line (the collection has hundreds of thousands of lines).
  const ordered = [...documents].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.cluster - b.cluster));
  const groups = new Map<string, GroupLines>();
  let start = 0;
  while (start < ordered.length) {
    const group = ordered[start]!.group;
    let end = start;
    while (end < ordered.length && ordered[end]!.group === group) end++;
    groups.set(group, countLines(ordered.slice(start, end)));
    start = end;
  }
  return groups;
}

function countLines(documents: readonly RepeatedLineCandidate[]): GroupLines {
  const counts = new Map<number, number>();
  const lastCluster = new Map<number, number>();
  let clusters = 0;
  // Not -1: that is the first duplicate group's cluster.
  let previousCluster: number | undefined;
  for (const { cluster, lineHashes } of documents) {
    if (cluster !== previousCluster) clusters++;
    previousCluster = cluster;
    for (const hash of lineHashes) {
      if (lastCluster.get(hash) === cluster) continue;
      lastCluster.set(hash, cluster);
      counts.set(hash, (counts.get(hash) ?? 0) + 1);
    }
  }
  return { counts, clusters };
}

/** How many clusters of a group must hold a line for it to be furniture. */
export function repeatedLineMinimum(clusters: number): number {
  return Math.max(REPEATED_LINE_MIN_DOCUMENTS, Math.ceil(clusters * REPEATED_LINE_MIN_SHARE));
}

function repeatedIn({ counts, clusters }: GroupLines): Map<number, number> {
  const minimum = repeatedLineMinimum(clusters);
  const found = new Map<number, number>();
  for (const [hash, count] of counts) if (count >= minimum) found.set(hash, count);
  return found;
}

export interface DateRange {
  first: string;
  last: string;
}

/** Earliest and latest publication date (ISO dates of any precision sort as text). */
export function publicationRange(published: Iterable<string | null>): DateRange | null {
  let range: DateRange | null = null;
  for (const date of published) {
    if (!date) continue;
    if (!range) range = { first: date, last: date };
    else if (date < range.first) range.first = date;
    else if (date > range.last) range.last = date;
  }
  return range;
}

export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

export interface RepeatedLine {
  /** The line in `normalizeLine` form. */
  line: string;
  /** The source (or "" for documents that name none) whose documents repeat it. */
  source: string;
  documents: number;
}

export interface FileError {
  file: string;
  message: string;
}

/** The `collection` section of INDEX.yaml. */
export interface CollectionSummary {
  documents: number;
  dateRange: DateRange | null;
  gaps: string[];
  duplicates: string[][];
  repeatedLines: RepeatedLine[];
  errors: FileError[];
}
