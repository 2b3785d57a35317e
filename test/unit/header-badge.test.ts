import assert from 'node:assert/strict';
import test from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { BRIDGE_STORY } from './storyTexts';

const read = (lines: string[]) => readHeader(toSeedDocument(lines.join('\n')), () => false);
const HEADLINE = 'Harbour bridge to reopen after three years of work';

test('published: a date badge, its day, month and year on lines of their own by the headline', () => {
  assert.equal(read(['Print', '24', '', 'Jul', '', '2012', '9:49am, EDT', '', HEADLINE, ...BRIDGE_STORY]).published, '2012-07-24');
  assert.equal(read([HEADLINE, 'Nov', '18th', '2019', ...BRIDGE_STORY]).published, '2019-11-18');
});

test('published: a calendar widget or a column of numbers is no badge', () => {
  const calendar = ['Jul', '2012', ...Array.from({ length: 9 }, (_, day) => String(day + 20))];
  assert.equal(read([HEADLINE, ...calendar, ...BRIDGE_STORY]).published, null);
  assert.equal(read([HEADLINE, '22', '23', '24', 'Jul', '2012', ...BRIDGE_STORY]).published, null);
  assert.equal(read([HEADLINE, '24', '12', '2012', ...BRIDGE_STORY]).published, null);
});
