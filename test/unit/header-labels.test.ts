import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { BRIDGE_STORY } from './storyTexts';

const read = (lines: string[]) => readHeader(toSeedDocument(lines.join('\n')), () => false);
const MENU = ['Home', 'News', 'Sport', 'Business', ''];
const HEADLINE = 'Harbour bridge to reopen in three years';

test('byline without "By": a place before the stamp is where the story was filed, no author', () => {
  assert.deepEqual(read([...MENU, HEADLINE, '', 'San Diego, Harbour News Bureau | Updated : 19 November 2019, 09:01 AM', '', ...BRIDGE_STORY]).authors, []);
  // A person's name there signs the story.
  assert.deepEqual(read([...MENU, HEADLINE, '', 'Ann Lee, Harbour News Bureau | Updated : 19 November 2019, 09:01 AM', '', ...BRIDGE_STORY]).authors, ['Ann Lee']);
});

test('byline: a header printed twice signs one copy with "By"; that line names the author, not the section label beside the stamp', () => {
  const HEADER = ['MARKETS', 'Updated Nov 19, 2019', '', HEADLINE, ''];
  const REPRINT_BOX = ['This copy is for your personal, non-commercial use only. To order copies for distribution to your colleagues use the link.', '', 'Order a reprint of this article now and see a sample reprint in PDF format for your own records.', ''];
  const header = read([...MENU, 'Reprints', '', ...HEADER, 'Article', 'Comments', '', ...REPRINT_BOX, ...HEADER, 'BY ANN LEE', '', ...BRIDGE_STORY]);
  assert.deepEqual(header.authors, ['ANN LEE']);
  assert.equal(header.title, HEADLINE);
});

test('headline: a section\'s label in a few words over the stamp is no headline; the title-case line under the stamp is', () => {
  const header = read([...MENU, 'HARBOUR NEWS', 'Updated Nov 19, 2019, 7:10 p.m. ET', '', 'Harbour Bridge Will Reopen In Three Years, Council Says', '', 'Article', 'Video', 'Comments', '', 'By ANN LEE', '', ...BRIDGE_STORY]);
  assert.equal(header.title, 'Harbour Bridge Will Reopen In Three Years, Council Says');
});
