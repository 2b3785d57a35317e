/** Companies whose names start with a lower-case letter ("my6sense", "eBay"), named by a company cue (lowerbrands.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markLowerCaseCompanies, mixedLowerWords } from '../../src/core/names/lowerbrands';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import { typedForms } from './rawMentions';

const found = (text: string) => typedForms(text, markLowerCaseCompanies([], text));

test('a founder or shares cue makes every mention of a mixed lower-case word a company', () => {
  const text = 'blu4ge grew fast. Lena Ortiz, founder of blu4ge, said blu4ge’s clients stayed. Shares of zapNet rose.';
  assert.deepEqual(found(text), ['blu4ge/organization', 'blu4ge/organization', 'blu4ge/organization', 'zapNet/organization']);
});

test('without a company cue, or inside an address, tag or web name, the word stays no name', () => {
  assert.deepEqual(found('The new iPhone plays mp3 files. Buy one at shop.blu4ge.com or ask @blu4ge.'), []);
  assert.deepEqual(found('Dana Lee, the CEO of blu4ge.com, spoke. Ask @blu4ge or #blu4ge.'), []);
});

test('a word the tagger already has in a name is left to that name; the rest follow in document order', () => {
  const text = 'The zapNet Group said so. The CEO of zapNet spoke. Mara Voss agreed.';
  const group = rawMention(tokenizeLine('zapNet Group', 4), 'organization', 'normal');
  const mara = rawMention(tokenizeLine('Mara Voss', text.indexOf('Mara')), 'person', 'normal');
  const result = markLowerCaseCompanies([group, mara], text);
  assert.deepEqual(result.map((mention) => mention.key), ['zapnet group', 'zapnet', 'mara voss']);
});

test('the scan of runs finds what the whole-text pattern finds, at the edges of scripts, marks and surrogate pairs', () => {
  const pattern = /(?<![\p{L}\p{N}_@#/.-])\p{Ll}[\p{L}\p{N}]*[\p{N}\p{Lu}][\p{L}\p{N}]*(?![\p{L}\p{N}_@/-]|\.\p{L})/gu;
  const texts = [
    'blu4ge and zapNet, not ZapNet or zapnet; éTag, ǅx9, 𝐚𝐁c and a𝐁 (a mathematical capital), ʰA, 中3',
    'qr7-beta, v2.0, x.y9, _ab3, #tag9, @ab3, /ab3, .ab3, ab3.cd, ab3.',
    'a\u0301B ab\u00a0C9 \ud835 lone surrogate a\ud835B, Ⅻa ⅻA x² and the end: z9',
  ];
  for (const text of texts) {
    const expected = [...text.matchAll(pattern)].map((match) => ({ word: match[0], start: match.index }));
    assert.deepEqual(mixedLowerWords(text), expected);
  }
  assert.deepEqual(mixedLowerWords(texts[0]!).map(({ word }) => word).slice(0, 2), ['blu4ge', 'zapNet']);
});
