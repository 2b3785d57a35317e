import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { isTitleLike } from '../../src/core/header/title';
import { parseFullDate } from '../../src/core/header/dateline';
import { fullForm } from '../../src/core/header/shortForm';
import { titleLineHeadlines, withoutSiteName } from '../../src/core/header/titleCopy';
import { BRIDGE_STORY } from './storyTexts';

const read = (lines: string[]) => readHeader(toSeedDocument(lines.join('\n')), () => false);

test('headline: a short headline written as a sentence heads the story; a long opening sentence is no headline', () => {
  assert.equal(read(['Menu', 'Harbour bridge to close for a whole year; is the city ready for it?', '', ...BRIDGE_STORY]).title, 'Harbour bridge to close for a whole year; is the city ready for it?');
  assert.equal(read(['Menu', '', ...BRIDGE_STORY]).title, null);
});

test('outlet: a copyright holder in its legal form ("Pty Ltd") is the site itself, not a parent group', () => {
  const page = read(['Menu', 'Sections', ...BRIDGE_STORY, 'Follow Coast Weekly', 'Coast Weekly', '© 2019 Harbour Gazette Pty Ltd. All rights reserved.']);
  assert.equal(page.outlet, 'Harbour Gazette');
});

test('outlet: a line that is only a domain is the logo; a domain inside a link address names another site', () => {
  const page = read(['Harbourgazette.com', ...BRIDGE_STORY, 'Shop at https://www.toyshop.com today', 'Visit https://www.toyshop.com', '© 2019 Coastal Media Group']);
  assert.equal(page.outlet, 'Harbourgazette.com');
  assert.equal(read([...BRIDGE_STORY, 'Toys from https://www.toyshop.com']).outlet, null);
});

test('outlet: the first logo line among sister-site links chooses between candidates', () => {
  const lines = ['HarbourSports.com', 'HarbourGolf.com', 'Menu', ...BRIDGE_STORY, 'Harbourgolf.com', 'Harbourgolf.com'];
  assert.equal(read(lines).outlet, 'HarbourSports.com');
});

test('outlet: a short form is written in full when the page prints the full name', () => {
  assert.equal(fullForm('L.A. Times', 'Copyright © 2019, Los Angeles Times | Terms'), 'Los Angeles Times');
  assert.equal(fullForm('CT Post', 'Contact CT Post\nConnecticut Post'), 'Connecticut Post');
  assert.equal(fullForm('NY Post', 'Contact NY Post'), 'NY Post');
  assert.equal(fullForm('Harbour Post', 'Harbour Post'), 'Harbour Post');
});

test('outlet: the site credited in the dateline, after a "Source:" label or as a brand before the date', () => {
  const labelled = read(['Harbour bridge plan unveiled by the council', 'Last Updated : Nov 20, 2019 01:41 PM | Source: Harbourgazette.com', '', ...BRIDGE_STORY, 'Read more on Harbourgazette.com', '© 2019 Coastal Holdings Ltd']);
  assert.equal(labelled.outlet, 'Harbourgazette.com');
  const brand = read(['Harbour bridge plan unveiled by the council', '', 'HarbourPost October 06, 2018', ...BRIDGE_STORY]);
  assert.equal(brand.outlet, 'HarbourPost');
});

test('dateline: a day, month name and year on Portuguese, Spanish, French and German pages', () => {
  assert.equal(parseFullDate('sexta-feira, 22 de outubro de 2010 às 20:13'), '2010-10-22');
  assert.equal(parseFullDate('Publicado el 5 de mayo de 2019'), '2019-05-05');
  assert.equal(parseFullDate('Mis à jour le 1er août 2018'), '2018-08-01');
  assert.equal(parseFullDate('20. Dezember 2019'), '2019-12-20');
  assert.equal(parseFullDate('22 de outubros de 2010'), null);
  const page = read(['Ponte do porto será reconstruída', 'sexta-feira, 22 de outubro de 2010 às 20:13', '', ...BRIDGE_STORY]);
  assert.equal(page.published, '2010-10-22');
});

