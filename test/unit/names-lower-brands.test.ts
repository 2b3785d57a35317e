/** Companies whose names start with a lower-case letter ("my6sense", "eBay"), named by a company cue (lowerbrands.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markLowerCaseCompanies } from '../../src/core/names/lowerbrands';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';

const found = (text: string) => markLowerCaseCompanies([], text).map(({ tokens, type }) => `${text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)}/${type}`);

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
