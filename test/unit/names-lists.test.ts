/** The word lists the tagger reads as features (gazetteer.ts listsOf) and the first names learned for them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertRowsAsKeys } from './wordRowsCheck';
import { LABELS, formsOf, neighbourFeatures, ownFeatures } from '../../src/core/names/features';
import { LISTS, listsOf } from '../../src/core/names/gazetteer';
import { firstNamesOf } from '../../scripts/train-names-data';

const bit = (list: (typeof LISTS)[number]) => 1 << LISTS.indexOf(list);

test('a word is on the lists of first names, company forms, countries, cities and demonyms it belongs to', () => {
  const firstNames = new Set(['rishi', 'jordan']);
  assert.equal(listsOf('rishi', firstNames), bit('first'));
  assert.equal(listsOf('rishi', new Set()), 0);
  assert.equal(listsOf('gmbh', firstNames), bit('company'));
  assert.equal(listsOf('co.', firstNames), bit('company'));
  assert.equal(listsOf('jordan', firstNames), bit('first') | bit('country'));
  assert.equal(listsOf('ukrainian', firstNames), bit('demonym'));
  assert.equal(listsOf('acme', firstNames), 0);
});

test("a word's lists are features of its own and of its neighbours at -1 and +1, not further", () => {
  const forms = formsOf('Rishi', new Set(['rishi']));
  assert.ok(ownFeatures(forms).includes('g=first'));
  assert.ok(neighbourFeatures(forms, -1).includes('-1g=first'));
  assert.ok(neighbourFeatures(forms, 1).includes('1g=first'));
  assert.ok(!neighbourFeatures(forms, 2).some((key) => key.startsWith('2g')));
  assert.ok(!ownFeatures(formsOf('Rishi')).some((key) => key.startsWith('g=')));
});

test('WordRows adds the rows of the list features as their keys do', () => {
  assertRowsAsKeys(['b', 'w=rishi', 'g=first', '-1g=first', '1g=first', 'g=country', '1g=country'], formsOf('Rishi', new Set(['rishi', 'jordan'])));
});

test('first names open people of two words or more, often enough, capitalized, and are no common words', () => {
  const [B, I] = [LABELS.indexOf('B-person'), LABELS.indexOf('I-person')];
  const sentence = (words: string, labels: number[]) => ({ words: words.split(' '), labels });
  const sentences = [
    sentence('Vladimir Putin met Xi', [B, I, 0, B]),
    sentence('Vladimir Putin left', [B, I, 0]),
    sentence('Putin and Olaf Scholz', [B, 0, B, I]),
    sentence('President Biden spoke', [B, I, 0]),
    sentence('President Macron spoke', [B, I, 0]),
    sentence('VLADIMIR PUTIN said', [B, I, 0]),
    sentence('Xi said', [B, 0]),
    sentence('Xi said', [B, 0]),
  ];
  assert.deepEqual([...firstNamesOf(sentences, new Set(['president']), 2)], ['vladimir']);
  assert.deepEqual([...firstNamesOf(sentences, new Set(['president']), 1)].sort(), ['olaf', 'vladimir']);
});
