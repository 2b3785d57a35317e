import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { fullForm } from '../../src/core/header/shortForm';

const STORY = [
  'The council on Monday presented a plan to rebuild the harbour bridge, which has been closed to traffic since a storm damaged it.',
  '',
  'Work on the harbour bridge would start next year and take three years, the city said in a statement after the council meeting.',
  '',
  'Residents have waited for the bridge to reopen since the spring, when the storm tore away a part of its deck.',
];
const read = (lines: string[]) => readHeader(toSeedDocument(lines.join('\n')), () => false);

test('headline: a short headline written as a sentence heads the story; a long opening sentence is no headline', () => {
  assert.equal(read(['Menu', 'Harbour bridge to close for a whole year; is the city ready for it?', '', ...STORY]).title, 'Harbour bridge to close for a whole year; is the city ready for it?');
  assert.equal(read(['Menu', '', ...STORY]).title, null);
});

test('outlet: a copyright holder in its legal form ("Pty Ltd") is the site itself, not a parent group', () => {
  const page = read(['Menu', 'Sections', ...STORY, 'Follow Coast Weekly', 'Coast Weekly', '© 2019 Harbour Gazette Pty Ltd. All rights reserved.']);
  assert.equal(page.outlet, 'Harbour Gazette');
});

test('outlet: a line that is only a domain is the logo; a domain inside a link address names another site', () => {
  const page = read(['Harbourgazette.com', ...STORY, 'Shop at https://www.toyshop.com today', 'Visit https://www.toyshop.com', '© 2019 Coastal Media Group']);
  assert.equal(page.outlet, 'Harbourgazette.com');
  assert.equal(read([...STORY, 'Toys from https://www.toyshop.com']).outlet, null);
});

test('outlet: the first logo line among sister-site links chooses between candidates', () => {
  const lines = ['HarbourSports.com', 'HarbourGolf.com', 'Menu', ...STORY, 'Harbourgolf.com', 'Harbourgolf.com'];
  assert.equal(read(lines).outlet, 'HarbourSports.com');
});

test('outlet: a short form is written in full when the page prints the full name', () => {
  assert.equal(fullForm('L.A. Times', 'Copyright © 2019, Los Angeles Times | Terms'), 'Los Angeles Times');
  assert.equal(fullForm('CT Post', 'Contact CT Post\nConnecticut Post'), 'Connecticut Post');
  assert.equal(fullForm('NY Post', 'Contact NY Post'), 'NY Post');
  assert.equal(fullForm('Harbour Post', 'Harbour Post'), 'Harbour Post');
});

test('outlet: the site credited in the dateline, after a "Source:" label or as a brand before the date', () => {
  const labelled = read(['Harbour bridge plan unveiled by the council', 'Last Updated : Nov 20, 2019 01:41 PM | Source: Harbourgazette.com', '', ...STORY, 'Read more on Harbourgazette.com', '© 2019 Coastal Holdings Ltd']);
  assert.equal(labelled.outlet, 'Harbourgazette.com');
  const brand = read(['Harbour bridge plan unveiled by the council', '', 'HarbourPost October 06, 2018', ...STORY]);
  assert.equal(brand.outlet, 'HarbourPost');
});
