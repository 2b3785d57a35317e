/** A body's name does not run on into the country its expert covers (trailingPlaces.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitTrailingCountries } from '../../src/core/names/trailingPlaces';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';

function organizationIn(text: string, words: string) {
  return rawMention(tokenizeLine(words, text.indexOf(words)), 'organization', 'normal');
}

test("a government body's head word and a country before a lower-case noun are the body and the place", () => {
  const text = 'She is the Kesh Security Council Ukraine expert.';
  const typed = splitTrailingCountries([organizationIn(text, 'Kesh Security Council Ukraine')], text).map((mention) => `${mention.type}:${mention.key}`);
  assert.deepEqual(typed, ['organization:kesh security council', 'place:ukraine']);
});

test("a company's branch, a country not after a head word and one before a capitalized word or a mark stay in the name", () => {
  const text = 'Varna Motors Philippines said. The Kesh Trade Council Ukraine. Ostrow Bank Ukraine unit.';
  const mentions = ['Varna Motors Philippines', 'Kesh Trade Council Ukraine', 'Ostrow Bank Ukraine'].map((words) => organizationIn(text, words));
  assert.deepEqual(splitTrailingCountries(mentions, text).map((mention) => mention.key), ['varna motors philippines', 'kesh trade council ukraine', 'ostrow bank ukraine']);
});
