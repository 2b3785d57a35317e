/**
 * A date badge: a blog or news page sets its stamp's day, month and year in boxes of their own
 * ("24" / "Jul" / "2012"), which a scrape turns into three short lines by the headline.
 */
import type { Line } from '../document';
import { parseFullDate } from './dateline';
import { nextFilled } from './title';

const PIECE = /^(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[.,]?$/i;
/** Day, month and year: a run of more such lines is a calendar widget or a table, not a stamp. */
const PIECES = 3;

/** The date of the first badge among the `zone`'s lines (indices into `lines`), null without one. */
export function badgeDate(lines: readonly Line[], zone: readonly number[]): string | null {
  const isPiece = (index: number) => index >= 0 && index < lines.length && PIECE.test(lines[index]!.text.trim());
  for (const index of zone) {
    if (!isPiece(index)) continue;
    const run = [index];
    for (let other = nextFilled(lines, index, -1); isPiece(other) && run.length <= PIECES; other = nextFilled(lines, other, -1)) run.unshift(other);
    for (let other = nextFilled(lines, index, 1); isPiece(other) && run.length <= PIECES; other = nextFilled(lines, other, 1)) run.push(other);
    if (run.length !== PIECES) continue;
    const date = parseFullDate(run.map((piece) => lines[piece]!.text.trim()).join(' '));
    if (date) return date;
  }
  return null;
}

