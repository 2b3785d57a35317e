/**
 * Whether any of a document's mentions overlaps a span, answered by binary search: the passes that
 * add mentions (teams, bodies, lower-case brands) asked `mentions.some(overlapsSpan)` for every
 * occurrence they found, a walk over every mention of the document each time, quadratic in its
 * length (a megabyte of real text holds tens of thousands of mentions).
 */
import { mentionEnd, overlapsSpan, type RawMention } from './mentions';

export class MentionSpans {
  /** Mention starts in ascending order; built on the first question, as most passes ask none. */
  private starts: number[] | undefined;
  /** Per position in `starts`: the furthest end among the mentions up to it. */
  private furthestEnds: number[] = [];
  /** Whether the mentions are sorted by start, so that positions in `starts` are positions in `mentions`. */
  private inOrder = false;

  constructor(private readonly mentions: readonly RawMention[]) {}

  /** `mentions.some((mention) => overlapsSpan(mention, start, end))`. */
  overlaps(start: number, end: number): boolean {
    const starts = (this.starts ??= this.index());
    // The mentions that start before `end` are starts[0, below); one of them overlaps when it ends after `start`.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && this.furthestEnds[low - 1]! > start;
  }

  /**
   * `mentions.find((mention) => overlapsSpan(mention, start, end))`: in a list in document order the
   * first mention that ends after `start`, when it starts before `end`; a list out of order is walked.
   */
  firstOverlapping(start: number, end: number): RawMention | undefined {
    const starts = (this.starts ??= this.index());
    if (!this.inOrder) return this.mentions.find((mention) => overlapsSpan(mention, start, end));
    // furthestEnds rises: the first position past `start` is the first mention that ends after it.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.furthestEnds[middle]! > start) high = middle;
      else low = middle + 1;
    }
    return low < starts.length && starts[low]! < end ? this.mentions[low] : undefined;
  }

  private index(): number[] {
    const { mentions } = this;
    const starts: number[] = [];
    const furthestEnds: number[] = [];
    let furthest = -Infinity;
    this.inOrder = true;
    for (const mention of mentions) {
      const start = mention.tokens[0]!.start;
      if (starts.length > 0 && start < starts[starts.length - 1]!) this.inOrder = false;
      starts.push(start);
      furthestEnds.push((furthest = Math.max(furthest, mentionEnd(mention))));
    }
    this.furthestEnds = furthestEnds;
    // The passes keep their mentions in document order (withAddedMentions): sorted only when they are not.
    return this.inOrder ? starts : this.sorted();
  }

  private sorted(): number[] {
    const spans = this.mentions.map((mention) => [mention.tokens[0]!.start, mentionEnd(mention)] as const);
    spans.sort((a, b) => a[0] - b[0]);
    let furthest = -Infinity;
    this.furthestEnds = spans.map(([, end]) => (furthest = Math.max(furthest, end)));
    return spans.map(([start]) => start);
  }
}

/**
 * Which mentions have exactly one of a list of spans, by one set look-up each: the passes that retype
 * mentions at spans they found (addresses, result lines) compared every mention with every span.
 */
export class ExactSpans {
  private readonly keys: Set<string>;

  constructor(spans: readonly { start: number; end: number }[]) {
    this.keys = new Set(spans.map(({ start, end }) => spanKey(start, end)));
  }

  /** `spans.some(({ start, end }) => mention.tokens[0]!.start === start && mentionEnd(mention) === end)`. */
  has(mention: RawMention): boolean {
    return this.keys.size > 0 && this.keys.has(spanKey(mention.tokens[0]!.start, mentionEnd(mention)));
  }
}

/** A span as one set key. */
function spanKey(start: number, end: number): string {
  return `${start}:${end}`;
}
