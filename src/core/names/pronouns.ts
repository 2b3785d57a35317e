/**
 * A name that a personal pronoun later in its sentence refers back to is a person ("Italy's Giorgia
 * Meloni slams porn site for sharing her doctored photos"): organizations are "it" and "they". The
 * tagger reads a name it does not know by its neighbours, and in today's headlines those often say
 * company ("Italy's ..."). Only names of two or three capitalized words that are no ordinary words
 * (shaped like a given name and a surname) count, and only when no person comes before it in the
 * sentence and no other name between it and the pronoun: the pronoun could be theirs ("Pavel Bure
 * was suspended by the National Hockey League for his hit").
 */
import { isCapitalizedNameWord } from './cues';
import { LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';

const PERSON_BEGIN = LABELS.indexOf('B-person');
const PERSON_INSIDE = LABELS.indexOf('I-person');
const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
const ORGANIZATION_INSIDE = LABELS.indexOf('I-organization');
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
const SENTENCE_END = new Set(['.', '!', '?', ';']);
const MIN_WORDS = 2;
const MAX_WORDS = 3;

/** The lines with organization names that a later he, she, his or her refers to labelled as people (labels copied where changed). */
export function markPronounPeople(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    const { tokens } = line;
    let labels: Uint8Array | null = null;
    for (let start = 0; start < tokens.length; start++) {
      if (line.labels[start] !== ORGANIZATION_BEGIN) continue;
      let end = start + 1;
      while (end < tokens.length && line.labels[end] === ORGANIZATION_INSIDE) end++;
      if (isPersonShaped(line, start, end, commonWords) && !personBefore(line, start) && pronounFollows(line, end)) {
        labels ??= line.labels.slice();
        labels[start] = PERSON_BEGIN;
        for (let inside = start + 1; inside < end; inside++) labels[inside] = PERSON_INSIDE;
      }
      start = end - 1;
    }
    return labels ? { ...line, labels } : line;
  });
}

function isPersonShaped({ tokens }: TaggedLine, start: number, end: number, commonWords: ReadonlySet<string>): boolean {
  if (end - start < MIN_WORDS || end - start > MAX_WORDS) return false;
  for (let index = start; index < end; index++) {
    if (!isCapitalizedNameWord(tokens[index]!.text, commonWords)) return false;
  }
  return true;
}

/** A person, or "he" or "she", earlier in the sentence than `before`. */
function personBefore({ tokens, labels }: TaggedLine, before: number): boolean {
  for (let index = before - 1; index >= 0; index--) {
    const word = tokens[index]!.text;
    if (SENTENCE_END.has(word)) return false;
    if (labels[index] === PERSON_BEGIN || isPersonalPronoun(word)) return true;
  }
  return false;
}

/** A personal pronoun after `from` in the same sentence, with no name in between. */
function pronounFollows({ tokens, labels }: TaggedLine, from: number): boolean {
  for (let index = from; index < tokens.length; index++) {
    const word = tokens[index]!.text;
    if (labels[index] !== 0 || SENTENCE_END.has(word)) return false;
    if (isPersonalPronoun(word)) return true;
  }
  return false;
}

const LOWER_H = 104;
const LOWER_S = 115;

/** He, she, his, her and so on, in any case. */
function isPersonalPronoun(word: string): boolean {
  // All of them start with "h" or "s" (| 32 lower-cases an ASCII letter): no lower-casing, which allocates, for most words.
  const first = word.charCodeAt(0) | 32;
  return (first === LOWER_H || first === LOWER_S) && PERSONAL_PRONOUNS.has(word.toLowerCase());
}
