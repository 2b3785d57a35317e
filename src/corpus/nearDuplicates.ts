/**
 * Near-duplicate groups (wire copies of one story) by MinHash, in one pass that does not chain.
 * Documents are taken in the order given (the folder's name order); each joins the group whose
 * first member it is most similar to, at or above NEAR_DUPLICATE_SIMILARITY estimated from the
 * signatures, or else starts a group of its own. So every member is similar to its group's first
 * member, and A~B~C with A and C unlike is not one group: linking any two similar documents did
 * that, and 6,780 of 10,000 generated documents made one group. An exact copy (same content hash)
 * goes where its first copy went. First members are found through LSH bands: a document is
 * compared only with the first members sharing a band bucket with it.
 *
 * The class keeps every document's signature and band keys, so the live collection runs the pass
 * again after an edit without rehashing: the same groups as a search over all documents.
 * Which member is the original (earliest, agency copy, longest) is decided later, from the
 * analyses: see `originalOf`.
 */
import { SIGNATURE_SIZE } from './profile';

export interface DuplicateCandidate {
  file: string;
  contentHash: string;
  signature: readonly number[];
}

/** Estimated Jaccard similarity of word 5-grams to a group's first member at or above which a document joins it. */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;
/** LSH bands of two MinHash rows: pairs at similarity 0.5 share a band with probability 0.97. */
export const ROWS_PER_BAND = 2;
/** First members kept per bucket to compare newcomers with; bounds the work when a bucket is crowded. */
export const BUCKET_LEADERS = 8;

const BANDS = SIGNATURE_SIZE / ROWS_PER_BAND;
const MIN_EQUAL_SLOTS = Math.ceil(SIGNATURE_SIZE * NEAR_DUPLICATE_SIMILARITY);

/** Groups (two or more files each, sorted; the groups in order of their first file). */
export function findDuplicateGroups(documents: readonly DuplicateCandidate[]): string[][] {
  return new NearDuplicates(documents).groups();
}

export class NearDuplicates {
  private readonly files: string[];
  private readonly contents: string[];
  private readonly signatures: Uint32Array;
  private readonly hasSignature: boolean[];
  /** Per document, its band keys side by side. */
  private readonly keys: Uint32Array;
  private found: string[][] | undefined;

  /** `documents` in the order the search takes them. */
  constructor(documents: readonly DuplicateCandidate[]) {
    this.files = documents.map((document) => document.file);
    this.contents = documents.map((document) => document.contentHash);
    this.signatures = new Uint32Array(documents.length * SIGNATURE_SIZE);
    this.keys = new Uint32Array(documents.length * BANDS);
    this.hasSignature = documents.map((document, index) => this.store(index, document.signature));
  }

  /** The document at `file`'s position, edited. */
  replace(document: DuplicateCandidate): void {
    const index = this.files.indexOf(document.file);
    if (index < 0) throw new Error(`${document.file} is not among the documents`);
    this.contents[index] = document.contentHash;
    this.hasSignature[index] = this.store(index, document.signature);
    this.found = undefined;
  }

  groups(): string[][] {
    this.found ??= this.search();
    return this.found;
  }

  private store(index: number, signature: readonly number[]): boolean {
    const at = index * SIGNATURE_SIZE;
    if (signature.length !== SIGNATURE_SIZE) {
      this.signatures.fill(0, at, at + SIGNATURE_SIZE);
      return false;
    }
    this.signatures.set(signature, at);
    for (let band = 0; band < BANDS; band++) {
      this.keys[index * BANDS + band] = bandKey(this.signatures[at + band * ROWS_PER_BAND]!, this.signatures[at + band * ROWS_PER_BAND + 1]!);
    }
    return true;
  }

  private search(): string[][] {
    const count = this.files.length;
    const firstOf = new Int32Array(count);
    const leaders = Array.from({ length: BANDS }, () => new Map<number, number[]>());
    const firstWithContent = new Map<string, number>();
    for (let index = 0; index < count; index++) {
      const same = firstWithContent.get(this.contents[index]!);
      if (same !== undefined) {
        firstOf[index] = firstOf[same]!;
        continue;
      }
      firstWithContent.set(this.contents[index]!, index);
      firstOf[index] = this.hasSignature[index] ? this.mostSimilarLeader(index, leaders) : index;
      if (firstOf[index] === index && this.hasSignature[index]) this.lead(index, leaders);
    }
    const members = new Map<number, string[]>();
    firstOf.forEach((first, index) => {
      const group = members.get(first);
      if (group) group.push(this.files[index]!);
      else members.set(first, [this.files[index]!]);
    });
    return [...members.values()].filter((group) => group.length > 1).map((group) => group.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
  }

  /** The first member in the document's buckets it is most similar to (ties: the earliest), or itself. */
  private mostSimilarLeader(index: number, leaders: readonly Map<number, number[]>[]): number {
    let best = index;
    let bestEqual = MIN_EQUAL_SLOTS - 1;
    for (let band = 0; band < BANDS; band++) {
      for (const leader of leaders[band]!.get(this.keys[index * BANDS + band]!) ?? []) {
        const equal = this.equalSlots(index, leader);
        if (equal > bestEqual || (equal === bestEqual && best !== index && leader < best)) {
          best = leader;
          bestEqual = equal;
        }
      }
    }
    return best;
  }

  private lead(index: number, leaders: readonly Map<number, number[]>[]): void {
    for (let band = 0; band < BANDS; band++) {
      const key = this.keys[index * BANDS + band]!;
      const bucket = leaders[band]!.get(key);
      if (!bucket) leaders[band]!.set(key, [index]);
      else if (bucket.length < BUCKET_LEADERS) bucket.push(index);
    }
  }

  private equalSlots(a: number, b: number): number {
    const { signatures } = this;
    let equal = 0;
    for (let i = 0, at = a * SIGNATURE_SIZE, bt = b * SIGNATURE_SIZE; i < SIGNATURE_SIZE; i++) if (signatures[at + i] === signatures[bt + i]) equal++;
    return equal;
  }
}

/**
 * A band's two 32-bit rows as one small integer. Not strings: 120,000 string keys cost most of a
 * 10,000-document search. A key two different bands share only adds a candidate, compared anyway.
 */
export function bandKey(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & 0x3fffffff;
}

/** What names a group's original. */
export interface OriginalCandidate {
  file: string;
  /** ISO date of any precision, or null. */
  published: string | null;
  /** The agency or source the text credits. */
  source: string | null;
  /** The site whose page the document is. */
  outlet?: string | null;
  /** Characters of the article (boilerplate left out). */
  characters?: number;
}

/**
 * The copy a group's others were taken from: the earliest published (undated ones last); among
 * equally early ones, the credited agency's own page (its outlet is the source it credits), then
 * the longest (the others cut it), then the first file name.
 */
export function originalOf<T extends OriginalCandidate>(members: readonly T[]): T | undefined {
  return [...members].sort(compareAsOriginal)[0];
}

function compareAsOriginal(a: OriginalCandidate, b: OriginalCandidate): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  const agency = Number(isAgencyCopy(b)) - Number(isAgencyCopy(a));
  return agency || (b.characters ?? 0) - (a.characters ?? 0) || a.file.localeCompare(b.file);
}

function isAgencyCopy({ source, outlet }: OriginalCandidate): boolean {
  const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return typeof source === 'string' && typeof outlet === 'string' && key(source) !== '' && key(source) === key(outlet);
}
