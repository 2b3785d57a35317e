/** Header cues: date stamps, bylines and "By" labels, looked at once per line of the page header. */
import type { Line } from '../document';
import { bylineAuthors } from './byline';
import { isStampLine } from './dateline';
import { LineMemo } from './lineMemo';
import { wordCount } from './text';

/** "By", "Written by:", "Author:" alone on a line. */
export const BY_LABEL_ALONE = /^\s*(?:by|written by|words by|authors?)\s*:?\s*$/i;

export interface HeaderCues {
  isStamp: (index: number) => boolean;
  /** A stamp, a byline or a "By" label. */
  isCue: (index: number) => boolean;
}

/**
 * Kept per page's lines: the boilerplate detector reads the header's cues before it flags any line
 * (boilerplate/pageHeadline.ts) and the header reads them again after, over the same lines.
 */
const cuesOfLines = new WeakMap<readonly Line[], HeaderCues>();

export function headerCues(lines: readonly Line[]): HeaderCues {
  let cues = cuesOfLines.get(lines);
  if (!cues) {
    cues = readCues(lines);
    cuesOfLines.set(lines, cues);
  }
  return cues;
}

/** A stamp line: a date or time with few words around it (see isStampLine). */
const stampLines = new LineMemo((text) => isStampLine(text, wordCount(text)));
/**
 * What every byline read without a stamp beside it holds: "by", "author"/"autor", "por"/"par"/"von" or a handle's "@"
 * (see bylineAuthors). Most lines hold none, and the byline reading is not run on them.
 */
const MAY_SIGN = /by|auth?or|por|par|von|@/i;
/** A byline or a "By" label alone, read from the line's text. */
const bylineLines = new LineMemo((text) => BY_LABEL_ALONE.test(text) || (MAY_SIGN.test(text) && bylineAuthors(text, false, false) !== null));

function readCues(lines: readonly Line[]): HeaderCues {
  const stamps: (boolean | undefined)[] = [];
  const cues: (boolean | undefined)[] = [];
  const isStamp = (index: number): boolean => {
    let stamp = stamps[index];
    if (stamp === undefined) {
      stamp = stampLines.get(lines[index]?.text ?? '');
      if (index >= 0) stamps[index] = stamp;
    }
    return stamp;
  };
  const isCue = (index: number): boolean =>
    (cues[index] ??= isStamp(index) || bylineLines.get(lines[index]!.text));
  return { isStamp, isCue };
}
