import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytesFreedAfterReading } from './freedMemory';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { readOutlet } from '../../src/core/header/outlet';

const outlet = (lines: string[]) => readOutlet(toSeedDocument(lines.join('\n')), []);

test('outlet: "Search All X" names X, not "All X"', () => {
  assert.equal(outlet(['Home', 'Search All HarbourGazette.com', 'Harbour bridge plan unveiled', 'The council voted on Monday.']), 'HarbourGazette.com');
});

test('outlet: "Email Newsletters" names a service, not the site', () => {
  assert.equal(outlet(['Email Newsletters and Alerts', 'Harbour bridge plan unveiled', 'The council voted on Monday.', 'Follow Harbour Gazette']), 'Harbour Gazette');
});

test('outlet: a breadcrumb\'s first crumb "X Home" names the site', () => {
  assert.equal(outlet(['Applications', 'Harbour Gazette Home / Applications / News / Harbour bridge plan unveiled', 'Harbour bridge plan unveiled', 'The council voted on Monday.']), 'Harbour Gazette');
});

test('outlet: a wire-style dateline "CITY (X) --" opening the story names the newsroom that filed it', () => {
  const page = ['Harbour bridge plan unveiled', 'Detroit (WXYZ) -- The council voted on Monday to build the new bridge across the harbour within two years.', 'Watch WXYZ live at six', '© 2019 Tidewater Broadcasting Holdings, Inc.'];
  assert.equal(outlet(page), 'WXYZ');
});

test('outlet: a news agency\'s dateline "(AP) --" names no outlet', () => {
  const page = ['Harbour bridge plan unveiled', 'WASHINGTON (AP) -- The council voted on Monday to build the new bridge across the harbour within two years.', 'More AP stories', 'Follow Harbour Gazette'];
  assert.equal(outlet(page), 'Harbour Gazette');
});

test('outlet: the site\'s handle "Follow @X" names it', () => {
  assert.equal(outlet(['Follow @HarbourGazette', 'Harbour bridge plan unveiled', 'The council voted on Monday.']), 'HarbourGazette');
});

test('outlet: the site\'s app offer "X for iPhone - get the app" names it', () => {
  assert.equal(outlet(['Harbour Gazette for iPhone - get the app now!', 'Harbour bridge plan unveiled', 'The council voted on Monday.']), 'Harbour Gazette');
});

test('outlet: the reader\'s account lines "Already registered with X?" and "Create a new X account" name the site', () => {
  assert.equal(outlet(['Harbour bridge plan unveiled', 'The council voted on Monday.', 'Already registered with Harbour Gazette? Log in!']), 'Harbour Gazette');
  assert.equal(outlet(['Harbour bridge plan unveiled', 'The council voted on Monday.', 'Create a new Harbour Gazette account']), 'Harbour Gazette');
});

test('outlet: a footer\'s row of links "About X | Contact Us | Donate" names X by its "About" link', () => {
  assert.equal(outlet(['Harbour bridge plan unveiled', 'The council voted on Monday.', 'About Harbour Gazette | Contact Us | Terms of Use | Donate']), 'Harbour Gazette');
});

test('outlet: a handle with more after it ("Follow @GazetteOpinion or #tellgazette") names no site', () => {
  assert.equal(outlet(['Follow @GazetteOpinion or #tellgazette', 'Harbour bridge plan unveiled', 'The council voted on Monday.']), null);
});

