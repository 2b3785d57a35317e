/** Related-story lists: "headline, then its date" repeated between the page header and the story. */
import type { Line } from '../document';

/** Filled lines from one item's date to the next item's title (a section label may stand between). */
const ITEM_GAP = 3;
/** Fewer pairs than this may be a headline with its stamp and a standfirst; more make a list. */
const MIN_ITEMS = 3;

interface Item {
  title: number;
  cue: number;
}

/**
 * Indices of the lines that dated lists span within [from, to]: each item is a title-like line whose
 * next filled line is its date, and items follow one another closely. A headline has one such pair
 * at most (a byline or standfirst often stands between); a list of related stories repeats it.
 */
export function datedListLines(lines: readonly Line[], from: number, to: number, isTitle: (index: number) => boolean, isDate: (index: number) => boolean): Set<number> {
  const spanned = new Set<number>();
  let run: Item[] = [];
  const close = () => {
    if (run.length >= MIN_ITEMS) for (let index = run[0]!.title; index <= run[run.length - 1]!.cue; index++) spanned.add(index);
    run = [];
  };
  for (let index = Math.max(0, from); index <= to && index < lines.length; index++) {
    if (!lines[index]!.text.trim() || !isTitle(index)) continue;
    const cue = nextFilled(lines, index);
    if (cue > to || !isDate(cue)) continue;
    const previous = run[run.length - 1];
    if (previous && filledBetween(lines, previous.cue, index) > ITEM_GAP) close();
    run.push({ title: index, cue });
    index = cue;
  }
  close();
  return spanned;
}

function nextFilled(lines: readonly Line[], index: number): number {
  let next = index + 1;
  while (next < lines.length && !lines[next]!.text.trim()) next++;
  return next;
}

function filledBetween(lines: readonly Line[], after: number, before: number): number {
  let count = 0;
  for (let index = after + 1; index < before; index++) if (lines[index]!.text.trim()) count++;
  return count;
}
