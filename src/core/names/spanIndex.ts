/**
 * Whether any of a document's mentions overlaps a span, answered by binary search: the passes that
 * add mentions (teams, bodies, lower-case brands) asked `mentions.some(overlapsSpan)` for every
 * occurrence they found, a walk over every mention of the document each time, quadratic in its
 * length (a megabyte of real text holds tens of thousands of mentions).
 */
import { mentionEnd, type RawMention } from './mentions';

export class MentionSpans {
  /** Mention starts in ascending order; built on the first question, as most passes ask none. */
  private starts: number[] | undefined;
  /** Per position in `starts`: the furthest end among the mentions up to it. */
  private furthestEnds: number[] = [];

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

  private index(): number[] {
    const spans = this.mentions.map((mention) => [mention.tokens[0]!.start, mentionEnd(mention)] as const);
    spans.sort((a, b) => a[0] - b[0]);
    let furthest = -Infinity;
    this.furthestEnds = spans.map(([, end]) => (furthest = Math.max(furthest, end)));
    return spans.map(([start]) => start);
  }
}
