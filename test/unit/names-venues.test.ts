/** Venues are places, their sponsor's words included (venues.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markVenues } from '../../src/core/names/venues';
import { labelledNames, taggedLine } from './taggedLines';

test("a venue word ends one place with the name words before it, over the tagger's sponsor and the name it ran on into", () => {
  const lines = [
    taggedLine('The band played the Harlow Credit Union Amphitheatre on Friday.', 'normal', [4, 'B-organization'], [5, 'I-organization'], [6, 'I-organization']),
    taggedLine('Tickets for Quenby Arena Nashville go on sale.', 'normal', [2, 'B-person'], [3, 'I-person'], [4, 'I-person']),
    taggedLine('At Ryland Pavilion the crowd sang.', 'normal'),
    taggedLine('They played The Orsolya Pavilion twice.', 'normal', [2, 'B-organization'], [3, 'I-organization']),
  ];
  assert.deepEqual(markVenues(lines).map(labelledNames), [
    ['place:Harlow Credit Union Amphitheatre'], ['place:Quenby Arena', 'person:Nashville'], ['place:Ryland Pavilion'], ['place:Orsolya Pavilion'],
  ]);
});

test('in a title-case line the venue needs a mark or a word outside it on its left; a lone venue word and a line of capitals are left', () => {
  const lines = [
    taggedLine('June 19 – Tarvin, NC @ Ostrow Music Pavilion', 'title', [3, 'B-place']),
    taggedLine('Fans Pack Ostrow Arena', 'title'),
    taggedLine('The new Arena opens in May.', 'normal'),
    taggedLine('FANS PACK OSTROW ARENA AT NIGHT', 'caps'),
  ];
  assert.deepEqual(markVenues(lines).map(labelledNames), [['place:Tarvin', 'place:Ostrow Music Pavilion'], [], [], []]);
});