test('dateline: a day, month name and year on Russian, Polish, Dutch, Indonesian and Turkish pages; Korean dotted dates', () => {
  assert.equal(parseFullDate('19 ноября 2019, 10:31'), '2019-11-19');
  assert.equal(parseFullDate('wtorek, 19 listopada 2019'), '2019-11-19');
  assert.equal(parseFullDate('19 maart 2019'), '2019-03-19');
  assert.equal(parseFullDate('Selasa, 19 Agustus 2019 10:31 WIB'), '2019-08-19');
  assert.equal(parseFullDate('19 Kasım 2019 Salı'), '2019-11-19');
  assert.equal(parseFullDate('입력 2019. 11. 19. 10:31'), '2019-11-19');
  assert.equal(parseFullDate('19 maart'), null);
});

test('byline: a whole name signed with its social handle, under a standfirst and with no stamp', () => {
  const page = read(['Harbour bridge plan unveiled by the council', 'The council wants the harbour bridge rebuilt before the next winter storms hit the coast.', 'Ann Lee @annlee_news', '', ...BRIDGE_STORY]);
  assert.deepEqual(page.authors, ['Ann Lee']);
  assert.deepEqual(read(['Harbour bridge plan unveiled by the council', 'Follow the council @harbourcouncil', '', ...BRIDGE_STORY]).authors, []);
});

test('headline: share buttons, section links with an arrow and counters are no headline', () => {
  for (const furniture of ['Tweet this', 'more in Business | Find New Stories »', 'Responses (0)', 'Enlarge This Image', 'Advertise | AdChoices', 'The Numbers Guy HOME PAGE']) assert.equal(isTitleLike(furniture), false, furniture);
  assert.equal(isTitleLike('Council responses to the bridge closure anger residents'), true);
});

test('headline: a share or sign-up word marks a short line as furniture, not a headline that names it', () => {
  for (const furniture of ['Share on Facebook', 'Subscribe to our evening newsletter', 'Email this story to a friend']) assert.equal(isTitleLike(furniture), false, furniture);
  for (const link of ['Next story in Harbour News Ferry fares rise again', 'Previous Post Council meets on Tuesday', 'Illustration by Ann Lee/Harbour Gazette', 'Jump to story headline']) assert.equal(isTitleLike(link), false, link);
  for (const headline of ['Harbour council moves its bridge consultation from Facebook to the town hall', 'Ferry operator apologises after email outage strands hundreds of passengers']) {
    assert.equal(isTitleLike(headline), true, headline);
  }
  const page = read(['Share on Facebook', 'Harbour council moves its bridge consultation from Facebook to the town hall', 'By Ann Lee | November 18, 2019', '', ...BRIDGE_STORY]);
  assert.equal(page.title, 'Harbour council moves its bridge consultation from Facebook to the town hall');
});

test('release: only header lines the page marks as such leave boilerplate', () => {
  assert.deepEqual(read(['Harbour bridge plan unveiled by the council', '', ...BRIDGE_STORY]).lines, []);
  assert.deepEqual(read(['Harbour bridge plan unveiled by the council', 'By Ann Lee | November 18, 2019', '', ...BRIDGE_STORY]).lines, [1, 2]);
  const nameBesideStamp = read(['Harbour bridge plan unveiled by the council', 'Ann Lee', 'November 18, 2019', '', ...BRIDGE_STORY]);
  assert.deepEqual([nameBesideStamp.authors, nameBesideStamp.lines], [['Ann Lee'], [1, 3]]);
});

const DATED_STORY = ['Harbour bridge to reopen after three years of repairs', '', 'By Ann Lee', '', 'The council says the deck is safe', '', 'November 20, 2019 12:32'];
const RELATED = ['MORE STORIES', 'Ferry timetable changes for the winter season', '', 'May 15, 2017', 'NEWS', 'Coastal road closed after the spring storm', '', 'January 22, 2018', 'NEWS', 'New tram line opens to the airport', '', 'October 19, 2018'];

test('headline: a dated related-stories list between the header and the story neither wins nor pushes the headline out of reach', () => {
  const page = read(['Menu', ...DATED_STORY, ...RELATED, ...RELATED, '', ...BRIDGE_STORY]);
  assert.equal(page.title, 'Harbour bridge to reopen after three years of repairs');
  assert.equal(page.published, '2019-11-20');
});

