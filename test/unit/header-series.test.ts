import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { readOutlet } from '../../src/core/header/outlet';
import { spelledOut } from '../../src/core/header/shortForm';

const read = (lines: string[]) => readHeader(toSeedDocument(lines.join('\n')), () => false);
const outlet = (lines: string[]) => readOutlet(toSeedDocument(lines.join('\n')), []);

const SERIES_PAGE = [
  'News',
  'Coast politics 2019',
  '',
  'Series: Coast politics 2019',
  '',
  'Previous | Index',
  '',
  'Harbour council splits over the new bridge as costs double',
  '',
  'The vote was close, and the harbour board says the money is not there yet for a second crossing of the river.',
  '',
  'Share',
  'Tweet this',
  'Email',
  '',
  'Ann Lee',
  'Harbour Gazette, Monday 4 November 2019 10.02 GMT',
  '',
  'The council voted on Monday to build a second bridge across the harbour, after two years of talks with the port.',
  'Its members were split, and the mayor cast the deciding vote late in the evening after a long debate.',
  'Most on the panel','',
  'Coast politics 2019',
  'Older stories in the series',
  '27 Oct 2019',
];

test('headline: a series name labelled on the page ("Series: X") is no headline; the story\'s headline is read under it', () => {
  const header = read(SERIES_PAGE);
  assert.equal(header.title, 'Harbour council splits over the new bridge as costs double');
  // The series' list at the foot of the page dates other stories: the stamp under the headline dates this one.
  assert.equal(header.published, '2019-11-04');
});

test('outlet: an app offer names the site on any platform ("X for webOS - get the app")', () => {
  assert.equal(outlet(['Harbour Gazette for webOS - get the app now!', 'Harbour bridge plan unveiled', 'The council voted on Monday.']), 'Harbour Gazette');
});

test('outlet: an abbreviation the page spells out among its names ("FP", "Foreign Policy") is named in full', () => {
  assert.equal(spelledOut('FP', ['Sign Up', 'Foreign Policy']), 'Foreign Policy');
  assert.equal(spelledOut('WSJ', ['The Wall Street Journal']), 'The Wall Street Journal');
  assert.equal(spelledOut('FP', ['Fair Play Fund']), null);
  assert.equal(spelledOut('Harbour', ['Harbour Gazette']), null);
  const page = ['Follow FP', 'Subscribe to FP', 'Harbour bridge plan unveiled', 'The council voted on Monday.', 'Follow Foreign Policy', 'Foreign Policy Magazine', 'Foreign Policy Events'];
  assert.equal(outlet(page), 'Foreign Policy');
});

test('outlet: an abbreviation the page uses more than its spelled-out legal name stays ("CNN", not "Cable News Network")', () => {
  const page = ['Follow CNN', 'CNN Politics', 'Harbour bridge plan unveiled', 'The council voted on Monday.', 'Watch CNN live', 'More from CNN', '© 2019 Cable News Network. All Rights Reserved.'];
  assert.equal(outlet(page), 'CNN');
});

test('headline: a headline printed after a label ("Column: …") names no series line, and stays the headline', () => {
  const header = read(['Opinion', '', 'Column: Why the harbour bridge matters to the whole coast', '', 'By Ann Lee', 'Nov. 19, 2019', '', 'The council voted on Monday to build a second bridge across the harbour, after two years of talks with the port.']);
  assert.equal(header.title, 'Column: Why the harbour bridge matters to the whole coast');
});

test('outlet: a network bar\'s parent company, holding the copyright, above the logo: the site is the name the page uses more', () => {
  const page = ['AOL', 'Mail', 'Harbourgadget', 'Harbour bridge plan unveiled', 'The council voted on Monday.', 'Harbourgadget for webOS - get the app now!', 'This Day on Harbourgadget', 'Trending on Harbourgadget', 'Harbourgadget Podcast', 'Harbourgadget Reviews', 'Ask Harbourgadget', 'Contact Harbourgadget', 'AOL Tech', '© 2019 AOL Inc. All rights reserved.'];
  assert.equal(outlet(page), 'Harbourgadget');
});

test('outlet: the logo first, then a list of sister sites (none holding the copyright): the logo names the site', () => {
  const page = ['Harbour Sports', 'CoastBet', 'Marina Scores', 'Shop', 'Harbour bridge plan unveiled', 'The council voted on Monday.', 'CoastBet picks', 'Follow Harbour Sports', 'Follow CoastBet'];
  assert.equal(outlet(page), 'Harbour Sports');
});
