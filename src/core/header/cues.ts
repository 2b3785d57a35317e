/** Header cues: date stamps, bylines and "By" labels, looked at once per line of the page header. */
import type { Line } from '../document';
import { bylineAuthors } from './byline';
import { isStampLine } from './dateline';
import { wordCount } from './text';

/** "By", "Written by:", "Author:" alone on a line. */
export const BY_LABEL_ALONE = /^\s*(?:by|written by|words by|authors?)\s*:?\s*$/i;

export interface HeaderCues {
  isStamp: (index: number) => boolean;
  /** A stamp, a byline or a "By" label. */
  isCue: (index: number) => boolean;
}

export function headerCues(lines: readonly Line[]): HeaderCues {
  const stamps = new Map<number, boolean>();
  const isStamp = (index: number): boolean => {
    let stamp = stamps.get(index);
    if (stamp === undefined) {
      const text = lines[index]?.text ?? '';
      stamp = isStampLine(text, wordCount(text));
      stamps.set(index, stamp);
    }
    return stamp;
  };
  const isCue = (index: number) => isStamp(index) || BY_LABEL_ALONE.test(lines[index]!.text) || bylineAuthors(lines[index]!.text, false, false) !== null;
  return { isStamp, isCue };
}
