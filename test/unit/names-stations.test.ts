/** A television station is named with its channel (stations.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinStationChannels } from '../../src/core/names/stations';
import { labelledNames, taggedLine } from './taggedLines';

test("a network's letters or a call sign the tagger named take in the channel after them, and a named word after it", () => {
  const lines = [
    taggedLine('NBC 5 has edited the video.', 'normal', [0, 'B-organization']),
    taggedLine('Watch FOX 4 News or WKSH 12 tonight.', 'normal', [1, 'B-organization'], [3, 'B-organization'], [5, 'B-organization']),
  ];
  assert.deepEqual(joinStationChannels(lines).map(labelledNames), [['organization:NBC 5'], ['organization:FOX 4 News', 'organization:WKSH 12']]);
});

test('no channel after other letters, a score, a longer number or a name the tagger did not read', () => {
  const lines = [
    taggedLine('IBM 5 and CBS 2-1 and NBC 2019 and NBC 5.', 'normal', [0, 'B-organization'], [3, 'B-organization'], [6, 'B-organization']),
  ];
  assert.deepEqual(joinStationChannels(lines).map(labelledNames), [['organization:IBM', 'organization:CBS', 'organization:NBC']]);
});
