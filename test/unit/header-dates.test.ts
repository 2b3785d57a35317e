import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFullDate } from '../../src/core/header/dateline';

test('dateline: day-month-year with dashes and a four-digit year', () => {
  assert.equal(parseFullDate('Ann Lee | Updated: 19-11-2019 10:31 IST'), '2019-11-19');
  assert.equal(parseFullDate('Published 11-19-2019'), '2019-11-19');
  // A range of numbers with a two-digit end is no date.
  assert.equal(parseFullDate('Scores 10-12-15 in three sets'), null);
});

test('dateline: year, month and day with Chinese, Japanese or Korean signs', () => {
  assert.equal(parseFullDate('2019年11月19日 10:31'), '2019-11-19');
  assert.equal(parseFullDate('입력 2019년 11월 19일'), '2019-11-19');
});