test('headline: the line under an "Author:" label is a name, not the headline', () => {
  const page = read(['Menu', 'Good news for commuters at last', '', 'Author:', 'Coast Desk', 'Publish date:', 'Nov 18, 2019', '', ...BRIDGE_STORY]);
  assert.equal(page.title, 'Good news for commuters at last');
});

test('headline: a copy with the site name (the page title line) confirms a headline, and the site name is cut off', () => {
  const lines = ['Council plans a new harbour bridge for the city | Coast Weekly', 'Menu', 'Council plans a new harbour bridge for the city', 'Harbour bridge works start next year', 'Work plan', ...BRIDGE_STORY, '© 2019 Coast Weekly'];
  assert.equal(read(lines).title, 'Council plans a new harbour bridge for the city');
  assert.equal(withoutSiteName('Council plans a new bridge - Coast Weekly', 'Coast Weekly'), 'Council plans a new bridge');
  assert.equal(withoutSiteName('Coast Weekly | Council plans a new bridge', 'Coast Weekly'), 'Council plans a new bridge');
  assert.equal(withoutSiteName('Bridge plans - a city divided', 'Coast Weekly'), 'Bridge plans - a city divided');
});

test('headline: a menu line of two short links is no title line', () => {
  assert.deepEqual([...titleLineHeadlines(['Log In | Join Coast Weekly', 'Home | News | Sport | Weather'])], []);
  assert.deepEqual([...titleLineHeadlines(['Council plans a new bridge | Coast Weekly'])], ['council plans a new bridge']);
  // Every separator the split knows passes the quick test: spaced dashes and dots, and a pipe without spaces.
  const separated = ['Council plans a new bridge - Coast Weekly', 'Council plans a new bridge – Coast Weekly', 'Council plans a new bridge — Coast Weekly',
    'Council plans a new bridge · Coast Weekly', 'Council plans a new bridge|Coast Weekly', 'Council plans a new bridge\t-\tCoast Weekly'];
  for (const line of separated) assert.deepEqual([...titleLineHeadlines([line])], ['council plans a new bridge'], line);
  assert.deepEqual([...titleLineHeadlines(['Council plans a well-known bridge-Coast Weekly'])], []);
});

test('headline: a short name right above the date signs the story; the headline above it wins, a short headline alone stays', () => {
  const signed = read(['Menu', 'Good news for commuters at last', '', 'Image 1 of 4', 'Photo: harbour archive', '', 'Coast Desk', '', 'Nov 18, 2019', '', ...BRIDGE_STORY]);
  assert.equal(signed.title, 'Good news for commuters at last');
  assert.equal(read(['Menu', 'Bridge Works', '', 'Nov 18, 2019', '', ...BRIDGE_STORY]).title, 'Bridge Works');
});

test('headline: a sentence-case standfirst under its shorter headline is not the headline; a title-case headline under a label is', () => {
  const standfirst = 'Residents have waited for the harbour bridge since the storm damaged its deck in spring';
  const withStandfirst = read(['Harbour bridge rebuild plan unveiled by council', '', standfirst, '', 'By Ann Lee | November 18, 2019', '', ...BRIDGE_STORY]);
  assert.equal(withStandfirst.title, 'Harbour bridge rebuild plan unveiled by council');
  const underLabel = read(['Ann Lee Most Recent Stories', 'Harbour Council Unveils Its Plan To Rebuild The Bridge Within Three Years', 'By Ann Lee | November 18, 2019', '', ...BRIDGE_STORY]);
  assert.equal(underLabel.title, 'Harbour Council Unveils Its Plan To Rebuild The Bridge Within Three Years');
  const underBreadcrumb = read(['Harbour News / City Council Affairs', 'Council wants the harbour bridge rebuilt within three years, at a cost the city has yet to say', 'By Ann Lee | November 18, 2019', '', ...BRIDGE_STORY]);
  assert.equal(underBreadcrumb.title, 'Council wants the harbour bridge rebuilt within three years, at a cost the city has yet to say');
});