test('outlet: a line\'s cues kept from earlier pages (outletCues) count as read afresh: only the page\'s first wire dateline, the author\'s links left out', () => {
  const teaser = 'Boston (WBZ) -- The council voted on Monday to build the new bridge across the harbour within two years.';
  const story = 'Detroit (WXYZ) -- The mayor said on Tuesday that the new bridge would open to traffic within two years.';
  const first = ['Harbour bridge plan unveiled', teaser, 'Watch WBZ live at six'];
  // Read twice, so the teaser's line is kept; then a page whose own dateline comes first and the kept line after.
  assert.equal(outlet(first), 'WBZ');
  assert.equal(outlet(first), 'WBZ');
  assert.equal(outlet(['Bridge to open', story, 'Watch WXYZ live at six', teaser, 'Watch WBZ live at six', 'WBZ weather']), 'WXYZ');
  const byAuthor = ['More from Ann Lee', 'Follow Harbour Gazette', 'Harbour bridge plan unveiled', 'The council voted on Monday.'];
  for (let round = 0; round < 2; round++) assert.equal(readOutlet(toSeedDocument(byAuthor.join('\n')), [], ['Ann Lee']), 'Harbour Gazette');
});

test('outlet: the author\'s note "Ann currently works as a writer for X" names the site, as "is a writer for X" does', () => {
  const page = ['Harbour bridge plan unveiled', 'Ann Lee', 'Ann currently works as a writer for Harbour Gazette, after three years at a radio station.', 'The council voted on Monday to close the old harbour bridge.', 'Website: ferrybuilders.com'];
  assert.equal(outlet(page), 'Harbour Gazette');
});

test('outlet: a row of links "Privacy policy | More Newsletters" names no site, though its last link names a service', () => {
  assert.equal(outlet(['Harbour bridge plan unveiled', 'The council voted on Monday to close the old harbour bridge.', 'Privacy policy | More Newsletters']), null);
});

test('outlet: a line read again on another page counts by that page\'s authors (the line\'s reading is kept, the author filter is the page\'s)', () => {
  const page = ['Harbour bridge plan unveiled', 'The council voted on Monday.', 'More from Ann Lee', 'More from Ann Lee'];
  for (let time = 0; time < 3; time++) {
    assert.equal(readOutlet(toSeedDocument(page.join('\n')), [], ['Ann Lee']), null);
    assert.equal(readOutlet(toSeedDocument(page.join('\n')), []), 'Ann Lee');
  }
});

test('outlet: a line\'s kept reading does not keep its document alive (a name sliced from the text refers to the whole of it)', () => {
  // The document is 12 MB of text; its footer's link is read twice, as an edited page's, and kept.
  const freed = bytesFreedAfterReading(
    () => `${'The council voted on Monday to build the bridge.\n'.repeat(250_000)}Follow Harbour Gazette Weekly Review\n`,
    (text) => {
      for (let time = 0; time < 2; time++) readOutlet(toSeedDocument(text), []);
    },
  );
  assert.ok(freed > 8_000_000, `freed ${freed} bytes`);
});

test('outlet: a writer signing "X, Contributor" under the headline is not the site, though its links and domain name it', () => {
  const page = [
    'Harbour Gazette',
    'Coast Markets Desk',
    'CoastMarketsDesk.com',
    'Follow',
    'Investing',
    '11/01/2019 @ 3:44PM',
    'Harbour bridge plan lifts shipping stocks to a new high',
    'Coast Markets Desk, Contributor',
    'Shares of harbour shipping firms rose on Monday after the council presented its plan to rebuild the bridge.',
    'Traders said the plan would end two years of detours for the ports and their trucks on the coast road.',
    'More from Coast Markets Desk',
    'Coast Markets Desk (www.coastmarketsdesk.com) is a research website for investors.',
    '© 2019 HarbourGazette.com LLC All Rights Reserved',
  ];
  assert.equal(readHeader(toSeedDocument(page.join('\n')), () => false).outlet, 'Harbour Gazette');
});

test('outlet: "Follow X on Twitter" names X, not the network', () => {
  assert.equal(outlet(['Harbour bridge plan unveiled', 'The council voted on Monday.', 'Follow Harbour Gazette on Twitter']), 'Harbour Gazette');
});

test('outlet: a rights line with the year after the holder ("X 2019. All rights reserved.") names X', () => {
  assert.equal(outlet(['Harbour bridge plan unveiled', 'The council voted on Monday.', 'Harbour Gazette 2019. All rights reserved.']), 'Harbour Gazette');
});
