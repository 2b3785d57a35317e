import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceFromPublication, weekdayOf } from '../../src/extension/describeDate';

test('weekday of a day-precise date only', () => {
  assert.equal(weekdayOf('2025-08-29'), 'Friday');
  assert.equal(weekdayOf('2025-08'), null);
  assert.equal(weekdayOf('2025'), null);
});

test('distance from publication in days, months or years by the precision of the date', () => {
  assert.equal(distanceFromPublication('2025-08-31', '2025-08-29'), '2 days after publication');
  assert.equal(distanceFromPublication('2025-08-28', '2025-08-29'), '1 day before publication');
  assert.equal(distanceFromPublication('2025-08-29', '2025-08-29'), 'the publication day');
  assert.equal(distanceFromPublication('2025-05', '2025-08-29'), '3 months before publication');
  assert.equal(distanceFromPublication('2015', '2025-08-29'), '10 years before publication');
  assert.equal(distanceFromPublication('2025-08-31', null), null);
  assert.equal(distanceFromPublication('not a date', '2025-08-29'), null);
});
