import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { toSeedDocument } from '../../src/core/document';
import { bylineAuthors, leadingName } from '../../src/core/header/byline';
import { parseFullDate } from '../../src/core/header/dateline';
import { readHeader } from '../../src/core/header';
import { copyrightHolder } from '../../src/core/header/outlet';
import { BRIDGE_STORY } from './storyTexts';

const header = (lines: string[]) => readHeader(toSeedDocument([...lines, ...BRIDGE_STORY].join('\n')), () => false);

test('headline: the title-like line over the byline, not a menu, a skip link or a reading-time label', () => {
  const page = header(['Skip to main content', 'News', 'Sport', 'Harbour bridge plan unveiled by the council', '', 'By Ann Lee - Nov 19, 2019, 10:31 pm CST', 'Reading time: 2 minutes', '']);
  assert.equal(page.title, 'Harbour bridge plan unveiled by the council');
});

test('headline: a standfirst sentence and a photo caption below the headline are not it', () => {
  const page = header(['Harbour bridge plan unveiled', '', 'The council wants the old harbour bridge rebuilt before the next winter storms.', '(Ann Lee / Associated Press)', 'By Ann Lee', 'Nov. 19, 2019', '']);
  assert.equal(page.title, 'Harbour bridge plan unveiled');
});

test('headline: a photo caption closed by its credit "(UPI/Bo Park)" is not it', () => {
  const page = header(['News', 'Storm-hit crossing to be rebuilt soon', '', 'Crowds on the harbour bridge. (UPI/Bo Park)', '']);
  assert.equal(page.title, 'Storm-hit crossing to be rebuilt soon');
});

test('headline: a deck opening with "But" goes on from the headline above it and is not it', () => {
  const page = header(['Storm-hit crossing to be rebuilt soon', '', 'But will the bridge reopen in time?', 'By Ann Lee', 'Nov 19, 2019', '']);
  assert.equal(page.title, 'Storm-hit crossing to be rebuilt soon');
});

test('headline: a kicker right over a longer title-case headline is not it', () => {
  const page = header(['The Harbour Bridge Council', 'Storm-Hit Crossing To Be Rebuilt Within Two Years', 'By Ann Lee', 'Nov 19, 2019', '']);
  assert.equal(page.title, 'Storm-Hit Crossing To Be Rebuilt Within Two Years');
});

test('headline: a related teaser cut short is not the headline', () => {
  const page = header(['Harbour bridge plan unveiled by the council', 'Another story about the harbour bridge and..', 'Published 2019-11-19T12:48:14Z', '']);
  assert.equal(page.title, 'Harbour bridge plan unveiled by the council');
});

test('dateline: ISO stamps, month names, weekday forms, numeric dates; model numbers are no dates', () => {
  assert.equal(parseFullDate('By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z'), '2019-11-19');
  assert.equal(parseFullDate('Chris Davies - Nov 19, 2019, 10:31 pm CST'), '2019-11-19');
  assert.equal(parseFullDate('Wednesday 20 November 2019'), '2019-11-20');
  assert.equal(parseFullDate('By Tess Bonn - 11/19/19 06:56 AM EST'), '2019-11-19');
  assert.equal(parseFullDate('Carlos Nadalim 27/09/2018 Comente!'), '2018-09-27');
  assert.equal(parseFullDate('18 NOV 2019'), '2019-11-18');
  assert.equal(parseFullDate('GTX 1660 with 6 GB'), null);
});

test('published: the byline stamp under the headline, not the page-top date of today', () => {
  const page = header(['Friday, December 6, 2019', 'Menu', 'Home', 'News', 'Sport', 'Weather', 'Harbour bridge plan unveiled by the council', 'Updated: Nov 19, 2019, 10:31 pm', '']);
  assert.equal(page.published, '2019-11-19');
});

