/** The Timeline's coverage chart bins (src/webview/coverage.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coverage } from '../../src/webview/coverage';
import type { IndexRow } from '../../src/webview/messages';

const rows = (...dates: (string | null)[]) => dates.map((published, i) => ({ file: `seeds/${i}.txt`, published }) as IndexRow);

test('documents per day, empty days between included; dates not given to the day are left out', () => {
  const { size, bins } = coverage(rows('2025-05-08', '2025-05-10', '2025-05-08', '2025-05', '2025', null));
  assert.equal(size, 'day');
  assert.deepEqual(bins.map((bin) => `${bin.from}:${bin.count}`), ['2025-05-08:2', '2025-05-09:0', '2025-05-10:1']);
  assert.equal(bins[0]!.to, '2025-05-08');
});

test('per week from Monday beyond two months, per month beyond two years', () => {
  const weeks = coverage(rows('2025-01-01', '2025-01-05', '2025-01-06', '2025-04-01'));
  assert.equal(weeks.size, 'week');
  assert.deepEqual(weeks.bins.slice(0, 2).map((bin) => `${bin.from}..${bin.to}:${bin.count}`), ['2024-12-30..2025-01-05:2', '2025-01-06..2025-01-12:1']);
  assert.equal(weeks.bins.reduce((sum, bin) => sum + bin.count, 0), 4);
  const months = coverage(rows('2020-01-31', '2023-02-01'));
  assert.equal(months.size, 'month');
  assert.equal(months.bins[0]!.to, '2020-01-31');
  assert.equal(months.bins.length, 38);
  assert.deepEqual(coverage(rows(null)).bins, []);
});
