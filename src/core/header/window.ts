/**
 * Where a page's header facts can stand: its headline, byline and dateline near the top, its
 * outlet in the top lines (logo, menu) and the footer (copyright). The header reader reads only
 * these parts, so a long document costs no more than a long page, and an edit in the middle of
 * a long document does not make it read the whole text again.
 */
import type { Line, SeedDocument } from '../document';

/** The top of a page: the headline, byline and dateline, and the story's first paragraphs, stand here. */
export const HEAD_CHARS = 16_384;
/** The bottom of a page: its copyright line and footer links. */
export const TAIL_CHARS = 8_192;

export interface PageParts {
  /** The lines that start in the first HEAD_CHARS characters (a prefix of the document's lines), the last cut at HEAD_CHARS. */
  head: readonly Line[];
  /** The head, then the lines that start in the last TAIL_CHARS characters, in document order. */
  lines: readonly Line[];
  /** The text of `lines`: the whole text when head and tail meet. */
  text: string;
}

/**
 * Kept per document: the boilerplate detector reads the head before any line is flagged
 * (boilerplate/pageHeadline.ts) and the header reads it again, and the header's per-page readings
 * (headerCues, headlineCandidates) are kept by the lines' array, so both must get the same one.
 */
const partsOfDocument = new WeakMap<SeedDocument, PageParts>();

export function pageParts(document: SeedDocument): PageParts {
  let parts = partsOfDocument.get(document);
  if (!parts) {
    parts = readParts(document);
    partsOfDocument.set(document, parts);
  }
  return parts;
}

function readParts(document: SeedDocument): PageParts {
  const all = document.lines;
  if (document.text.length <= HEAD_CHARS + TAIL_CHARS) return { head: all, lines: all, text: document.text };
  const headEnd = firstStartingAtOrAfter(all, HEAD_CHARS);
  const tailStart = Math.max(headEnd, firstStartingAtOrAfter(all, document.text.length - TAIL_CHARS));
  // A line running past the head (a page saved as one line of a megabyte) is cut where the head
  // ends: no headline, byline or dateline is that long, and reading it whole cost the header a
  // tenth of the engine's time on such a text.
  const head = all.slice(0, headEnd).map((line) => (line.end > HEAD_CHARS ? clipped(line, HEAD_CHARS) : line));
  const tail = all.slice(tailStart);
  const headCut = headEnd > 0 && all[headEnd - 1]!.end > HEAD_CHARS;
  // Uncut, the head's last line is followed by another (the text is longer than the head).
  const headText = document.text.slice(0, headCut ? HEAD_CHARS : all[headEnd]!.start);
  const tailText = tailStart < all.length ? document.text.slice(all[tailStart]!.start) : '';
  return { head, lines: [...head, ...tail], text: tailText ? `${headText}\n${tailText}` : headText };
}

function clipped(line: Line, end: number): Line {
  return { number: line.number, start: line.start, end, text: line.text.slice(0, end - line.start) };
}

/** Index of the first line starting at or after `offset` (lines are in document order). */
function firstStartingAtOrAfter(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
