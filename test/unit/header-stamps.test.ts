import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { BRIDGE_STORY } from './storyTexts';

const header = (lines: string[]) => readHeader(toSeedDocument([...lines, ...BRIDGE_STORY].join('\n')), () => false);
const MENU = ['Article', 'Video', 'Slideshow', 'Photos', 'Comments', 'More in Local'];

test('published: a labelled stamp counts even when a menu stands between it and the headline', () => {
  const page = header(['LOCAL NEWS', 'Updated July 23, 2012, 7:10 p.m. ET', '', 'Harbour bridge plan unveiled by the council', '', ...MENU, '']);
  assert.equal(page.title, 'Harbour bridge plan unveiled by the council');
  assert.equal(page.published, '2012-07-23');
});

test('headline: the copyright line is never the headline', () => {
  const page = header(['Copyright 2012 Harbour Media Group Inc. All Rights Reserved', '', 'Harbour bridge plan unveiled by the council', '', ...MENU, '']);
  assert.equal(page.title, 'Harbour bridge plan unveiled by the council');
});

test('headline: a line of names over the dateline signs the story, it is not the headline', () => {
  const page = header(['Harbour bridge plan unveiled by council', 'The council wants the old harbour bridge rebuilt before the winter storms', '', 'Ann Lee and Bo Park', 'Harbour Gazette, Monday 29 October 2012 13.58 EDT', '']);
  assert.equal(page.title, 'Harbour bridge plan unveiled by council');
  const abroad = header(['Harbour bridge plan unveiled by council', 'The council wants the old harbour bridge rebuilt before the winter storms', '', 'Ann Lee in Rome', 'Harbour Gazette, Monday 29 October 2012 13.10 EDT', '']);
  assert.equal(abroad.title, 'Harbour bridge plan unveiled by council');
  assert.deepEqual(abroad.authors, ['Ann Lee']);
});

test('headline: a signed headline named again on the page that names a share service late is no share bar; a share bar over the byline is', () => {
  const page = header(['Home', 'Breaking News', 'Politics', 'Police replace spokesman over Facebook slurs', 'By Ann Lee, Harbour Gazette', 'August 9, 2012 · 13 Comments', '', '13 Responses to “Police replace spokesman over Facebook slurs”', '']);
  assert.equal(page.title, 'Police replace spokesman over Facebook slurs');
  const bar = header(['Harbour bridge plan unveiled by council', 'Share this story on Facebook', 'By Ann Lee', 'August 9, 2012', '']);
  assert.equal(bar.title, 'Harbour bridge plan unveiled by council');
  const profile = header(['Harbour bridge plan unveiled by council', 'View Staff Page Follow me on Twitter', 'By Ann Lee', 'August 9, 2012', '']);
  assert.equal(profile.title, 'Harbour bridge plan unveiled by council');
});

test('byline: a name with its author-page link under the headline; the section label above stays a label', () => {
  const page = header(['Local News', 'Local News', 'Harbour bridge plan unveiled by the council', 'Ann LeeView More Articles', 'The council wants the bridge rebuilt', 'Bo Park November 20, 2019 12:32', '']);
  assert.equal(page.title, 'Harbour bridge plan unveiled by the council');
  assert.deepEqual(page.authors, ['Ann Lee']);
});
