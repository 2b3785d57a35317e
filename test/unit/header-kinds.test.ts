import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { readOutlet } from '../../src/core/header/outlet';
import { siteOfTitleLine } from '../../src/core/header/titleCopy';
import { BRIDGE_STORY } from './storyTexts';

const read = (lines: string[]) => readHeader(toSeedDocument(lines.join('\n')), () => false);
const outlet = (lines: string[]) => readOutlet(toSeedDocument(lines.join('\n')), []);
const MENU = ['Home', 'News', 'Sport', 'Business', ''];
const HEADLINE = 'Harbour bridge to reopen in three years';

test('published: the stamp of the first publication, not the update stamped above it', () => {
  assert.equal(read([...MENU, HEADLINE, '', 'By Ann Lee', 'Updated Nov 20, 2019, 9:41 AM', 'Posted Nov 19, 2019, 8:00 AM', '', ...BRIDGE_STORY]).published, '2019-11-19');
  assert.equal(read([...MENU, HEADLINE, '', 'Last updated: 20 November 2019', 'By Ann Lee', 'First published: 19 November 2019', '', ...BRIDGE_STORY]).published, '2019-11-19');
  // An update stamp alone still dates the page.
  assert.equal(read([...MENU, HEADLINE, '', 'By Ann Lee', 'Updated Nov 20, 2019, 9:41 AM', '', ...BRIDGE_STORY]).published, '2019-11-20');
});

test('published: one line stamping the update first, then the publication, gives the publication\'s date', () => {
  assert.equal(read([...MENU, HEADLINE, '', 'By Ann Lee', 'Updated: Nov 20, 2019 | Published: Nov 19, 2019', '', ...BRIDGE_STORY]).published, '2019-11-19');
});

test('outlet: the title line names the site beside the headline ("Headline | Site")', () => {
  assert.equal(siteOfTitleLine([`${HEADLINE} | Coast Weekly`, HEADLINE], HEADLINE), 'Coast Weekly');
  assert.equal(siteOfTitleLine([`Coast Weekly - ${HEADLINE}`, HEADLINE], HEADLINE), 'Coast Weekly');
  assert.equal(siteOfTitleLine([`Another story of the day | Coast Weekly`, HEADLINE], HEADLINE), null);
  const header = read([`${HEADLINE} | Coast Weekly`, ...MENU, HEADLINE, '', 'By Ann Lee', 'Nov 19, 2019', '', ...BRIDGE_STORY]);
  assert.equal(header.outlet, 'Coast Weekly');
  assert.equal(header.title, HEADLINE);
});

test('outlet: the logo\'s alternative text "X logo" names the site', () => {
  assert.equal(outlet(['Coast Weekly logo', ...MENU, HEADLINE, ...BRIDGE_STORY]), 'Coast Weekly');
});

test('outlet: "Follow all X articles", "Follow the X section" name a section of the site, not the site', () => {
  const page = ['Follow @coastweekly', ...MENU, HEADLINE, ...BRIDGE_STORY, 'Follow all Future Harbours articles.', 'Follow the Technology section.', 'All contents © 2019 The Coast Weekly Group, LLC. All rights reserved.'];
  assert.equal(outlet(page), 'The Coast Weekly Group');
});
