/** Shops named right after a selling word are companies (stores.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markStores } from '../../src/core/names/stores';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

function mention(text: string, words: string, type: NameType, from = 0) {
  return rawMention(tokenizeLine(words, text.indexOf(words, from)), type, 'normal');
}
const shown = (text: string, mentions: ReturnType<typeof mention>[]) =>
  markStores(mentions, text).map(({ tokens, type }) => `${text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)}/${type}`);

test('a place right after a selling word and its preposition is the shop', () => {
  const text = 'Lamp, $40. Available from Zentora. Buy it on Marketly today, or sold at Crandon.';
  const mentions = [mention(text, 'Zentora', 'place'), mention(text, 'Marketly', 'place'), mention(text, 'Crandon', 'place')];
  assert.deepEqual(shown(text, mentions), ['Zentora/organization', 'Marketly/organization', 'Crandon/organization']);
});

test('places known by name, places without a selling word and people stay as they are', () => {
  const text = 'Flights available from London. Fires in Zentora. Available from Dale Ruiz.';
  const mentions = [mention(text, 'London', 'place'), mention(text, 'Zentora', 'place'), mention(text, 'Dale Ruiz', 'person')];
  assert.deepEqual(shown(text, mentions), ['London/place', 'Zentora/place', 'Dale Ruiz/person']);
});
