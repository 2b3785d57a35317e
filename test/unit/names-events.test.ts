/** Events are no names (events.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropEventNames } from '../../src/core/names/events';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

test('a name ending in an event word is dropped; the word alone, or inside a name, is not', () => {
  const found: [string, NameType][] = [['Harvest Parade', 'place'], ['Velta Summit', 'organization'], ['Summit', 'place'], ['Summit County', 'place'], ['Lakeview Marathon', 'person'], ['Dana Pike', 'person']];
  const mentions = found.map(([words, type]) => rawMention(tokenizeLine(words, 0), type, 'normal'));
  assert.deepEqual(dropEventNames(mentions, '').map((kept) => `${kept.type}:${kept.key}`), ['place:summit', 'place:summit county', 'person:dana pike']);
});

test('a name followed by a capitalized event word is the event\'s first words; a lower-case one or another word leaves it', () => {
  const text = 'At the Velta Motor Show, Dana Pike and Quill showed cars. Varn Auto Fair too.\n';
  const at = (words: string, type: NameType) => rawMention(tokenizeLine(words, text.indexOf(words)), type, 'normal');
  const mentions = [at('Velta Motor', 'organization'), at('Dana Pike', 'person'), at('Quill', 'organization'), at('Varn Auto', 'organization')];
  assert.deepEqual(dropEventNames(mentions, text).map((kept) => `${kept.type}:${kept.key}`), ['person:dana pike', 'organization:quill', 'organization:varn auto']);
});
