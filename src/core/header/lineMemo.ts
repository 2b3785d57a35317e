/**
 * A pure test of one line's text that the header runs on every analysis, kept for the lines that come back:
 * the editor analyses a document again on every edit, most of its lines unchanged, and the header's tests of
 * a line (title-like, a date, a byline) cost it most of its time. A line is kept from its second sighting, as
 * the names tagger keeps its lines: a line seen once is usually a paragraph of a document being indexed that
 * will not come back. A kept line is a copy (see ownText).
 */
import { ownText } from '../document';
import { fnv1aString } from '../hash';

/** A headline, a byline or a dateline is short: a longer line is tested each time (a paragraph fails fast). */
const KEPT_MAX_CHARS = 300;
/** Lines kept at most (each test its own): the header tests about a hundred lines of a page, so a few documents being edited. */
const KEPT_LINES = 500;

export class LineMemo<T> {
  private readonly kept = new Map<string, T>();
  /** Hashes of lines seen once, by their low bits; a collision merely keeps a line at its first sighting. */
  private readonly seen = new Int32Array(1 << 12);

  /** `maxChars`: longer lines are read each time; `capacity`: lines kept at most. */
  constructor(
    private readonly read: (text: string) => T,
    private readonly maxChars = KEPT_MAX_CHARS,
    private readonly capacity = KEPT_LINES,
  ) {}

  /** `read(text)`, kept when `text` is short and was seen before. `read` never returns undefined. */
  get(text: string): T {
    if (text.length > this.maxChars) return this.read(text);
    const kept = this.kept.get(text);
    if (kept !== undefined) return kept;
    const value = this.read(text);
    if (this.seenBefore(text)) {
      if (this.kept.size >= this.capacity) this.kept.clear();
      this.kept.set(ownText(text), value);
    }
    return value;
  }

  private seenBefore(text: string): boolean {
    const hash = fnv1aString(text) | 1;
    const slot = hash & (this.seen.length - 1);
    if (this.seen[slot] === hash) return true;
    this.seen[slot] = hash;
    return false;
  }
}

