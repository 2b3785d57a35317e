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
import { FollowedSearch } from './followedSearch';
import { SIGNATURE_SIZE } from './signatureSize';

export interface DuplicateCandidate {
  file: string;
  contentHash: string;
  signature: readonly number[];
}

/**
 * Estimated Jaccard similarity of word 5-grams to a group's first member at or above which a
 * document joins it: 20 of 24 MinHash slots. An estimate from 24 slots is off by about 0.1, and a
 * document is compared with every first member sharing a band: at 0.5, 7,166 of the 10,000
 * generated bench documents (stories drawn from one pool of sentences, true Jaccard 0.2-0.4)
 * found one by chance, in groups of up to 393; at 0.8, the 200 planted copies are the only
 * groups but one, and a seed with two of its sentences rewritten still scores 0.875.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
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
  /** Per document, the numbers of its band buckets side by side (see bucketNumber). */
  private readonly buckets: Int32Array;
  /** Band and key -> bucket number: the pass then keeps its buckets in arrays, not maps (5x faster). */
  private readonly bucketNumbers = new Map<number, number>();
  /** Per document, the first member of its group (itself when it leads one or stands alone), after a search. */
  private firstOf: Int32Array | undefined;
  /** What an edit needs to redo only the documents it can move; made on the first edit after a search. */
  private followed: FollowedSearch | undefined;
  private found: string[][] | undefined;
  /** Each group of `found` by its first member's index, and that index by group. */
  private readonly groupOf = new Map<number, string[]>();
  private readonly firstOfGroup = new Map<string[], number>();
  /** Documents whose first member edits changed since `found` was made, with the first member they had then. */
  private readonly moved = new Map<number, number>();
  private change: GroupChange | undefined;

  /** `documents` in the order the search takes them. */
  constructor(documents: readonly DuplicateCandidate[]) {
    this.files = documents.map((document) => document.file);
    this.contents = documents.map((document) => document.contentHash);
    this.signatures = new Uint32Array(documents.length * SIGNATURE_SIZE);
    this.buckets = new Int32Array(documents.length * BANDS);
    this.hasSignature = documents.map((document, index) => this.store(index, document.signature));
  }

  /**
   * The document at `file`'s position, edited. When its text, as it was and as it is, is no other
   * document's, only the documents the edit can move are looked at again: those after a document that
   * started or stopped leading a group in one of its buckets (the edited one's, old and new, first), in
   * the search's order. The groups are those of a search over all documents (a copied text goes back
   * to that search).
   */
  replace(document: DuplicateCandidate): void {
    const index = this.files.indexOf(document.file);
    if (index < 0) throw new Error(`${document.file} is not among the documents`);
    this.followEdits();
    const { firstOf, followed } = this;
    if (firstOf && followed) {
      if (followed.ownsText(index, this.contents[index]!, document.contentHash)) {
        followed.retext(index, this.contents[index]!, document.contentHash);
        this.contents[index] = document.contentHash;
        if (!this.sameSignature(index, document.signature)) this.regroup(index, document.signature, firstOf, followed);
        return;
      }
    }
    this.contents[index] = document.contentHash;
    this.hasSignature[index] = this.store(index, document.signature);
    this.firstOf = this.followed = undefined;
  }

  /** Makes what edits need now (see `replace`), after a search: the first save then does not wait for it. */
  followEdits(): void {
    if (this.firstOf) this.followed ??= new FollowedSearch(this.firstOf, this.contents, this.hasSignature, this.buckets, BUCKET_LEADERS);
  }

  /** The groups now; a new list whenever they changed, so a caller may keep an earlier one. */
  groups(): string[][] {
    if (!this.firstOf) {
      this.firstOf = this.search();
      this.found = undefined;
    }
    if (!this.found) {
      this.found = this.groupsOf(this.firstOf);
      this.moved.clear();
      this.change = undefined;
    } else {
      this.change = this.regroupMoved(this.firstOf, this.found);
    }
    return this.found;
  }

  /**
   * The groups the edits before the last `groups()` call changed, as they were and as they are (a
   * group moved by none is in neither); undefined when that call searched all documents again.
   */
  lastChange(): GroupChange | undefined {
    return this.change;
  }

  private store(index: number, signature: readonly number[]): boolean {
    const at = index * SIGNATURE_SIZE;
    if (signature.length !== SIGNATURE_SIZE) {
      this.signatures.fill(0, at, at + SIGNATURE_SIZE);
      return false;
    }
    this.signatures.set(signature, at);
    for (let band = 0; band < BANDS; band++) {
      const key = band * 2 ** 30 + bandKey(this.signatures[at + band * ROWS_PER_BAND]!, this.signatures[at + band * ROWS_PER_BAND + 1]!);
      let bucket = this.bucketNumbers.get(key);
      if (bucket === undefined) this.bucketNumbers.set(key, (bucket = this.bucketNumbers.size));
      this.buckets[index * BANDS + band] = bucket;
    }
    return true;
  }

  private search(): Int32Array {
    const count = this.files.length;
    const firstOf = new Int32Array(count);
    const leaders = new Leaders(this.bucketNumbers.size);
    const firstWithContent = new Map<string, number>();
    const comparedWith = new Int32Array(count).fill(-1);
    for (let index = 0; index < count; index++) {
      const same = firstWithContent.get(this.contents[index]!);
      if (same !== undefined) {
        firstOf[index] = firstOf[same]!;
        continue;
      }
      firstWithContent.set(this.contents[index]!, index);
      firstOf[index] = this.hasSignature[index] ? this.mostSimilarLeader(index, leaders, comparedWith, index) : index;
      if (firstOf[index] === index && this.hasSignature[index]) this.lead(index, leaders);
    }
    return firstOf;
  }

  /** Members counted first, so the thousands of documents alone in their group cost no list (this runs after every edit). */
  private groupsOf(firstOf: Int32Array): string[][] {
    const sizes = new Int32Array(firstOf.length);
    for (const first of firstOf) sizes[first]!++;
    const members = new Map<number, string[]>();
    firstOf.forEach((first, index) => {
      if (sizes[first]! < 2) return;
      const group = members.get(first);
      if (group) group.push(this.files[index]!);
      else members.set(first, [this.files[index]!]);
    });
    this.groupOf.clear();
    this.firstOfGroup.clear();
    for (const [first, group] of members) this.keepGroup(first, group.sort());
    return [...members.values()].sort((a, b) => this.groupOrder(a, b));
  }

  /**
   * Only the groups the moved documents left or joined made again (a save moves one document or a
   * few; listing and sorting every group took most of an update of 10,000 documents).
   */
  private regroupMoved(firstOf: Int32Array, found: string[][]): GroupChange {
    const change: GroupChange = { before: [], after: [] };
    if (this.moved.size === 0) return change;
    const touched = new Set<number>();
    for (const [index, was] of this.moved) touched.add(was).add(firstOf[index]!);
    this.moved.clear();
    const members = new Map<number, string[]>();
    for (let index = 0; index < firstOf.length; index++) {
      if (!touched.has(firstOf[index]!)) continue;
      const group = members.get(firstOf[index]!);
      if (group) group.push(this.files[index]!);
      else members.set(firstOf[index]!, [this.files[index]!]);
    }
    for (const first of touched) {
      const was = this.groupOf.get(first);
      const now = members.get(first);
      const is = now && now.length > 1 ? now.sort() : undefined;
      if (was?.join('\n') === is?.join('\n')) continue;
      if (was) change.before.push(was);
      if (is) change.after.push(is);
      this.groupOf.delete(first);
      if (was) this.firstOfGroup.delete(was);
      if (is) this.keepGroup(first, is);
    }
    if (change.before.length === 0 && change.after.length === 0) return change;
    const gone = new Set(change.before);
    const groups = found.filter((group) => !gone.has(group));
    for (const group of change.after) groups.splice(this.insertionPoint(groups, group), 0, group);
    this.found = groups;
    return change;
  }

  private keepGroup(first: number, group: string[]): void {
    this.groupOf.set(first, group);
    this.firstOfGroup.set(group, first);
  }

  /** The order of a search's groups: by first file, and groups whose first files collate alike by their first member. */
  private groupOrder(a: readonly string[], b: readonly string[]): number {
    return a[0]!.localeCompare(b[0]!) || this.firstOfGroup.get(a as string[])! - this.firstOfGroup.get(b as string[])!;
  }

  private insertionPoint(groups: readonly string[][], group: string[]): number {
    let low = 0;
    let high = groups.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.groupOrder(groups[middle]!, group) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * The first member in the document's buckets it is most similar to (ties: the earliest), or itself.
   * `stamp` marks the leaders compared in this call (a leader sharing several bands is compared once).
   */
  private mostSimilarLeader(index: number, leaders: VisibleLeaders, comparedWith: Int32Array, stamp: number): number {
    let best = index;
    let bestEqual = MIN_EQUAL_SLOTS - 1;
    for (let band = 0; band < BANDS; band++) {
      const bucket = this.buckets[index * BANDS + band]!;
      for (let i = 0, count = leaders.count(bucket, index); i < count; i++) {
        const leader = leaders.at(bucket, i);
        if (comparedWith[leader] === stamp) continue;
        comparedWith[leader] = stamp;
        const equal = this.equalSlots(index, leader, bestEqual);
        if (equal > bestEqual || (equal === bestEqual && best !== index && leader < best)) {
          best = leader;
          bestEqual = equal;
        }
      }
    }
    return best;
  }

  private lead(index: number, leaders: Leaders): void {
    for (let band = 0; band < BANDS; band++) leaders.add(this.buckets[index * BANDS + band]!, index);
  }

  /** The edited document's new signature and group, then those of every document that can follow from it, in order. */
  private regroup(index: number, signature: readonly number[], firstOf: Int32Array, followed: FollowedSearch): void {
    const ledBefore = this.hasSignature[index]! && firstOf[index] === index;
    if (this.hasSignature[index]) followed.leave(index, this.bucketsOf(index), ledBefore);
    this.hasSignature[index] = this.store(index, signature);
    if (this.hasSignature[index]) followed.enter(index, this.bucketsOf(index));
    this.assign(index, firstOf, followed, false);
    for (let next = followed.pending.next(); next !== undefined; next = followed.pending.next()) {
      this.assign(next, firstOf, followed, this.hasSignature[next]! && firstOf[next] === next);
    }
  }

  /** The document's group as a search would find it now; a change of leading moves it in its buckets' lists. */
  private assign(index: number, firstOf: Int32Array, followed: FollowedSearch, led: boolean): void {
    const first = followed.firstWithText(this.contents[index]!);
    if (first !== index) {
      this.setFirst(firstOf, index, firstOf[first]!);
      return;
    }
    this.setFirst(firstOf, index, this.hasSignature[index] ? this.mostSimilarLeader(index, followed, followed.comparedWith, followed.nextStamp()) : index);
    for (const copy of followed.holdersOf(this.contents[index]!)) this.setFirst(firstOf, copy, firstOf[index]!);
    const leads = this.hasSignature[index]! && firstOf[index] === index;
    if (leads !== led) followed.setLeading(index, this.bucketsOf(index), leads);
  }

  /** Notes the first member a document had before edits moved it, for `groups()` to make only the groups that changed. */
  private setFirst(firstOf: Int32Array, index: number, first: number): void {
    if (firstOf[index] === first) return;
    if (!this.moved.has(index)) this.moved.set(index, firstOf[index]!);
    firstOf[index] = first;
  }

  /** Whether the document's stored signature is `signature` (an edit outside its prose changes neither). */
  private sameSignature(index: number, signature: readonly number[]): boolean {
    if (!this.hasSignature[index] || signature.length !== SIGNATURE_SIZE) return !this.hasSignature[index] && signature.length !== SIGNATURE_SIZE;
    const at = index * SIGNATURE_SIZE;
    return signature.every((value, slot) => this.signatures[at + slot] === value);
  }

  private bucketsOf(index: number): Int32Array {
    return this.buckets.subarray(index * BANDS, (index + 1) * BANDS);
  }

  /** Slots two signatures share; any figure below `atLeast` once it cannot reach it. */
  private equalSlots(a: number, b: number, atLeast: number): number {
    const { signatures } = this;
    let different = 0;
    const allowed = SIGNATURE_SIZE - atLeast;
    for (let i = 0, at = a * SIGNATURE_SIZE, bt = b * SIGNATURE_SIZE; i < SIGNATURE_SIZE; i++) {
      if (signatures[at + i] !== signatures[bt + i] && ++different > allowed) return -1;
    }
    return SIGNATURE_SIZE - different;
  }
}

