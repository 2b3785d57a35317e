/** Marked quotations: double-quote segments found paragraph by paragraph (a paragraph is a line). */
import type { Line, SeedDocument } from '../document';
import type { SpeakerMention } from './attribution';

export interface Segment {
  start: number;
  end: number;
  /** Index into the document's lines. */
  lineIndex: number;
  /** False when the paragraph ended before a closing mark (the multi-paragraph convention). */
  closed: boolean;
}

const QUOTE_MARK = /["“”«»„‟]/g;
const LEANS_OPEN = new Set(['“', '„', '‟', '«']);
const OPENING_CONTEXT = /[\s([{\-–—/'‘]/;
const CLOSING_CONTEXT = /[\s)\]},.;:!?…\-–—'’]/;

/** True when the mark at `index` opens a quotation, judged from its neighbours, then from its shape. */
function opensQuote(text: string, index: number, insideQuote: boolean): boolean {
  const before = index > 0 ? text[index - 1]! : ' ';
  const after = index + 1 < text.length ? text[index + 1]! : ' ';
  const spaceBefore = OPENING_CONTEXT.test(before);
  const spaceAfter = CLOSING_CONTEXT.test(after);
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  const mark = text[index]!;
  if (mark === '"') return !insideQuote;
  return LEANS_OPEN.has(mark);
}

/** Top-level quote segments of one line; inner quotes nest inside them. */
export function segmentsOfLine(line: Line, lineIndex: number): Segment[] {
  const segments: Segment[] = [];
  let depth = 0;
  let openedAt = 0;
  QUOTE_MARK.lastIndex = 0;
  for (let match = QUOTE_MARK.exec(line.text); match; match = QUOTE_MARK.exec(line.text)) {
    if (opensQuote(line.text, match.index, depth > 0)) {
      if (depth === 0) openedAt = match.index;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        segments.push({ start: line.start + openedAt, end: line.start + match.index + 1, lineIndex, closed: true });
      }
    }
  }
  if (depth > 0) {
    const end = line.start + line.text.trimEnd().length;
    segments.push({ start: line.start + openedAt, end, lineIndex, closed: false });
  }
  return segments;
}

/** Per line, whether it holds a quote mark: one scan of the text, where most lines hold none. */
export function linesWithQuoteMarks(document: SeedDocument): boolean[] {
  const { text, lines } = document;
  const found = new Array<boolean>(lines.length).fill(false);
  let lineIndex = 0;
  QUOTE_MARK.lastIndex = 0;
  for (let match = QUOTE_MARK.exec(text); match; match = QUOTE_MARK.exec(text)) {
    while (lines[lineIndex]!.end <= match.index) lineIndex++;
    found[lineIndex] = true;
    // One mark is enough: go on from the next line.
    QUOTE_MARK.lastIndex = lines[lineIndex]!.end;
  }
  return found;
}

/** True when the line's first visible character is a quote mark: it continues an unclosed quotation. */
export function opensWithQuoteMark(line: Line): boolean {
  const first = line.text.trimStart()[0];
  return first !== undefined && '"“”«»„‟'.includes(first);
}

/** A quotation found, before its speaker is resolved to a canonical name. */
export interface FoundQuote extends Segment {
  marked: boolean;
  speaker: SpeakerMention | null;
  group: number;
}
