/** A genus before its species is no name (species.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropGenusNames } from '../../src/core/names/species';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

function mentionsIn(text: string, ...names: [string, NameType][]) {
  return names.map(([words, type]) => rawMention(tokenizeLine(words, text.indexOf(words)), type, 'normal'));
}

test('a one-word name before a lower-case Latin word that is no English word is dropped', () => {
  const text = 'The germ Varnella pestilis spread. Kesh commenter said. Ostrow area grew. Madrid para todos. Lark. Quill fundus.';
  const mentions = mentionsIn(text, ['Varnella', 'place'], ['Kesh', 'organization'], ['Ostrow', 'place'], ['Madrid', 'place'], ['Lark', 'person'], ['Quill', 'person']);
  const kept = dropGenusNames(mentions, text, [new Set(['area', 'commenter'])]).map((mention) => mention.key);
  assert.deepEqual(kept, ['kesh', 'ostrow', 'madrid', 'lark']);
});
