/** Clubs named by a place and a plural nickname (cityTeams.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markCityTeams } from '../../src/core/names/cityTeams';
import { labelledNames, taggedLine } from './taggedLines';

const SPORT = 'The coach said the season is over.';
const WORDS = [new Set(['otters', 'springs'])];

test('on a page about sport a place with a nickname after it or as its last ordinary plural is one club', () => {
  const lines = [
    taggedLine('The Varna Otters fired their coach.', 'normal', [1, 'B-place']),
    taggedLine('He left the Kesh Harbour Otters on Monday.', 'normal', [3, 'B-place'], [4, 'I-place'], [5, 'I-place']),
    taggedLine('They beat the Ostrow Raptors 3-1.', 'normal', [3, 'B-place']),
  ];
  assert.deepEqual(markCityTeams(lines, SPORT, WORDS).map(labelledNames), [['organization:Varna Otters'], ['organization:Kesh Harbour Otters'], ['organization:Ostrow Raptors']]);
});

test("places' own plurals, places after places, a capitalized word after the nickname, a title-case line and a page not about sport are left", () => {
  const lines = [
    taggedLine('They moved to Varna Springs last year.', 'normal', [3, 'B-place'], [4, 'I-place']),
    taggedLine('He flew from Paris Texas on Monday.', 'normal', [3, 'B-place']),
    taggedLine('The Varna Otters Foundation gave money.', 'normal', [1, 'B-place']),
    taggedLine('Fans Cheer As Varna Otters Win', 'title', [3, 'B-place']),
  ];
  assert.deepEqual(markCityTeams(lines, SPORT, WORDS).map(labelledNames), [['place:Varna Springs'], ['place:Paris'], ['place:Varna'], ['place:Varna']]);
  const club = [taggedLine('The Varna Otters fired their coach.', 'normal', [1, 'B-place'])];
  assert.deepEqual(markCityTeams(club, 'A page about gardens.', WORDS).map(labelledNames), [['place:Varna']]);
});
