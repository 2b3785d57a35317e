/** A continent or a region of the world is a place whatever the tagger read (link.ts, knownPlaces.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkMentions } from '../../src/core/names/link';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

test('a region read as a person or an organization is a place; a country read as a person stays one', () => {
  const text = 'Growth in Europe and the Americas slowed, the Middle East grew, and Jordan spoke.';
  const mentions = ([['Americas', 'person'], ['Middle East', 'organization'], ['Jordan', 'person']] as [string, NameType][])
    .map(([words, type]) => rawMention(tokenizeLine(words, text.indexOf(words)), type, 'normal'));
  assert.deepEqual(linkMentions(mentions, text).map((name) => `${name.type}:${name.text}`), ['place:Americas', 'place:Middle East', 'person:Jordan']);
});
