/**
 * Company names written with a lower-case first letter and a digit or capital inside ("my6sense",
 * "eBay", "iRobot"): the tagger reads a lower-case word as no name at all, so it misses every mention.
 * A company cue around one of them ("founder of my6sense", "eBay's shares": contexts.ts) says the
 * word is a company's name; every mention of the word in the document then becomes one.
 * The cue is required because the same shape also spells products ("iPhone") and codes ("mp3").
 */
import type { RawMention } from './mentions';
import { rawMention } from './mentions';
import { hasCompanyCue } from './contexts';

/** A lower-case letter, then letters and digits with at least one digit or capital; not part of an address, tag or path. */
const MIXED_LOWER_WORD = /(?<![\p{L}\p{N}_@#/.-])\p{Ll}[\p{L}\p{N}]*[\p{N}\p{Lu}][\p{L}\p{N}]*(?![\p{L}\p{N}_@/-]|\.\p{L})/gu;

/** The mentions plus an organization mention for each occurrence of a mixed lower-case word a company cue names somewhere. */
export function markLowerCaseCompanies(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  const occurrences = new Map<string, { start: number; end: number }[]>();
  for (const match of text.matchAll(MIXED_LOWER_WORD)) {
    const word = match[0];
    if (!/\p{L}.*\p{L}/u.test(word)) continue;
    const spans = occurrences.get(word) ?? [];
    spans.push({ start: match.index, end: match.index + word.length });
    occurrences.set(word, spans);
  }
  const added: RawMention[] = [];
  for (const [word, spans] of occurrences) {
    if (!spans.some(({ start, end }) => hasCompanyCue(text, start, end))) continue;
    for (const { start, end } of spans) {
      if (mentions.some((mention) => overlaps(mention, start, end))) continue;
      added.push(rawMention([{ text: word, start, end }], 'organization', 'normal'));
    }
  }
  if (added.length === 0) return mentions;
  // link.ts reads the mentions in document order (a form's first mention).
  return [...mentions, ...added].sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start);
}

function overlaps({ tokens }: RawMention, start: number, end: number): boolean {
  return tokens[0]!.start < end && start < tokens[tokens.length - 1]!.end;
}
