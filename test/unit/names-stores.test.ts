/** Shops named right after a selling word are companies (stores.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markStores } from '../../src/core/names/stores';
import { mention, typedForms } from './rawMentions';

const shown = (text: string, mentions: ReturnType<typeof mention>[]) =>
  typedForms(text, markStores(mentions, text));

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
