/** Labels of a list's parts (grouplabels.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropLetterLabels } from '../../src/core/names/grouplabels';
import { labelledNames, taggedLine } from './taggedLines';

test('an ordinary word and one capital letter is no name; a name word before a letter, or a longer name, stays', () => {
  const lines = [
    taggedLine('Wales (Group E): second appearance', 'normal', [0, 'B-place'], [2, 'B-place'], [3, 'I-place']),
    taggedLine('Malcolm X spoke.', 'normal', [0, 'B-person'], [1, 'I-person']),
    taggedLine('Group C Holdings rose.', 'normal', [0, 'B-organization'], [1, 'I-organization'], [2, 'I-organization']),
  ];
  assert.deepEqual(dropLetterLabels(lines, new Set(['group', 'second'])).map(labelledNames), [
    ['place:Wales'], ['person:Malcolm X'], ['organization:Group C Holdings'],
  ]);
});
