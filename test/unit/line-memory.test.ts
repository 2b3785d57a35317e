import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readPage } from '../../src/core/boilerplate';
import { LineMeasureCache } from '../../src/core/boilerplate/lineCache';
import { FEATURE_NAMES, forEachFeatureRow, lineFeatureMatrix } from '../../src/core/boilerplate/lineFeatures';
import { toSeedDocument } from '../../src/core/document';

test('the line cache keeps no record for a blank line', () => {
  const cache = new LineMeasureCache();
  const lines = ['', '   ', '\t\u00a0', 'Menu', ' Home '];
  cache.startDocument(lines);
  const measures = lines.map((line, i) => cache.measureOf(i, line));
  assert.deepEqual(measures.slice(0, 3), [undefined, undefined, undefined]);
  assert.equal(measures[3]?.features.text, 'Menu');
  assert.equal(measures[4]?.features.text, 'Home');
});

test('the line cache reuses the last document\'s measures, but keeps no more than 10,000 lines for the next call', () => {
  const measureAll = (cache: LineMeasureCache, lines: string[]) => {
    cache.startDocument(lines);
    return lines.map((line, i) => cache.measureOf(i, line));
  };
  const cache = new LineMeasureCache();
  const short = ['Home', '', 'World news'];
  const first = measureAll(cache, short);
  assert.equal(measureAll(cache, short)[2], first[2], 'the same document again: the same measure');
  const long = Array.from({ length: 10_001 }, (_, i) => `Line ${i}`);
  const once = measureAll(cache, long);
  const again = measureAll(cache, long);
  assert.notEqual(again[0], once[0], 'a longer document is measured afresh');
  assert.deepEqual(again[0], once[0]);
});

test('each feature row holds the window means of its neighbours, as the matrix does', () => {
  const text = ['Home | World | Sport', 'Posted by Anna | 10:14 AM', 'The council voted on Tuesday to extend the program, officials said.',
    'Share', 'Critics said the money would be better spent on the roads.', 'Read More News', 'Reply', 'Top Stories Today'].join('\n');
  const page = readPage(toSeedDocument(text), { title: null });
  const rows: Float64Array[] = [];
  forEachFeatureRow(page, (row, i) => {
    assert.equal(i, rows.length, 'rows come in line order');
    rows.push(Float64Array.from(row));
  });
  const matrix = lineFeatureMatrix(page);
  rows.forEach((row, i) => assert.deepEqual(row, matrix.values.subarray(i * matrix.width, (i + 1) * matrix.width)));
  const few = FEATURE_NAMES.indexOf('few-words');
  const around = FEATURE_NAMES.indexOf('few-words-around-3');
  rows.forEach((row, i) => {
    const near = rows.slice(Math.max(0, i - 3), i + 4);
    const mean = near.reduce((sum, other) => sum + other[few]!, 0) / near.length;
    assert.ok(Math.abs(row[around]! - mean) < 1e-12, `line ${i}: ${row[around]} against ${mean}`);
  });
  assert.ok(rows.some((row) => row[around]! > 0) && rows.some((row) => row[around]! < 1), 'the text has both kinds of line');
});
