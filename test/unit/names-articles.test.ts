/** An article alone names nothing (mentions.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOf } from '../../src/core/names/mentions';
import { taggedLine } from './taggedLines';

test('a name of one article is no mention; an article opening a longer name stays with it', () => {
  const line = taggedLine('Live @ The Forum with The Kesh Times.', 'normal', [2, 'B-organization'], [5, 'B-organization'], [6, 'I-organization'], [7, 'I-organization']);
  assert.deepEqual(mentionsOf([line]).map((mention) => mention.key), ['the kesh times']);
});