/** Groups as they were and as they are, among those edits changed. */
export interface GroupChange {
  before: string[][];
  after: string[][];
}

/** The leaders a document is compared with in a bucket: the first BUCKET_LEADERS of those before it. */
interface VisibleLeaders {
  count(bucket: number, before: number): number;
  at(bucket: number, i: number): number;
}

/** The first members of each bucket, at most BUCKET_LEADERS, in one array, as the search adds them. */
class Leaders implements VisibleLeaders {
  readonly counts: Uint8Array;
  readonly members: Int32Array;

  constructor(buckets: number) {
    this.counts = new Uint8Array(buckets);
    this.members = new Int32Array(buckets * BUCKET_LEADERS);
  }

  /** Every leader added so far is before the document the search is at. */
  count(bucket: number): number {
    return this.counts[bucket]!;
  }

  at(bucket: number, i: number): number {
    return this.members[bucket * BUCKET_LEADERS + i]!;
  }

  add(bucket: number, index: number): void {
    const count = this.counts[bucket]!;
    if (count === BUCKET_LEADERS) return;
    this.members[bucket * BUCKET_LEADERS + count] = index;
    this.counts[bucket] = count + 1;
  }
}

/**
 * A band's two 32-bit rows as one small integer. Not strings: 120,000 string keys cost most of a
 * 10,000-document search. A key two different bands share only adds a candidate, compared anyway.
 */
export function bandKey(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & 0x3fffffff;
}

export { type OriginalCandidate, originalOf } from './originals';