test('authors: whole names, never the date after them nor a glued job title', () => {
  assert.deepEqual(bylineAuthors('By Joseph Tsidulko November 19, 2019', false, true), ['Joseph Tsidulko']);
  assert.deepEqual(bylineAuthors('By Andrew C. McCarthy', false, false), ['Andrew C. McCarthy']);
  assert.deepEqual(bylineAuthors('By Meg JamesStaff Writer', false, false), ['Meg James']);
  assert.deepEqual(bylineAuthors('Chris Davies - Nov 19, 2019, 10:31 pm CST', false, true), ['Chris Davies']);
  assert.deepEqual(bylineAuthors('Meg Kinnard and Errin Haines, Associated Press', true, false), ['Meg Kinnard', 'Errin Haines']);
  assert.equal(bylineAuthors('Police said on Monday', true, false), null);
  assert.equal(leadingName('Staff Reports'), null);
});

test('authors: the byline of the article, not of a related story further down', () => {
  const page = header(['Harbour bridge plan unveiled by the council', 'By Ann Lee | November 18, 2019', '']);
  assert.deepEqual(page.authors, ['Ann Lee']);
  const related = analyze(['Harbour bridge plan unveiled by the council', 'By Ann Lee | November 18, 2019', ...BRIDGE_STORY, '', 'More stories', 'Other news of the week in the city', 'By John Doe | November 12, 2019'].join('\n'));
  assert.deepEqual(related.authors, ['Ann Lee']);
});

test('outlet: the copyright holder without years, legal tail or rights notice', () => {
  assert.equal(copyrightHolder('© 2005-2019 Harbour Gazette, All Rights Reserved.'), 'Harbour Gazette');
  assert.equal(copyrightHolder('Copyright © 2019, The Daily Bell | Terms of Service'), 'The Daily Bell');
  assert.equal(copyrightHolder('(Image: © NASA/ESA)'), null);
  const page = header(['Follow Harbour Gazette', 'Search Harbour Gazette', 'Harbour bridge plan unveiled by the council', '']);
  assert.equal(page.outlet, 'Harbour Gazette');
  const domain = readHeader(toSeedDocument([...BRIDGE_STORY, '© 2019 Harbourgazette.com Ltd. All rights reserved.'].join('\n')), () => false);
  assert.equal(domain.outlet, 'Harbourgazette.com');
});

test('outlet: a site credited after the time stamp in the dateline', () => {
  const page = header(['Harbour bridge plan unveiled by the council', 'November 20, 2019 / 1:07 AM / Harbour Post', '', 'More from Harbour Post']);
  assert.equal(page.outlet, 'Harbour Post');
});

test('header lines are cut out of boilerplate regions: no quick fix deletes the headline or byline', () => {
  const menu = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather', 'Travel'];
  const text = [...menu, 'Harbour bridge plan unveiled by the council', 'By Ann Lee | November 18, 2019', '', ...BRIDGE_STORY].join('\n');
  const facts = analyze(text);
  const flagged = new Set<number>();
  for (const region of facts.boilerplate) for (let line = region.startLine; line <= region.endLine; line++) flagged.add(line);
  assert.equal(facts.title, 'Harbour bridge plan unveiled by the council');
  assert.ok(!flagged.has(menu.length + 1) && !flagged.has(menu.length + 2), 'headline and byline are the article\'s');
});

test('releaseLines splits a region around a header line and drops blank-only pieces', async () => {
  const { releaseLines } = await import('../../src/core/header/release');
  const document = toSeedDocument('Home\nNews\nHeadline here\n\nSport\n');
  const lines = document.lines;
  const region = { start: 0, end: lines[4]!.end, startLine: 1, endLine: 5, kind: 'navigation', confidence: 0.6, certain: false };
  const pieces = releaseLines(document, [region], [3]);
  assert.deepEqual(pieces.map((piece) => [piece.startLine, piece.endLine]), [[1, 2], [5, 5]]);
  // An uncertain region's pieces stay uncertain, so "Remove all boilerplate" still keeps them.
  assert.deepEqual(pieces.map((piece) => [piece.kind, piece.confidence, piece.certain]), [['navigation', 0.6, false], ['navigation', 0.6, false]]);
  assert.equal(pieces[0]!.end, lines[1]!.end);
});

