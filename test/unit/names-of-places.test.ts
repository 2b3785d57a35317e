/** "<kind> of <name>" is one place (ofPlaces.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markOfPlaces } from '../../src/core/names/ofPlaces';
import { labelledNames, taggedLine } from './taggedLines';

test('a place kind, "of" and a capitalized name are one place, with the kind\'s capitalized words before it', () => {
  const lines = [
    taggedLine('Ships crossed the Strait of Varnaz on Monday.', 'normal', [5, 'B-place']),
    taggedLine('It sank in the Sea of Oltra near the Free Republic of Kesh.', 'normal', [4, 'B-place'], [6, 'B-place'], [12, 'B-place']),
    taggedLine('The Secretary of State met the Bank of Oltra.', 'normal', [8, 'B-place']),
  ];
  assert.deepEqual(markOfPlaces(lines).map(labelledNames), [
    ['place:Strait of Varnaz'], ['place:Sea of Oltra', 'place:Free Republic of Kesh'], ['place:Oltra'],
  ]);
});

test('in a title-case line only kind words the tagger named go with the kind; a line of capitals is left', () => {
  const lines = [
    taggedLine('Tankers Cross Strait Of Varnaz', 'title', [4, 'B-place']),
    taggedLine('TANKERS CROSS STRAIT OF VARNAZ', 'caps', [4, 'B-place']),
  ];
  assert.deepEqual(markOfPlaces(lines).map(labelledNames), [['place:Strait Of Varnaz'], ['place:VARNAZ']]);
});
