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

test('published: a photo caption dated in its sentence gives way to the badge by the headline', () => {
  const caption = 'The mayor waves after speaking at a campaign event at the harbour hall in Coast City, on July 23, 2012.';
  const page = ['Print', '24', 'Jul', '2012', '9:12am, EDT', '', HEADLINE, '', 'By Ann Lee', '', caption, '', ...BRIDGE_STORY];
  assert.equal(read(page).published, '2012-07-24');
  // A stamp line of its own still dates the page over the badge.
  assert.equal(read(['Print', '24', 'Jul', '2012', HEADLINE, 'Updated July 23, 2012', caption, ...BRIDGE_STORY]).published, '2012-07-23');
});
