import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytesFreedAfterReading } from './freedMemory';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { readOutlet } from '../../src/core/header/outlet';
import { parseFullDateOnPage } from '../../src/core/header/dateline';
import { readMetadata } from '../../src/core/metadata';
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

test('published: the update\'s and the publication\'s labels in Portuguese, French and German', () => {
  assert.equal(read([...MENU, HEADLINE, '', 'Por Ana Souza', 'Atualizado em 20/11/2019 | Publicado em 19/11/2019', '', ...BRIDGE_STORY]).published, '2019-11-19');
  assert.equal(read([...MENU, HEADLINE, '', 'Mis à jour le 20 novembre 2019', 'Publié le 19 novembre 2019', '', ...BRIDGE_STORY]).published, '2019-11-19');
  assert.equal(read([...MENU, HEADLINE, '', 'Aktualisiert: 20.11.2019', 'Veröffentlicht: 19.11.2019', '', ...BRIDGE_STORY]).published, '2019-11-19');
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

test('outlet: a title line of three parts names the site at its end ("Headline - Section - Site")', () => {
  assert.equal(siteOfTitleLine([`${HEADLINE} - Local News - Coast Weekly`, HEADLINE], HEADLINE), 'Coast Weekly');
  // A headline that is itself a "Kicker - Headline" line names no site.
  assert.equal(siteOfTitleLine(['Exclusive - Harbour bridge to reopen in three years'], 'Exclusive - Harbour bridge to reopen in three years'), null);
});

test('outlet: a service named after the site ("Sign up for the X newsletter", "X by Email") names the site', () => {
  assert.equal(outlet([...MENU, HEADLINE, ...BRIDGE_STORY, 'Sign up for the Coast Weekly newsletter']), 'Coast Weekly');
  assert.equal(outlet([...MENU, HEADLINE, ...BRIDGE_STORY, 'Subscribe to CoastPost by Email']), 'CoastPost');
});

test('outlet: a rights line without its mark ("X. All rights reserved.", "2019 X LLC All Rights Reserved") names its holder', () => {
  assert.equal(outlet([...MENU, HEADLINE, ...BRIDGE_STORY, 'About us', 'Coast Weekly. All rights reserved.']), 'Coast Weekly');
  assert.equal(outlet([...MENU, HEADLINE, ...BRIDGE_STORY, 'About us', '2019 Coast Weekly LLC™ All Rights Reserved']), 'Coast Weekly');
});

test('published: the dateline opening the first paragraph ("CITY — Nov. 19, 2019 — …") dates a page with no stamp', () => {
  const story = [`HARBOUR CITY — Nov. 19, 2019 — ${BRIDGE_STORY[0]}`, ...BRIDGE_STORY.slice(1)];
  assert.equal(read([...MENU, HEADLINE, '', 'By Ann Lee', '', ...story]).published, '2019-11-19');
  const agency = [`HARBOUR CITY, Nov. 19, 2019 (Reuters) - ${BRIDGE_STORY[0]}`, ...BRIDGE_STORY.slice(1)];
  assert.equal(read([...MENU, HEADLINE, '', ...agency]).published, '2019-11-19');
});

test('published: a numeric stamp whose day and month could be either is read in the order the page writes its dates', () => {
  const stamp = ['Ann Lee', '05/11/2019 10:00'];
  const dayFirstPage = [...MENU, HEADLINE, '', ...stamp, '', ...BRIDGE_STORY, '', 'More stories', 'Bridge tolls to rise 27/09/2019'];
  assert.equal(read(dayFirstPage).published, '2019-11-05');
  const portuguesePage = [...MENU, HEADLINE, '', ...stamp, '', ...BRIDGE_STORY, '', 'Atualizado em 6 de novembro de 2019'];
  assert.equal(read(portuguesePage).published, '2019-11-05');
  // Without such dates, month first, as US pages write.
  assert.equal(read([...MENU, HEADLINE, '', ...stamp, '', ...BRIDGE_STORY]).published, '2019-05-11');
  assert.equal(parseFullDateOnPage('05/11/2019', 'Nov 5, 2019 and 10/30/2019'), '2019-05-11');
});

test('outlet: "X is published by Y" names the site X, not its publisher', () => {
  assert.equal(outlet([...MENU, HEADLINE, ...BRIDGE_STORY, 'Coast Weekly is published by Tidewater Media Group']), 'Coast Weekly');
});

test('outlet: a copyright line with a separator after its years ("© 2019 - X - All rights reserved") names X', () => {
  assert.equal(outlet([...MENU, HEADLINE, ...BRIDGE_STORY, '© 2019 - Coast Weekly - All rights reserved']), 'Coast Weekly');
});

test('headline: a heading of a part of the page ("About the author", "Show transcript") is no headline', () => {
  const bio = 'Ann is an author and writer about the harbour, and her latest book is about bridges.';
  const page = [...MENU, 'The madness of net scare stories', '', 'Ann Lee', '', 'About the author', '', bio, '', ...BRIDGE_STORY];
  assert.equal(read(page).title, 'The madness of net scare stories');
});

test('byline: the site\'s newsroom signing the story ("By Coast Weekly Staff") names the outlet and no author', () => {
  const header = read([...MENU, HEADLINE, '', 'By Coast Weekly Staff', 'Nov 19, 2019', '', ...BRIDGE_STORY, '', 'Contact Coast Weekly']);
  assert.equal(header.outlet, 'Coast Weekly');
  assert.deepEqual(header.authors, []);
  assert.deepEqual(readMetadata(toSeedDocument(['By Coast Weekly Staff', ...BRIDGE_STORY].join('\n'))).authors, []);
  // One word in lower case is a desk, not a site: "By Web Staff" names none.
  assert.equal(outlet([...MENU, HEADLINE, 'By Web Staff', ...BRIDGE_STORY]), null);
});

test('title line: a kept reading of a title line does not keep its document alive (a site\'s name sliced from the text refers to the whole of it)', () => {
  // The document is 12 MB of text; its title line is read twice, as an edited page's, and kept.
  const freed = bytesFreedAfterReading(
    () => `${HEADLINE} | Coast Weekly Review\n${'The council voted on Monday to build the bridge.\n'.repeat(250_000)}`,
    (text) => {
      for (let time = 0; time < 2; time++) siteOfTitleLine(toSeedDocument(text).lines.map((line) => line.text), HEADLINE);
    },
  );
  assert.ok(freed > 8_000_000, `freed ${freed} bytes`);
});