test('seeds: 000 and 002 header facts, article names only, inferred May 8', async () => {
  const { SEED_000, SEED_002 } = await import('./fixtures');
  const first = analyze(SEED_000);
  assert.deepEqual([first.published, first.source, first.outlet], ['2025-08-29', 'PTI', 'FPJ']);
  assert.equal(first.title, "Russia Values 'Special Strategic Partnership' With China Ahead Of Putin’s Visit At SCO Summit");
  const people = new Set(first.names.filter((mention) => mention.type === 'person' && !mention.boilerplate).map((mention) => mention.canonical));
  for (const person of ['Vladimir Putin', 'Dmitry Peskov']) assert.ok(people.has(person), person);
  for (const related of ['JD Vance', 'Giorgia Meloni', 'Awara Kutto Se Darna']) assert.ok(!people.has(related), related);
  const second = analyze(SEED_002);
  assert.deepEqual([second.title, second.outlet, second.authors], ['Putin and Xi Strengthen Moscow-Beijing Ties Amid Victory Anniversary', 'Orda.kz', ['Ruslan Loginov']]);
  const may = second.dates.find((date) => date.text === 'May 8');
  assert.deepEqual([may?.value, may?.inferred], ['2025-05-08', true]);
  const tenYears = second.dates.find((date) => date.text === 'Ten years ago');
  assert.deepEqual([tenYears?.value, tenYears?.inferred], ['2015', true]);
});

test('bylines: a photo credit is no byline, handles and a trailing desk or outlet are dropped', () => {
  assert.equal(bylineAuthors('Photo by Ann Lee/Getty Images', false, false), null);
  assert.deepEqual(bylineAuthors('By Ann Lee@harbourgazette Nov 18, 2019', false, true), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('Ann Lee, Harbour Gazette', true, false), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('Ann Lee, Ap National Political Writer', true, false), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('By Ann Lee 2019-11-18T20:51:19Z Science & Astronomy', false, true), ['Ann Lee']);
});

test('headline: breadcrumbs and media captions are furniture; a title-case headline is not prose', () => {
  const page = header(['News > World > Europe', 'Media captionWho is the mayor of the harbour town?', 'Harbour Bridge Plan Unveiled As Council Votes To Rebuild The Old Crossing Before Winter Storms Hit The Coast Again This Year', 'By Ann Lee', '']);
  assert.equal(page.title, 'Harbour Bridge Plan Unveiled As Council Votes To Rebuild The Old Crossing Before Winter Storms Hit The Coast Again This Year');
});

test('published: the stamp under a standfirst paragraph; the dated copy of a repeated headline', () => {
  const standfirst = header(['Harbour bridge plan unveiled', 'The council wants the harbour bridge rebuilt before the next winter storms hit the coast.', 'By Ann Lee', 'PUBLISHED: 00:01, Tue, Nov 19, 2019', '']);
  assert.deepEqual([standfirst.published, standfirst.authors], ['2019-11-19', ['Ann Lee']]);
});

test('outlet: a site named by its logo lines and its copyright beats a parent company or the author', () => {
  const lines = ['Follow Harbour Gazette', 'Harbour bridge plan unveiled by the council', 'By Ann Lee', 'Nov 19, 2019', '', ...BRIDGE_STORY, 'More from Ann Lee', 'Tips: news@harbourgazette.com or www.harbourgazette.com', '© 2019 Coastal Newspapers Company. All rights reserved.'];
  assert.equal(readHeader(toSeedDocument(lines.join('\n')), () => false).outlet, 'Harbour Gazette');
});
