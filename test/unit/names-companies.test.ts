/** Name rules for web pages: how company names are written (joins.ts), quoted titles of works (works.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markCompanyForms } from '../../src/core/names/joins';
import { labelledNames, taggedLine } from './taggedLines';

test('capitalized words joined by an ampersand are one organization, unless both sides are places, neither is a name or one is a person named in full', () => {
  const lines = [
    taggedLine('A study by Brandt & Kessler found more.', 'normal', [5, 'B-person']),
    taggedLine('Talks With Jinping & Vladimir Putin Confirmed', 'normal', [4, 'B-person'], [5, 'I-person']),
    taggedLine('A study by Brandt & Lena Kessler found more.', 'normal', [5, 'B-person'], [6, 'I-person']),
    taggedLine('Auditors at Hollis Grant & Young said so.', 'normal', [2, 'B-place'], [3, 'I-place']),
    taggedLine('Flights to Trinidad & Tobago rose.', 'normal', [2, 'B-place'], [4, 'B-place']),
    taggedLine('See the Terms & Conditions page.', 'normal'),
  ];
  assert.deepEqual(markCompanyForms(lines).map(labelledNames), [
    ['organization:Brandt & Kessler'], ['person:Vladimir Putin'], ['person:Lena Kessler'], ['organization:Hollis Grant & Young'], ['place:Trinidad', 'place:Tobago'], [],
  ]);
});

test("a possessive after an acronym ends a name; the words after it are a name of the same type; a place's possessive stays", () => {
  const lines = [
    taggedLine('Staff at NASA’s Science Mission Directorate left.', 'normal', [2, 'B-organization'], [3, 'I-organization'], [4, 'I-organization'], [5, 'I-organization'], [6, 'I-organization']),
    taggedLine("Fans at Queen's Park Rangers sang.", 'normal', [2, 'B-organization'], [3, 'I-organization'], [4, 'I-organization'], [5, 'I-organization']),
  ];
  assert.deepEqual(markCompanyForms(lines).map(labelledNames), [
    ['organization:NASA', 'organization:Science Mission Directorate'], ["organization:Queen 's Park Rangers"],
  ]);
});

test('a capitalized "The" inside a sentence opens the organization after it; after a bullet or at a sentence start it stays out', () => {
  const lines = [
    taggedLine('The label was sold to The Halvorsen Group last year.', 'normal', [6, 'B-organization'], [7, 'I-organization']),
    taggedLine('* The Halvorsen Group wants more.', 'normal', [2, 'B-organization'], [3, 'I-organization']),
    taggedLine('He flew to The Hague.', 'normal', [4, 'B-place']),
  ];
  assert.deepEqual(markCompanyForms(lines).map(labelledNames), [
    ['organization:The Halvorsen Group'], ['organization:Halvorsen Group'], ['place:Hague'],
  ]);
});

test('a word that names a property of every object ("constructor") does not stop the search for quoted titles of works', async () => {
  const { dropWorkTitleNames } = await import('../../src/core/names/works');
  const line = taggedLine('The constructor sang “Jesus Is Just Alright With Me” twice.', 'normal', [5, 'B-person']);
  assert.deepEqual(dropWorkTitleNames([line], new Set(['the']), new Set(['just', 'alright'])).map(labelledNames), [[]]);
});
