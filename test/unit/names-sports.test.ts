/** Sports teams named by a record in brackets or a player's position (sports.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markSportsTeams } from '../../src/core/names/sports';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

function mention(text: string, words: string, type: NameType, from = 0) {
  return rawMention(tokenizeLine(words, text.indexOf(words, from)), type, 'normal');
}
const shown = (text: string, mentions: ReturnType<typeof mention>[]) =>
  markSportsTeams(mentions, text).map(({ tokens, type }) => `${text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)}/${type}`);

test('a record in brackets names a team: every occurrence of it becomes an organization', () => {
  const text = 'The Otters (7-3, 4-2) beat Dale Ruiz’s side. The Otters led early.';
  assert.deepEqual(shown(text, [mention(text, 'Dale Ruiz', 'person')]), ['Otters/organization', 'Dale Ruiz/person', 'Otters/organization']);
});

test('a position before a person makes a person-typed team an organization; places and countries stay', () => {
  const text = 'Upper Kenton quarterback Sam Bell ran. Upper Kenton won. Brazil striker Tomas Vale scored. Ohio coach Al Reed left.';
  const mentions = [
    mention(text, 'Upper Kenton', 'person'),
    mention(text, 'Sam Bell', 'person'),
    mention(text, 'Upper Kenton', 'person', 30),
    mention(text, 'Tomas Vale', 'person'),
    mention(text, 'Ohio', 'place'),
    mention(text, 'Al Reed', 'person'),
  ];
  assert.deepEqual(shown(text, mentions), [
    'Upper Kenton/organization', 'Sam Bell/person', 'Upper Kenton/organization', 'Tomas Vale/person', 'Ohio/place', 'Al Reed/person',
  ]);
});

test('without a record or a position, or before a word describing the player, nothing changes', () => {
  const text = 'Upper Kenton (the town) met Sam Bell, the coach. Attacking midfielder Sam Bell and Chilean-born striker Sam Bell.';
  const mentions = [mention(text, 'Upper Kenton', 'person'), mention(text, 'Sam Bell', 'person')];
  assert.deepEqual(shown(text, mentions), ['Upper Kenton/person', 'Sam Bell/person']);
});

test('the run before a cue is the one read from the text\'s start: a fourth capitalized word is no run, three words are one', () => {
  // The scan for runs skips to a point shortly before each cue: it must read "Big Ten Otters" whole, and find no run
  // at "Otters" after three capitalized words (a run never opens right after one), as a scan from the start does.
  const text = 'Long before the season, fans said so.\nBig Ten Otters (7-3) won. Fans of Red Hill Kenton Otters (5-5) left.';
  assert.deepEqual(shown(text, []), ['Big Ten Otters/organization']);
});
