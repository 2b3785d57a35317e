/** Sides named by their county or city, known by a standings row or an innings' total after the name (sides.ts, link.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markTableSides } from '../../src/core/names/sides';
import { linkMentions } from '../../src/core/names/link';
import { mention, typedForms } from './rawMentions';

const shown = (text: string, mentions: ReturnType<typeof mention>[]) =>
  typedForms(text, markTableSides(mentions, text));

test('a total and a second innings, the wickets or batsmen in brackets name the side: all its mentions become organizations', () => {
  const text = 'At Wexbury: Thorne 310 and 95-4, Corwen 288 (J. Pell 61). Marrow 402 for six declared. Later Thorne batted.';
  const mentions = [
    mention(text, 'Thorne', 'person'),
    mention(text, 'Corwen', 'place'),
    mention(text, 'J. Pell', 'person'),
    mention(text, 'Marrow', 'person'),
    mention(text, 'Thorne', 'person', 60),
  ];
  assert.deepEqual(shown(text, mentions), ['Thorne/organization', 'Corwen/organization', 'J. Pell/person', 'Marrow/organization', 'Thorne/organization']);
});

test('a player\'s score, a bowler\'s figures and a country\'s total change nothing', () => {
  const text = 'J. Pell 56 not out, Dan Corwen 4-28. Pakistan 185 (Ali Khan 79).';
  const mentions = [mention(text, 'J. Pell', 'person'), mention(text, 'Dan Corwen', 'person'), mention(text, 'Pakistan', 'place'), mention(text, 'Ali Khan', 'person')];
  assert.deepEqual(shown(text, mentions), ['J. Pell/person', 'Dan Corwen/person', 'Pakistan/place', 'Ali Khan/person']);
});

test('a side after a comma with its total is no scorer with a minute; a club\'s scorer still is', () => {
  const text = 'Thorne 290 and 329, Corwen 372 and 100-5.\nRovers 2 (Pell 12, Marrow 55)';
  const mentions = [mention(text, 'Thorne', 'organization'), mention(text, 'Corwen', 'organization'), mention(text, 'Rovers', 'organization'), mention(text, 'Pell', 'organization'), mention(text, 'Marrow', 'organization')];
  assert.deepEqual(linkMentions(mentions, text).map(({ text, type }) => `${text}/${type}`), ['Thorne/organization', 'Corwen/organization', 'Rovers/organization', 'Pell/person', 'Marrow/person']);
});

test("wins, losses and a winning percentage name the side; a golfer's scores do not", () => {
  const text = 'WESTERN DIVISION\nTHORNE 71 63 .530 4\nCORWEN AT THORNE\nDale Ruiz (Moldavia) 69 71 71 73\n';
  const mentions = [mention(text, 'THORNE', 'person'), mention(text, 'CORWEN', 'place'), mention(text, 'THORNE', 'place', 30), mention(text, 'Dale Ruiz', 'person')];
  assert.deepEqual(shown(text, mentions), ['THORNE/organization', 'CORWEN/place', 'THORNE/organization', 'Dale Ruiz/person']);
});

test("a standing on the line after another's dash is no scorer with a minute", () => {
  const text = 'THORNE 74 59 .556 -\nCORWEN 70 63 .526 4\n';
  const mentions = [mention(text, 'THORNE', 'organization'), mention(text, 'CORWEN', 'organization')];
  assert.deepEqual(linkMentions(mentions, text).map(({ text, type }) => `${text}/${type}`), ['THORNE/organization', 'CORWEN/organization']);
});

test("a schedule's line in capitals names the visitors' club and the city the game is played in; not a nickname, nor a title-case line", () => {
  const text = 'SCHEDULE\nTHORNE AT CORWEN\nCORWEN 70 63 .526 4\nTHORNE AT VARNO OTTERS\nTHORNE AT DALLAS\nRead More at Corwen\n';
  const mentions = [
    mention(text, 'THORNE', 'organization'), mention(text, 'CORWEN', 'organization'), mention(text, 'CORWEN', 'organization', 20),
    mention(text, 'VARNO OTTERS', 'organization'), mention(text, 'DALLAS', 'organization'), mention(text, 'Corwen', 'organization'),
  ];
  assert.deepEqual(linkMentions(mentions, text).map(({ text, type }) => `${text}/${type}`), [
    'THORNE/organization', 'CORWEN/place', 'CORWEN/organization', 'VARNO OTTERS/organization', 'DALLAS/place', 'Corwen/organization',
  ]);
});
