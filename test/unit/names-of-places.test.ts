/** "<kind> of <name>" is one place (ofPlaces.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markKindOfPlaces, markOfPlaces } from '../../src/core/names/ofPlaces';
import { linkMentions } from '../../src/core/names/link';
import { labelledNames, taggedLine } from './taggedLines';
import { mention } from './rawMentions';

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


test('a name after a lower-case kind of place and "of" is that place in every mention; other names are left', () => {
  const text = 'Troops took Varno. They held the town of Varno for a week. Varno was quiet. Dale Ruiz of Varno spoke.';
  const mentions = [mention(text, 'Varno', 'person'), mention(text, 'Varno', 'person', 20), mention(text, 'Varno', 'person', 50), mention(text, 'Dale Ruiz', 'person'), mention(text, 'Varno', 'person', 85)];
  assert.deepEqual(linkMentions(markKindOfPlaces(mentions, text), text).map(({ text, type }) => `${text}/${type}`), [
    'Varno/place', 'Varno/place', 'Varno/place', 'Dale Ruiz/person', 'Varno/place',
  ]);
  const none = 'A state of emergency in Varno. The Varno Group said so.';
  const untouched = [mention(none, 'Varno', 'person'), mention(none, 'Varno Group', 'organization')];
  assert.deepEqual(markKindOfPlaces(untouched, none), untouched);
});
