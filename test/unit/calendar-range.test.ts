import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { isoDate, isValidDay, validIsoDate } from '../../src/core/calendar';
import { addDays, dayNumber, isValidDay as isValidDayNumber } from '../../src/core/dates/calendar';

test('years 0-99 are years 0-99, not 1900-1999 (Date.UTC)', () => {
  assert.equal(isValidDay(0, 2, 29), true, '0000 was a leap year in the proleptic Gregorian calendar; 1900 was not');
  assert.equal(isValidDayNumber(0, 2, 29), true);
  assert.equal(isoDate(4, 2, 29), '0004-02-29');
  assert.deepEqual(addDays({ year: 0, month: 1, day: 1 }, 1), { year: 0, month: 1, day: 2 });
  assert.deepEqual(addDays({ year: 99, month: 12, day: 31 }, 1), { year: 100, month: 1, day: 1 });
  assert.equal(dayNumber({ year: 1, month: 1, day: 1 }) - dayNumber({ year: 0, month: 12, day: 31 }), 1);
});

test('relative dates near 0000 and 9999 stay in the calendar or have no value', () => {
  const value = (text: string, published: string) => analyze(`Headline\n\n${text}\n`, { published }).dates.map((date) => date.value);
  assert.deepEqual(value('He said it would happen tomorrow.', '0000-01-01'), ['0000-01-02']);
  assert.deepEqual(value('It happened ten years ago.', '0000-01-01'), [null]);
  assert.deepEqual(value('It will happen next month.', '9999-12-31'), [null]);
  assert.deepEqual(value('It will happen next month.', '9999-11-30'), ['9999-12']);
});

test('a published value is a real YYYY, YYYY-MM or YYYY-MM-DD, else null', () => {
  assert.equal(validIsoDate('2025-02-28'), '2025-02-28');
  assert.equal(validIsoDate('2024-02-29'), '2024-02-29');
  assert.equal(validIsoDate('2025-02'), '2025-02');
  assert.equal(validIsoDate('2025'), '2025');
  for (const bad of ['yesterday', '2025-02-30', '2025-13', '25-01-01', '2025-1-1', '']) assert.equal(validIsoDate(bad), null, bad);
});

test('analyze takes a given published date only when it is a real date', () => {
  for (const published of ['yesterday', '2025-02-30', '99999-01-01', '2025-02-28junk']) {
    const record = analyze('Headline\n\nHe spoke on Sunday.\n', { published });
    assert.deepEqual([record.published, record.publishedFrom], [null, null], published);
  }
  assert.equal(analyze('Headline\n\nHe spoke on Sunday.\n', { published: '2025-02-28' }).published, '2025-02-28');
});
