/** Name rules for web pages: how company names are written (joins.ts), quoted titles of works (works.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS } from '../../src/core/names/features';
import { markCompanyForms } from '../../src/core/names/joins';
import type { TaggedLine } from '../../src/core/names/tagger';
import { tokenizeLine } from '../../src/core/names/tokenize';

/** A tagged line of `text`, labelled O except for the given `[word index, label]` pairs. */
function taggedLine(text: string, ...labelled: [number, (typeof LABELS)[number]][]): TaggedLine {
  const tokens = tokenizeLine(text, 0);
  const labels = new Uint8Array(tokens.length);
  for (const [index, label] of labelled) labels[index] = LABELS.indexOf(label);
  return { offset: 0, tokens, style: 'normal', labels };
}

/** The line's names as `type:words`, read off its labels. */
function labelledNames(line: TaggedLine): string[] {
  const names: string[] = [];
  line.labels.forEach((label, index) => {
    const name = LABELS[label]!;
    if (name.startsWith('B-')) names.push(`${name.slice(2)}:${line.tokens[index]!.text}`);
    else if (name.startsWith('I-') && names.length > 0) names[names.length - 1] += ` ${line.tokens[index]!.text}`;
  });
  return names;
}

test('capitalized words joined by an ampersand are one organization, unless both sides are places or neither is a name', () => {
  const lines = [
    taggedLine('A study by Brandt & Kessler found more.', [5, 'B-person']),
    taggedLine('Auditors at Hollis Grant & Young said so.', [2, 'B-place'], [3, 'I-place']),
    taggedLine('Flights to Trinidad & Tobago rose.', [2, 'B-place'], [4, 'B-place']),
    taggedLine('See the Terms & Conditions page.'),
  ];
  assert.deepEqual(markCompanyForms(lines).map(labelledNames), [
    ['organization:Brandt & Kessler'], ['organization:Hollis Grant & Young'], ['place:Trinidad', 'place:Tobago'], [],
  ]);
});

test("a possessive after an acronym ends a name; the words after it are a name of the same type; a place's possessive stays", () => {
  const lines = [
    taggedLine('Staff at NASA’s Science Mission Directorate left.', [2, 'B-organization'], [3, 'I-organization'], [4, 'I-organization'], [5, 'I-organization'], [6, 'I-organization']),
    taggedLine("Fans at Queen's Park Rangers sang.", [2, 'B-organization'], [3, 'I-organization'], [4, 'I-organization'], [5, 'I-organization']),
  ];
  assert.deepEqual(markCompanyForms(lines).map(labelledNames), [
    ['organization:NASA', 'organization:Science Mission Directorate'], ["organization:Queen 's Park Rangers"],
  ]);
});

test('a capitalized "The" inside a sentence opens the organization after it; after a bullet or at a sentence start it stays out', () => {
  const lines = [
    taggedLine('The label was sold to The Halvorsen Group last year.', [6, 'B-organization'], [7, 'I-organization']),
    taggedLine('* The Halvorsen Group wants more.', [2, 'B-organization'], [3, 'I-organization']),
    taggedLine('He flew to The Hague.', [4, 'B-place']),
  ];
  assert.deepEqual(markCompanyForms(lines).map(labelledNames), [
    ['organization:The Halvorsen Group'], ['organization:Halvorsen Group'], ['place:Hague'],
  ]);
});

test('a word that names a property of every object ("constructor") does not stop the search for quoted titles of works', async () => {
  const { dropWorkTitleNames } = await import('../../src/core/names/works');
  const line = taggedLine('The constructor sang “Jesus Is Just Alright With Me” twice.', [5, 'B-person']);
  assert.deepEqual(dropWorkTitleNames([line], new Set(['the']), new Set(['just', 'alright'])).map(labelledNames), [[]]);
});
