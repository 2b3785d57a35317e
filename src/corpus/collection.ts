/**
 * Facts about the collection as a whole: numbering gaps in the file names, duplicate and
 * near-duplicate documents, and lines repeated across many documents of one source.
 * Every step is linear in the number of documents (bucketed, never all pairs).
 */
import { SIGNATURE_SIZE, signatureSimilarity } from './profile';

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

export interface DuplicateCandidate {
  file: string;
  contentHash: string;
  signature: readonly number[];
}

/** Estimated Jaccard similarity of word 5-grams above which two documents are the same story. */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;
/** LSH bands of two MinHash rows: pairs at similarity 0.5 share a band with probability 0.97. */
const ROWS_PER_BAND = 2;
/** Documents kept per bucket to compare newcomers with; bounds the work when a bucket is crowded. */
const BUCKET_REPRESENTATIVES = 4;

/** Groups (two or more files each) of identical or near-identical documents, by MinHash LSH. */
export function findDuplicateGroups(documents: readonly DuplicateCandidate[]): string[][] {
  const parent = documents.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    parent[root(a)] = root(b);
  };
  const byHash = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  documents.forEach((document, index) => {
    const same = byHash.get(document.contentHash);
    if (same !== undefined) union(index, same);
    else byHash.set(document.contentHash, index);
    if (document.signature.length !== SIGNATURE_SIZE) return;
    for (let band = 0; band < SIGNATURE_SIZE; band += ROWS_PER_BAND) {
      const key = `${band}:${document.signature.slice(band, band + ROWS_PER_BAND).join(',')}`;
      const representatives = buckets.get(key) ?? [];
      for (const other of representatives) {
        if (root(other) === root(index)) continue;
        if (signatureSimilarity(document.signature, documents[other]!.signature) >= NEAR_DUPLICATE_SIMILARITY) union(index, other);
      }
      if (representatives.length < BUCKET_REPRESENTATIVES) representatives.push(index);
      buckets.set(key, representatives);
    }
  });
  const groups = new Map<number, string[]>();
  documents.forEach((document, index) => {
    const group = groups.get(root(index)) ?? [];
    group.push(document.file);
    groups.set(root(index), group);
  });
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

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
  // Visiting a cluster's documents together lets one number per line remember the last cluster
  // counted, instead of a set of clusters per line (the collection has hundreds of thousands of lines).
  const ordered = [...documents].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.cluster - b.cluster));
  const repeated = new Map<string, Map<number, number>>();
  let start = 0;
  while (start < ordered.length) {
    const group = ordered[start]!.group;
    let end = start;
    while (end < ordered.length && ordered[end]!.group === group) end++;
    const found = repeatedInGroup(ordered.slice(start, end));
    if (found.size > 0) repeated.set(group, found);
    start = end;
  }
  return repeated;
}

function repeatedInGroup(documents: readonly RepeatedLineCandidate[]): Map<number, number> {
  const counts = new Map<number, number>();
  const lastCluster = new Map<number, number>();
  let clusters = 0;
  let previousCluster = -1;
  for (const { cluster, lineHashes } of documents) {
    if (cluster !== previousCluster) clusters++;
    previousCluster = cluster;
    for (const hash of lineHashes) {
      if (lastCluster.get(hash) === cluster) continue;
      lastCluster.set(hash, cluster);
      counts.set(hash, (counts.get(hash) ?? 0) + 1);
    }
  }
  const minimum = Math.max(REPEATED_LINE_MIN_DOCUMENTS, Math.ceil(clusters * REPEATED_LINE_MIN_SHARE));
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
