/** One-word "people" that are English words (lone.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropLoneWordPeople } from '../../src/core/names/lone';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

test('a one-word person that is an English word is dropped, unless a fuller person\'s name holds it or a title stands before it', () => {
  const text = 'Clipper flies. Mike Glass threw; Glass ran. President Falcon spoke; Falcon left. Switch won. Okafor scored.';
  const found: [string, NameType][] = [['Clipper', 'person'], ['Mike Glass', 'person'], ['Glass', 'person'], ['Falcon', 'person'], ['Switch', 'organization'], ['Okafor', 'person']];
  let from = 0;
  const mentions = found.map(([words, type]) => {
    from = text.indexOf(words, from);
    return rawMention(tokenizeLine(words, from), type, 'normal');
  });
  const ordinary = new Set(['clipper', 'glass', 'falcon', 'switch']);
  assert.deepEqual(dropLoneWordPeople(mentions, ordinary, text).map((kept) => `${kept.type}:${kept.key}`), [
    'person:mike glass', 'person:glass', 'person:falcon', 'organization:switch', 'person:okafor',
  ]);
});
