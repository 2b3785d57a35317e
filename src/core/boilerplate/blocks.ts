/**
 * Blocks: runs of lines with no blank line between them. Scraped text ends a paragraph, a heading or a
 * list with a blank line and prints the items of one list or one widget on consecutive lines, so a
 * block is one element of the page, and its lines are nearly always all article or all furniture.
 */
import { type ClassifiedLine, isProse } from './classify';

/** Per line, the index of the last line of its block (indices into the classified lines). */
function blockEnds(lines: readonly ClassifiedLine[]): Int32Array {
  const last = new Int32Array(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) {
    const followed = i + 1 < lines.length && lines[i + 1]!.features.index === lines[i]!.features.index + 1;
    last[i] = followed ? last[i + 1]! : i;
  }
  return last;
}

/**
 * Half a block's lines flagged or more: the block is a menu, a link list or a widget, and the lines
 * left are its heading or its last link ("Nominate for the Crunchies", "View all Solution Centers",
 * "Part of complete coverage on" over "CNN Heroes"), which read as a headline alone. Measured with the
 * whole engine: from two thirds, 12 more furniture lines flagged on the sh and dragnet tune pages, and
 * no article line.
 */
const FURNITURE_BLOCK_SHARE = 1 / 2;
/**
 * A widget's block is short. A page scraped without blank lines between its elements is one long
 * block, menus and article together, which says nothing of any line.
 */
const MAX_BLOCK_LINES = 12;
/** A headline's block at the top of a text: the headline and its byline or source, date and breadcrumb. A menu has more entries. */
const HEADER_BLOCK_LINES = 4;

/**
 * Flags the rest of each block mostly flagged, with the kind of the flagged line nearest above (or below).
 * The headline the rules keep goes too: a page's headline stands alone between blank lines, and a
 * menu entry inside a block of links was a wrong guess (a teaser's title taken for the page's). Not so
 * in a text that opens with its headline in a short block (a seed saved from the article, "Headline"
 * over "Source: Agency"): no menu stands above it, and the lines flagged beside it are its source,
 * byline or date. A menu that opens the page is longer than that, and its heading still goes.
 */
export function flagFurnitureBlocks(lines: readonly ClassifiedLine[], kinds: (string | null)[], headlineAt: number): void {
  const ends = blockEnds(lines);
  for (let first = 0; first < lines.length; first = ends[first]! + 1) {
    const last = ends[first]!;
    let flagged = 0;
    for (let i = first; i <= last; i++) if (kinds[i] !== null) flagged++;
    const size = last - first + 1;
    if (size > MAX_BLOCK_LINES || flagged === size || flagged < FURNITURE_BLOCK_SHARE * size) continue;
    const opensText = first === 0 && headlineAt === 0 && size <= HEADER_BLOCK_LINES;
    for (let i = first; i <= last; i++) {
      // Prose stays: the article's last paragraph may share its block with the credits and the copyright line.
      if (kinds[i] === null && !isProse(lines[i]) && (i !== headlineAt || !opensText)) kinds[i] = nearestKind(kinds, i, first, last);
    }
  }
}

function nearestKind(kinds: readonly (string | null)[], i: number, first: number, last: number): string | null {
  for (let j = i - 1; j >= first; j--) if (kinds[j] !== null) return kinds[j]!;
  for (let j = i + 1; j <= last; j++) if (kinds[j] !== null) return kinds[j]!;
  return null;
}
