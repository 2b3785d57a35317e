/**
 * The state a near-duplicate search leaves (src/corpus/nearDuplicates.ts), kept so an edit can redo
 * only the documents it can move: per band bucket, every document in it and every one that leads a
 * group (both in the search's order); per text, the documents that hold it. A document's group
 * depends only on the leaders before it in its buckets, so when a document starts or stops leading,
 * the documents after it in its buckets are the ones to look at again.
 */
export class FollowedSearch {
  /** Per bucket, the documents that lead a group, in order. */
  private readonly leaders: number[][] = [];
  /** Per bucket, every document with a signature in it, in order. */
  private readonly members: number[][] = [];
  /** Content hash -> the documents with that text, in order (the first is the one a search compares). */
  private readonly texts = new Map<string, number[]>();
  /** The documents to look at again, taken in the search's order. */
  readonly pending = new PendingDocuments();
  /** Marks the leaders one comparison has seen (see `nextStamp`). */
  readonly comparedWith: Int32Array;
  private stamp = -1;

  constructor(
    firstOf: Int32Array,
    contents: readonly string[],
    hasSignature: readonly boolean[],
    buckets: Int32Array,
    private readonly bucketLeaders: number,
  ) {
    const bands = buckets.length / contents.length;
    this.comparedWith = new Int32Array(contents.length).fill(-1);
    contents.forEach((content, index) => {
      const holders = this.texts.get(content);
      if (holders) holders.push(index);
      else this.texts.set(content, [index]);
      if (!hasSignature[index]) return;
      for (const bucket of buckets.subarray(index * bands, (index + 1) * bands)) {
        (this.members[bucket] ??= []).push(index);
        if (firstOf[index] === index) (this.leaders[bucket] ??= []).push(index);
      }
    });
  }

  /** Whether the document's text, as it was and as it is, is no other document's. */
  ownsText(index: number, was: string, is: string): boolean {
    const holders = this.texts.get(was);
    return holders?.length === 1 && holders[0] === index && (is === was || !this.texts.has(is));
  }

  /** A text only the document holds, changed. */
  retext(index: number, was: string, is: string): void {
    this.texts.delete(was);
    this.texts.set(is, [index]);
  }

  firstWithText(content: string): number {
    return this.texts.get(content)![0]!;
  }

  holdersOf(content: string): readonly number[] {
    return this.texts.get(content)!;
  }

  /** A new mark for one document's comparisons. */
  nextStamp(): number {
    return --this.stamp;
  }

  /** The leaders a document is compared with in a bucket: the first `bucketLeaders` of those before it. */
  count(bucket: number, before: number): number {
    const list = this.leaders[bucket];
    if (!list) return 0;
    let count = 0;
    while (count < list.length && count < this.bucketLeaders && list[count]! < before) count++;
    return count;
  }

  at(bucket: number, i: number): number {
    return this.leaders[bucket]![i]!;
  }

  /** The document's old buckets, before its signature changes; if it led, the documents after it there are looked at again. */
  leave(index: number, buckets: Int32Array, led: boolean): void {
    for (const bucket of buckets) {
      removeSorted(this.members[bucket]!, index);
      if (!led) continue;
      removeSorted(this.leaders[bucket]!, index);
      this.pending.addAfter(index, this.members[bucket]!);
    }
  }

  /** The document's new buckets. */
  enter(index: number, buckets: Int32Array): void {
    for (const bucket of buckets) insertSorted((this.members[bucket] ??= []), index);
  }

  /** The document started or stopped leading: the documents after it in its buckets are looked at again. */
  setLeading(index: number, buckets: Int32Array, leads: boolean): void {
    for (const bucket of buckets) {
      if (leads) insertSorted((this.leaders[bucket] ??= []), index);
      else removeSorted(this.leaders[bucket]!, index);
      this.pending.addAfter(index, this.members[bucket]!);
    }
  }
}

/** Document numbers to visit, smallest first, each once until taken (a binary heap). */
class PendingDocuments {
  private readonly heap: number[] = [];
  private readonly queued = new Set<number>();

  /** Every number of the sorted `list` after `index`. */
  addAfter(index: number, list: readonly number[]): void {
    for (let i = firstAbove(list, index); i < list.length; i++) this.add(list[i]!);
  }

  next(): number | undefined {
    const { heap } = this;
    if (heap.length === 0) return undefined;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= heap.length) break;
        const child = left + 1 < heap.length && heap[left + 1]! < heap[left]! ? left + 1 : left;
        if (heap[child]! >= last) break;
        heap[at] = heap[child]!;
        at = child;
      }
      heap[at] = last;
    }
    this.queued.delete(top);
    return top;
  }

  private add(value: number): void {
    if (this.queued.has(value)) return;
    this.queued.add(value);
    const { heap } = this;
    let at = heap.length;
    heap.push(value);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (heap[parent]! <= value) break;
      heap[at] = heap[parent]!;
      at = parent;
    }
    heap[at] = value;
  }
}

/** Position of the first number above `value` in a sorted list. */
function firstAbove(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function insertSorted(list: number[], value: number): void {
  list.splice(firstAbove(list, value), 0, value);
}

function removeSorted(list: number[], value: number): void {
  const at = firstAbove(list, value) - 1;
  if (list[at] === value) list.splice(at, 1);
}
