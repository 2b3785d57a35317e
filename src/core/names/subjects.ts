/**
 * A headline that opens with a name and a colon is about that person ("Saken Mamash: Former Kazakh
 * Diplomat Sentenced ..."). Two or three capitalized words that are no ordinary words, alone before
 * the colon at the line's start, make a person's full name; places and organizations that head a
 * line so ("Hong Kong: ...") are the tagger's to find, so only words it left outside any name count.
 */
import { isCapitalizedNameWord } from './cues';
import { LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';

const PERSON_BEGIN = LABELS.indexOf('B-person');
const PERSON_INSIDE = LABELS.indexOf('I-person');
/** Marks before a headline in a list ("- Saken Mamash: ..."). */
const BULLETS = new Set(['-', '—', '–', '•', '*', '·', "'", '"', '‘', '“']);
const MIN_WORDS = 2;
const MAX_WORDS = 3;

/** The lines with a name heading them before a colon labelled a person (labels copied where changed). */
export function markHeadlineSubjects(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    const { tokens, labels } = line;
    let start = 0;
    while (start < tokens.length && BULLETS.has(tokens[start]!.text)) start++;
    // The colon first: most lines have none where a name would end, and words cost more to read.
    let end = start + MIN_WORDS;
    while (end <= start + MAX_WORDS && tokens[end]?.text !== ':') end++;
    if (end > start + MAX_WORDS || end >= tokens.length) return line;
    for (let index = start; index < end; index++) {
      if (labels[index] !== 0 || !isCapitalizedNameWord(tokens[index]!.text, commonWords)) return line;
    }
    const relabelled = labels.slice();
    relabelled[start] = PERSON_BEGIN;
    for (let index = start + 1; index < end; index++) relabelled[index] = PERSON_INSIDE;
    return { ...line, labels: relabelled };
  });
}
