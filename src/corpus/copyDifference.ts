/**
 * How a wire copy differs from its original, word by word, for the INDEX tab: the article text of
 * each (boilerplate left out, as the near-duplicate grouping compares them), and long stretches of
 * the same words cut to their ends, so the changes show without scrolling through the story.
 */
import { diffWords } from 'diff';
import type { FactsRecord } from '../core/types';

export interface CopyChange {
  value: string;
  change: 'same' | 'added' | 'removed';
}

/** Words kept on each side of a cut in an unchanged stretch. */
const CONTEXT_WORDS = 8;

/** The text outside the record's boilerplate regions, one space between the pieces. */
export function articleText(record: Pick<FactsRecord, 'boilerplate'>, text: string): string {
  const pieces: string[] = [];
  let at = 0;
  for (const region of [...record.boilerplate].sort((a, b) => a.start - b.start)) {
    if (region.start > at) pieces.push(text.slice(at, region.start));
    at = Math.max(at, region.end);
  }
  pieces.push(text.slice(at));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '').join('\n');
}

/** From the original's words to the copy's; unchanged stretches longer than twice the context become "… "; none when the words are the same. */
export function copyDifference(original: string, copy: string, context = CONTEXT_WORDS): CopyChange[] {
  const parts = diffWords(original, copy);
  if (parts.every((part) => !part.added && !part.removed)) return [];
  return parts.map((part, i): CopyChange => {
    const change = part.added ? 'added' : part.removed ? 'removed' : 'same';
    if (change !== 'same') return { value: part.value, change };
    return { value: shorten(part.value, i === 0 ? 0 : context, i === parts.length - 1 ? 0 : context), change };
  });
}

/** Keeps `head` words at the start and `tail` at the end of an unchanged stretch. */
function shorten(text: string, head: number, tail: number): string {
  const words = text.split(/(\s+)/);
  const wordCount = Math.ceil(words.length / 2);
  if (wordCount <= head + tail + 1) return text;
  const start = words.slice(0, head * 2).join('');
  const end = tail === 0 ? '' : words.slice(-tail * 2).join('');
  return `${start}${head > 0 ? ' ' : ''}… ${end}`;
}
