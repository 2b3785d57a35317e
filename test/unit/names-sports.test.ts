/** Sports teams named by a record in brackets or a player's position (sports.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markResultLines, markSportsTeams, markSquadLists } from '../../src/core/names/sports';
import { mention, typedForms } from './rawMentions';

const shown = (text: string, mentions: ReturnType<typeof mention>[]) =>
  typedForms(text, markSportsTeams(mentions, text));

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

test('a place that beats another by a score is a team, there and elsewhere; people and countries who win stay', () => {
  const text = 'Upper Kenton routs Lake Varn. Upper Kenton rolled past Lake Varn, 38-10. Ana Ruiz beat Mia Cole 6-3. Chile beat Peru 2-1. Lake Varn is cold.';
  const mentions = [
    mention(text, 'Upper Kenton', 'place'),
    mention(text, 'Lake Varn', 'place'),
    mention(text, 'Upper Kenton', 'place', 30),
    mention(text, 'Lake Varn', 'place', 50),
    mention(text, 'Ana Ruiz', 'person'),
    mention(text, 'Mia Cole', 'person'),
    mention(text, 'Chile', 'place'),
    mention(text, 'Peru', 'place'),
    mention(text, 'Lake Varn', 'place', 120),
  ];
  assert.deepEqual(shown(text, mentions), [
    'Upper Kenton/organization', 'Lake Varn/organization', 'Upper Kenton/organization', 'Lake Varn/organization',
    'Ana Ruiz/person', 'Mia Cole/person', 'Chile/place', 'Peru/place', 'Lake Varn/organization',
  ]);
});

test('a place that loses by a score to a team the tagger knows is a team too', () => {
  const text = 'The Otters beat Lake Varn 3-1.';
  assert.deepEqual(shown(text, [mention(text, 'Otters', 'organization'), mention(text, 'Lake Varn', 'place')]), ['Otters/organization', 'Lake Varn/organization']);
});

test('places beside a win verb without a score stay places', () => {
  const text = 'Upper Kenton beat Lake Varn in the vote.';
  assert.deepEqual(shown(text, [mention(text, 'Upper Kenton', 'place'), mention(text, 'Lake Varn', 'place')]), ['Upper Kenton/place', 'Lake Varn/place']);
});

test('the names of a squad list opened by a position are people; clubs in brackets and other lines stay', () => {
  const text = 'Squad named.\nDefenders - Dana Pike, Lake Varn, Al Reed.\nMidfielders: Tomas Vale (Otters), Upper Kenton\nLake Varn won.\n';
  const mentions = [
    mention(text, 'Dana Pike', 'person'),
    mention(text, 'Lake Varn', 'organization'),
    mention(text, 'Al Reed', 'organization'),
    mention(text, 'Tomas Vale', 'organization'),
    mention(text, 'Otters', 'organization'),
    mention(text, 'Upper Kenton', 'place'),
    mention(text, 'Lake Varn', 'organization', 90),
  ];
  assert.deepEqual(typedForms(text, markSquadLists(mentions, text)), [
    'Dana Pike/person', 'Lake Varn/person', 'Al Reed/person', 'Tomas Vale/person', 'Otters/organization', 'Upper Kenton/person', 'Lake Varn/organization',
  ]);
});

test('the sides of a result line are teams: places retyped, missed ones added; countries and people stay', () => {
  const text = 'Results:\nLake Varn 103 KENTON 85 (OT)\nUpper Kenton 45, Otters 17\nChile 2 Peru 1\nDana Pike 6 Al Reed 3\nLake Varn is cold 3 days a year.\n';
  const mentions = [
    mention(text, 'Lake Varn', 'place'),
    mention(text, 'Upper Kenton', 'place'),
    mention(text, 'Chile', 'place'),
    mention(text, 'Peru', 'place'),
    mention(text, 'Dana Pike', 'person'),
    mention(text, 'Al Reed', 'person'),
  ];
  assert.deepEqual(typedForms(text, markResultLines(mentions, text)), [
    'Lake Varn/organization', 'KENTON/organization', 'Upper Kenton/organization', 'Otters/organization', 'Chile/place', 'Peru/place', 'Dana Pike/person', 'Al Reed/person',
  ]);
});

test('the run before a cue is the one read from the text\'s start: a fourth capitalized word is no run, three words are one', () => {
  // The scan for runs skips to a point shortly before each cue: it must read "Big Ten Otters" whole, and find no run
  // at "Otters" after three capitalized words (a run never opens right after one), as a scan from the start does.
  const text = 'Long before the season, fans said so.\nBig Ten Otters (7-3) won. Fans of Red Hill Kenton Otters (5-5) left.';
  assert.deepEqual(shown(text, []), ['Big Ten Otters/organization']);
});
