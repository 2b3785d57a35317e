/** Demonyms (gazetteer.ts) and the rule that they are no places (demonyms.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropDemonymNames, dropDemonymOrganizations } from '../../src/core/names/demonyms';
import { rawMention } from '../../src/core/names/mentions';
import { LABELS } from '../../src/core/names/features';
import { isDemonym, isDemonymOnly } from '../../src/core/names/gazetteer';
import { tokenizeLine } from '../../src/core/names/tokenize';
import { wordCuesOf } from '../../src/core/names/wordCues';

test("a country's stem with a demonym ending, plural or not, is a demonym; a country, a city or another word is not", () => {
  assert.deepEqual(['ukrainian', 'chinese', 'israelis', 'germans', 'jordanian'].map(isDemonym), [true, true, true, true, true]);
  assert.deepEqual(['ukraine', 'barbarians', 'indiana', 'bangladeshi'].map(isDemonym), [false, false, false, true]);
  assert.deepEqual(['kenyan', 'jordan', 'bangui', 'acme'].map(isDemonymOnly), [true, false, false, false]);
});

test('a one-word place that is a demonym is dropped; a country, a longer place and an organization stay', () => {
  const tokens = tokenizeLine('Ukrainian troops left Ukraine for the Chinese Quarter , Kenyan said .', 0);
  const labels = new Uint8Array(tokens.length);
  const set = (index: number, label: (typeof LABELS)[number]) => (labels[index] = LABELS.indexOf(label));
  set(0, 'B-place');
  set(3, 'B-place');
  set(6, 'B-place');
  set(7, 'I-place');
  set(9, 'B-organization');
  const [line] = dropDemonymNames([{ offset: 0, tokens, style: 'normal', labels, cues: wordCuesOf(tokens) }]);
  assert.deepEqual(Array.from(line!.labels, (label) => LABELS[label]), ['O', 'O', 'O', 'B-place', 'O', 'O', 'B-place', 'I-place', 'O', 'B-organization', 'O', 'O']);
});

test('a one-word name made of hyphen-joined demonyms is an adjective, of any type; a demonym joined to a place is not', () => {
  const tokens = tokenizeLine('Indian-Pakistani talks , Kenyan-Ugandan trade and Indo-Pacific ties .', 0);
  const labels = new Uint8Array(tokens.length);
  labels[0] = LABELS.indexOf('B-organization');
  labels[3] = LABELS.indexOf('B-place');
  labels[6] = LABELS.indexOf('B-place');
  const [line] = dropDemonymNames([{ offset: 0, tokens, style: 'normal', labels, cues: wordCuesOf(tokens) }]);
  assert.deepEqual(Array.from(line!.labels, (label) => LABELS[label]), ['O', 'O', 'O', 'O', 'O', 'O', 'B-place', 'O', 'O']);
});

test('a one-word organization that is a demonym is dropped, whatever pass typed it; a longer one and a country stay', () => {
  const [chinese, academy, sciences, china] = tokenizeLine('Chinese Academy Sciences China', 0);
  const mentions = [rawMention([chinese!], 'organization', 'normal'), rawMention([chinese!, academy!, sciences!], 'organization', 'normal'), rawMention([china!], 'organization', 'normal'), rawMention([chinese!], 'person', 'normal')];
  assert.deepEqual(dropDemonymOrganizations(mentions).map((mention) => `${mention.type}:${mention.key}`), ['organization:chinese academy sciences', 'organization:china', 'person:chinese']);
});

test('a one-word name of hyphen-joined countries (or a country and a demonym) is the relation between them; cities joined are a place', () => {
  const tokens = tokenizeLine('US-China trade , Kenya-Ugandan talks and the Lagos-Accra road .', 0);
  const labels = new Uint8Array(tokens.length);
  labels[0] = LABELS.indexOf('B-organization');
  labels[3] = LABELS.indexOf('B-place');
  labels[7] = LABELS.indexOf('B-place');
  const [line] = dropDemonymNames([{ offset: 0, tokens, style: 'normal', labels, cues: wordCuesOf(tokens) }]);
  assert.deepEqual(Array.from(line!.labels, (label) => LABELS[label]), ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'B-place', 'O', 'O']);
});
