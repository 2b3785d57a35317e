/** Names joined by slashes (slashes.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSlashedNames } from '../../src/core/names/slashes';
import { labelledNames, taggedLine } from './taggedLines';

test('capitalized words joined by slashes are each a name: countries places, forms the document gives alone their type, the rest the whole word\'s', () => {
  const lines = [
    taggedLine('Path A: Iceland, Bulgaria/Israel/Romania* play off.', 'normal', [3, 'B-place']),
    taggedLine('The Ardley/Holbrook merger closed.', 'normal', [1, 'B-organization']),
    taggedLine('Ardley shares fell; Holbrook rose.', 'normal', [0, 'B-organization'], [4, 'B-person']),
    taggedLine('Open 24/7 and/or on call.', 'normal'),
  ];
  assert.deepEqual(splitSlashedNames(lines).map(labelledNames), [
    ['place:Iceland', 'place:Bulgaria', 'place:Israel', 'place:Romania'], ['organization:Ardley', 'person:Holbrook'],
    ['organization:Ardley', 'person:Holbrook'], [],
  ]);
});
