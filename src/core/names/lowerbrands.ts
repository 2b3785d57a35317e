/**
 * Company names written with a lower-case first letter and a digit or capital inside ("my6sense",
 * "eBay", "iRobot"): the tagger reads a lower-case word as no name at all, so it misses every mention.
 * A company cue around one of them ("founder of my6sense", "eBay's shares": contexts.ts) says the
 * word is a company's name; every mention of the word in the document then becomes one.
 * The cue is required because the same shape also spells products ("iPhone") and codes ("mp3").
 */
import type { RawMention } from './mentions';
import { overlapsSpan, rawMention, withAddedMentions } from './mentions';
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
      if (mentions.some((mention) => overlapsSpan(mention, start, end))) continue;
      added.push(rawMention([{ text: word, start, end }], 'organization', 'normal'));
    }
  }
  return withAddedMentions(mentions, added);
}
