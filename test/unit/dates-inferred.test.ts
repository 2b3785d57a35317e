import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectDates } from '../../src/core/dates';
import { documentYear } from '../../src/core/dates/inferYear';
import { toSeedDocument } from '../../src/core/document';

const find = (text: string, published: string | null) => detectDates(toSeedDocument(text), published).map((d) => [d.text, d.value, d.inferred ?? false]);

test('no publication date: an anniversary sets the year, year-less dates get it and are marked inferred', () => {
  const text = 'On the 70th anniversary of the end of World War II, leaders met on June 3. Twenty years ago the first talks failed.';
  assert.equal(documentYear(text), 2015);
  assert.deepEqual(find(text, null), [['June 3', '2015-06-03', true], ['Twenty years ago', '1995', true]]);
});

test('no publication date: the latest year in a past sentence, not a planned one', () => {
  const text = 'Exports grew in 2021 and fell in 2022. The line will open in 2030. Trade talks resumed on March 4.';
  assert.equal(documentYear(text), 2022);
  assert.deepEqual(find(text, null).find(([value]) => value === 'March 4'), ['March 4', '2022-03-04', true]);
});

test('inferred years never resolve weekdays or "yesterday", and a known publication date is not overridden', () => {
  const text = 'Exports grew in 2021. The minister left on Friday and returned yesterday.';
  for (const [, value, inferred] of find(text, null).filter(([expression]) => expression !== '2021')) assert.deepEqual([value, inferred], [null, false]);
  assert.deepEqual(find('Trade talks resumed on March 4, after a pause in 2021.', '2023-05-01')[0], ['March 4', '2023-03-04', false]);
});

test('model numbers and copyright ranges are not years', () => {
  assert.deepEqual(find('The GTX 1660 card sold out.', '2019-11-19'), []);
  assert.deepEqual(find('©1996-2019 Harbour Gazette', '2019-11-19'), []);
  assert.deepEqual(find('In 1996 the gazette opened.', '2019-11-19'), [['1996', '1996', false]]);
});

test('an anniversary of an event the text does not date sets no year: "the victory" or "the armistice" could be any', () => {
  assert.equal(documentYear('Fans marked the 25th anniversary of the victory in the cup final on May 2.'), null);
  assert.equal(documentYear('Veterans marked the 70th anniversary of the armistice at the border on July 27.'), null);
  assert.equal(documentYear('Crowds marked the 80th anniversary of Victory Day on May 9.'), 2025);
});
