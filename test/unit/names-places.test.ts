/** Name rules for places written the way local news writes them (places.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markStreetsAndRegions } from '../../src/core/names/places';
import { labelledNames, taggedLine } from './taggedLines';

test('capitalized words or an ordinal before a street word are one place; a run after other capitals, a title-case line and an organization are left', () => {
  const lines = [
    taggedLine('Officers stopped a car near Ninth Street and Maple Avenue on Friday.', 'normal'),
    taggedLine('She lives at 2210 Harlow Drive, police said.', 'normal', [4, 'B-person']),
    taggedLine('The crash closed 23rd Street for hours.', 'normal'),
    taggedLine('The GT Concept First Drive: a review.', 'normal'),
    taggedLine('Bankers on Wall Street cheered.', 'normal', [2, 'B-organization'], [3, 'I-organization']),
    taggedLine('Crash Closes Ninth Street', 'title'),
  ];
  assert.deepEqual(markStreetsAndRegions(lines).map(labelledNames), [
    ['place:Ninth Street', 'place:Maple Avenue'], ['place:Harlow Drive'], ['place:23rd Street'], [], ['organization:Wall Street'], [],
  ]);
});

test('a compass word right before a place or a one-word "person" opens the place; before an organization it stays out', () => {
  const lines = [
    taggedLine('Fans from Northern Ireland travelled.', 'normal', [3, 'B-place']),
    taggedLine('Eastern Vandoria beat the hosts.', 'title', [1, 'B-person']),
    taggedLine('He joined West Harbour Bank.', 'normal', [3, 'B-organization'], [4, 'I-organization']),
  ];
  assert.deepEqual(markStreetsAndRegions(lines).map(labelledNames), [
    ['place:Northern Ireland'], ['place:Eastern Vandoria'], ['organization:Harbour Bank'],
  ]);
});
