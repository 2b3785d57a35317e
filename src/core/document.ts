/** A document split into lines once, shared by every detector. */

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, line break excluded. */
  end: number;
  text: string;
}

export interface SeedDocument {
  text: string;
  lines: readonly Line[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

export function toSeedDocument(text: string): SeedDocument {
  const lines: Line[] = [];
  let start = 0;
  // Lines are pushed in place, not through a closure over `start` and the line number: the closure's
  // context kept both variables on the heap, and this loop runs once per line of every document.
  if (text.includes('\r')) {
    LINE_BREAK.lastIndex = 0;
    for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
      lines.push(lineOf(text, lines.length + 1, start, match.index));
      start = match.index + match[0].length;
    }
  } else {
    // Most files end lines with \n alone: indexOf finds those far faster than the pattern.
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.push(lineOf(text, lines.length + 1, start, end));
      start = end + 1;
    }
  }
  if (start < text.length || lines.length === 0) lines.push(lineOf(text, lines.length + 1, start, text.length));
  return { text, lines };
}

function lineOf(text: string, number: number, start: number, end: number): Line {
  return { number, start, end, text: text.slice(start, end) };
}

/**
 * Offset just past the line break that ends line `count` (the breaks toSeedDocument splits at),
 * or the text's length when it has no more lines than that.
 */
export function endOfLines(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  if (!text.includes('\r')) {
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) if (++seen === count) return end + 1;
    return text.length;
  }
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    if (++seen === count) return match.index + match[0].length;
  }
  return text.length;
}

const NON_SPACE = /\S/;

/** No character but white space (the test trim() would make, without making a string per line). */
export function isBlank(line: Line): boolean {
  return !NON_SPACE.test(line.text);
}

/**
 * The text in a string of its own. A line or word sliced from a document refers to the document's whole text
 * (the engine's slices share their parent's characters), so a cache that keeps it keeps the document alive:
 * caches kept across documents keep copies. Slicing a joined string makes the engine copy it flat first.
 */
export function ownText(text: string): string {
  return ` ${text}`.slice(1);
}
