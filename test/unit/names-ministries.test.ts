/** A body named by its portfolios runs on over commas and "and" (ministries.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinPortfolios } from '../../src/core/names/ministries';
import { labelledNames, taggedLine } from './taggedLines';

test('a ministry\'s list of portfolios ending in "and" is one organization, whatever the tagger made of its last ones', () => {
  const lines = [
    taggedLine('The Ministry of Tillage, Orchards and Canals met.', 'normal', [1, 'B-organization'], [2, 'I-organization'], [3, 'I-organization'], [7, 'B-organization']),
    taggedLine('Then the Ministry of Looms, Dyes and Vats spoke.', 'normal', [6, 'B-place'], [8, 'B-person']),
  ];
  assert.deepEqual(joinPortfolios(lines).map(labelledNames), [['organization:Ministry of Tillage , Orchards and Canals'], ['organization:Ministry of Looms , Dyes and Vats']]);
});

test('a comma alone, or a person, a place or a title after a lone "and", ends the name', () => {
  const lines = [
    taggedLine('The Ministry of Tillage, Varnox reported.', 'normal', [1, 'B-organization'], [2, 'I-organization'], [3, 'I-organization'], [5, 'B-organization']),
    taggedLine('The Ministry of Tillage and Kesh Ostrow met.', 'normal', [1, 'B-organization'], [2, 'I-organization'], [3, 'I-organization'], [5, 'B-person'], [6, 'I-person']),
    taggedLine('The Ministry of Tillage and Minister Al Reed met.', 'normal', [1, 'B-organization'], [2, 'I-organization'], [3, 'I-organization'], [6, 'B-person'], [7, 'I-person']),
  ];
  assert.deepEqual(joinPortfolios(lines).map(labelledNames), [
    ['organization:Ministry of Tillage', 'organization:Varnox'], ['organization:Ministry of Tillage', 'person:Kesh Ostrow'], ['organization:Ministry of Tillage', 'person:Al Reed'],
  ]);
});
