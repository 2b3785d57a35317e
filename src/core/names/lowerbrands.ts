/**
 * Company names written with a lower-case first letter and a digit or capital inside ("my6sense",
 * "eBay", "iRobot"): the tagger reads a lower-case word as no name at all, so it misses every mention.
 * A company cue around one of them ("founder of my6sense", "eBay's shares": contexts.ts) says the
 * word is a company's name; every mention of the word in the document then becomes one.
 * The cue is required because the same shape also spells products ("iPhone") and codes ("mp3").
 */
import type { RawMention } from './mentions';
import { rawMention, withAddedMentions } from './mentions';
import { MentionSpans } from './spanIndex';
import { hasCompanyCue } from './contexts';

/** A lower-case letter, then letters and digits with at least one digit or capital; not part of an address, tag or path. */
const MIXED_LOWER_WORD = /(?<![\p{L}\p{N}_@#/.-])\p{Ll}[\p{L}\p{N}]*[\p{N}\p{Lu}][\p{L}\p{N}]*(?![\p{L}\p{N}_@/-]|\.\p{L})/uy;

/** Kinds of character, as bits: a letter or digit (a word's), a lower-case letter, a digit or capital. */
const WORD = 1;
const LOWER = 2;
const INNER = 4;
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, code) => kindOf(String.fromCharCode(code)));
const kindsBeyondAscii = new Map<number, number>();

function kindOf(character: string): number {
  return (/[\p{L}\p{N}]/u.test(character) ? WORD : 0) | (/\p{Ll}/u.test(character) ? LOWER : 0) | (/[\p{N}\p{Lu}]/u.test(character) ? INNER : 0);
}

function codePointKind(code: number): number {
  if (code < 128) return ASCII_KINDS[code]!;
  let kind = kindsBeyondAscii.get(code);
  if (kind === undefined) {
    kind = kindOf(String.fromCodePoint(code));
    kindsBeyondAscii.set(code, kind);
  }
  return kind;
}

/**
 * The MIXED_LOWER_WORD matches of `text`, in order. Each match is a whole run of letters and digits
 * (its look-arounds exclude both neighbours) that opens with a lower-case letter and holds a digit or
 * capital after it: a scan of character codes finds those runs, and the pattern, anchored at a run's
 * start, only decides its edges. Running the Unicode pattern over the whole text took most of this rule's time.
 */
export function mixedLowerWords(text: string): { word: string; start: number }[] {
  const found: { word: string; start: number }[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    const kind = codePointKind(code);
    if ((kind & WORD) === 0) {
      index += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = index;
    let inner = false;
    index += code > 0xffff ? 2 : 1;
    while (index < text.length) {
      const next = text.codePointAt(index)!;
      const nextKind = codePointKind(next);
      if ((nextKind & WORD) === 0) break;
      if (nextKind & INNER) inner = true;
      index += next > 0xffff ? 2 : 1;
    }
    if ((kind & LOWER) === 0 || !inner) continue;
    MIXED_LOWER_WORD.lastIndex = start;
    const match = MIXED_LOWER_WORD.exec(text);
    if (match) found.push({ word: match[0], start });
  }
  return found;
}

/** The mentions plus an organization mention for each occurrence of a mixed lower-case word a company cue names somewhere. */
export function markLowerCaseCompanies(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  const occurrences = new Map<string, { start: number; end: number }[]>();
  for (const { word, start } of mixedLowerWords(text)) {
    if (!/\p{L}.*\p{L}/u.test(word)) continue;
    const spans = occurrences.get(word) ?? [];
    spans.push({ start, end: start + word.length });
    occurrences.set(word, spans);
  }
  const added: RawMention[] = [];
  const spans = new MentionSpans(mentions);
  for (const [word, wordSpans] of occurrences) {
    if (!wordSpans.some(({ start, end }) => hasCompanyCue(text, start, end))) continue;
    for (const { start, end } of wordSpans) {
      if (spans.overlaps(start, end)) continue;
      added.push(rawMention([{ text: word, start, end }], 'organization', 'normal'));
    }
  }
  return withAddedMentions(mentions, added);
}
