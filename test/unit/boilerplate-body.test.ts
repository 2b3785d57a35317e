import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate, readPage } from '../../src/core/boilerplate';
import { type LineModel, STAGE2_FEATURE_NAMES } from '../../src/core/boilerplate/lineModel';
import { isSignOff } from '../../src/core/boilerplate/signoff';
import { toSeedDocument } from '../../src/core/document';
import { constantModel } from './constantLineModel';
import { CLINICS_ARTICLE } from './storyTexts';

const MENU = ['Home', 'World', 'Business', 'Technology', 'Science', 'Sport', 'Opinion', 'Video'];

const ARTICLE = CLINICS_ARTICLE.slice(0, 6);

function flaggedKinds(lines: readonly string[], model?: LineModel): Map<number, string> {
  const flagged = new Map<number, string>();
  for (const region of detectBoilerplate(toSeedDocument(lines.join('\n')), { title: null, model })) {
    for (let line = region.startLine; line <= region.endLine; line++) flagged.set(line, region.kind);
  }
  return flagged;
}

function flaggedLines(lines: readonly string[], model?: LineModel): Set<number> {
  return new Set(flaggedKinds(lines, model).keys());
}

/** A line model that calls every line boilerplate: what is left is what the rules keep. */
const FLAGS_EVERYTHING: LineModel = {
  features: STAGE2_FEATURE_NAMES,
  stage1: STAGE2_FEATURE_NAMES.slice(0, STAGE2_FEATURE_NAMES.length - 4).map(() => 0),
  stage2: STAGE2_FEATURE_NAMES.map((_, i) => (i === 0 ? 10 : 0)),
  threshold: 0.5,
  certainMargin: 0.4,
};

test('a lead paragraph above the byline, the date and the share buttons is the article\'s', () => {
  const lead = 'Clinics in the north will stay open at night for two more years.';
  const page = [...MENU, 'Council keeps night clinics open', lead, 'By Jane Smith', 'July 24, 2012', 'Share', 'Print', ...ARTICLE, 'Privacy Policy', 'Contact Us'];
  const flagged = flaggedLines(page);
  assert.ok(!flagged.has(page.indexOf(lead) + 1), 'lead paragraph flagged');
  assert.ok(flagged.has(page.indexOf('Share') + 1), 'share button kept');
  for (const line of ARTICLE) assert.ok(!flagged.has(page.indexOf(line) + 1), `article line flagged: ${line}`);
});

/** A buying guide: each product's name, points, price and shop link between the article's paragraphs. */
const PRODUCTS = [
  'Here are the best deals we found this week:',
  'Wireless earbuds',
  'Up to eight hours of battery life',
  '$49.99',
  'Buy now',
  'Smart speaker',
  'Works with every music service',
  '$29.99',
  'Buy now',
];

test('the items of a list between the article\'s paragraphs stay content whatever the line model says', () => {
  const page = [...ARTICLE.slice(0, 3), ...PRODUCTS, ...ARTICLE.slice(3)];
  const flagged = flaggedLines(page, FLAGS_EVERYTHING);
  for (const line of PRODUCTS) assert.ok(!flagged.has(page.indexOf(line) + 1), `list line flagged: ${line}`);
});

test('a list a colon announces after the article\'s last paragraph stays with it, whatever the line model says', () => {
  const page = [...ARTICLE, ...PRODUCTS, '', 'Privacy Policy'];
  const flagged = flaggedLines(page, FLAGS_EVERYTHING);
  for (const line of [...ARTICLE, ...PRODUCTS]) assert.ok(!flagged.has(page.indexOf(line) + 1), `line flagged: ${line}`);
  assert.ok(flagged.has(page.indexOf('Privacy Policy') + 1), 'the footer after the list kept');
});

test('after the article\'s last paragraph, a colon\'s list ends at a blank line: the blocks after it are left to the line model', () => {
  const page = [...ARTICLE, PRODUCTS[0]!, PRODUCTS[1]!, '', ...PRODUCTS.slice(2)];
  const flagged = flaggedLines(page, FLAGS_EVERYTHING);
  for (const line of ARTICLE) assert.ok(!flagged.has(page.indexOf(line) + 1), `article line flagged: ${line}`);
  assert.ok(flagged.has(page.indexOf('Smart speaker') + 1), 'a block after the blank line kept');
});

test('a gallery\'s page links (1, 2, 3 … one a line) are flagged and the article runs on past them', () => {
  const links = Array.from({ length: 12 }, (_, i) => String(i + 1));
  const page = [...MENU, ...ARTICLE.slice(0, 2), 'Photos: the night clinics', ...links, ...ARTICLE.slice(2)];
  const flagged = flaggedKinds(page);
  for (let line = MENU.length + 4; line < MENU.length + 4 + links.length; line++) assert.equal(flagged.get(line), 'page-links', `page link ${line}`);
  for (const line of ARTICLE) assert.ok(!flagged.has(page.indexOf(line) + 1), `article line flagged: ${line}`);
});

test('numbered lines that do not count up by one are a table\'s, not page links', () => {
  const scores = ['3', '17', '9', '24'];
  const page = [...ARTICLE.slice(0, 3), ...scores, ...ARTICLE.slice(3)];
  const flagged = flaggedKinds(page);
  for (let line = 4; line <= 7; line++) assert.notEqual(flagged.get(line), 'page-links', `score ${line}`);
});

/** Whether the rules read each line of `lines` as an item of the article's own list or table. */
function listItems(lines: readonly string[]): boolean[] {
  const page = readPage(toSeedDocument(lines.join('\n')), { title: null });
  return page.lines.map((line) => line.listItem);
}

test('photo captions that each name a date are sentences, not the rows of a table', () => {
  const captions = [
    'The mayor, left, and council members leave the chamber after the vote on the night clinics in the city hall on Tuesday, March 4, 2025. (Photo/City Hall)',
    'Nurses wait for the first patients of the evening at the new clinic in the north of the city on Monday, March 3, 2025. (Photo/City Hall)',
    'Residents queue outside the clinic on the first night of the extended program in the old market square on Monday, March 3, 2025. (Photo/City Hall)',
  ];
  const page = [...ARTICLE.slice(0, 3), ...captions, ...ARTICLE.slice(3)];
  const items = listItems(page);
  for (let i = 3; i < 3 + captions.length; i++) assert.equal(items[i], false, `caption ${i + 1}`);
});

test('long result rows, figures a good part of their words, are rows of a table', () => {
  const rows = [
    'Northside (3-1): A. Miller 2 goals, 1 assist. B. Jones 1 goal. C. Brown 4 saves. D. Evans 1 assist. E. Clark 2 shots. F. Lewis 3 shots.',
    'Southside (1-3): G. Young 1 goal. H. King 6 saves. I. Scott 1 assist. J. Green 2 shots. K. Adams 1 shot. L. Baker 2 fouls and 1 yellow.',
    'Eastside (2-2): M. Hill 2 goals. N. Wright 1 assist. O. Lopez 5 saves. P. Hall 1 goal, 1 assist. Q. Allen 3 shots. R. Ward 1 shot, 2 fouls.',
  ];
  const page = [...ARTICLE.slice(0, 3), ...rows, ...ARTICLE.slice(3)];
  const items = listItems(page);
  for (let i = 3; i < 3 + rows.length; i++) assert.equal(items[i], true, `row ${i + 1}`);
});

test('the credits right under the article\'s last paragraph are the article\'s; the same words far below it are not', () => {
  const credits = ['Associated Press Writer Jane Smith contributed to this story.', '(Reporting by Ann Lee; Editing by Tom Ray)', 'Photo by John Doe/City Times'];
  const tail = ['Most popular', 'Privacy Policy', 'Contact Us', 'Terms of Use', 'Careers', 'Advertise', 'Site map'];
  const farCredit = 'Image courtesy of a reader';
  const page = [...MENU, ...ARTICLE, ...credits, ...tail, farCredit, 'About us'];
  const flagged = flaggedLines(page, FLAGS_EVERYTHING);
  for (const line of credits) assert.ok(!flagged.has(page.indexOf(line) + 1), `credit flagged: ${line}`);
  assert.ok(flagged.has(page.indexOf(farCredit) + 1), 'a credit in the page\'s tail kept');
  assert.ok(flagged.has(page.indexOf('Most popular') + 1), 'the tail kept');
});

test('a given title that no headline looks like (a counter\'s link) is flagged; the headline the page marks with its byline is kept', () => {
  const counter = 'Reader comments (12)';
  const headline = 'Council keeps night clinics open for two more years';
  const page = [...MENU, counter, 'Most read', headline, 'By Jane Smith', 'July 24, 2012', 'Share', ...ARTICLE, 'Privacy Policy', 'Contact Us'];
  const flagged = new Set<number>();
  for (const region of detectBoilerplate(toSeedDocument(page.join('\n')), { title: counter })) {
    for (let line = region.startLine; line <= region.endLine; line++) flagged.add(line);
  }
  assert.ok(flagged.has(page.indexOf(counter) + 1), 'the counter given as the title kept');
  assert.ok(!flagged.has(page.indexOf(headline) + 1), 'the headline flagged');
  for (const line of ARTICLE) assert.ok(!flagged.has(page.indexOf(line) + 1), `article line flagged: ${line}`);
});

test('a given title the page\'s header weighs too stays the headline, even when the header ranks another line first', () => {
  // The header, run after this detector on the lines it leaves, chooses between them (header/title.ts).
  const given = 'Storm closes schools across the county';
  const headline = 'Council keeps night clinics open for two more years';
  const page = [...MENU, given, 'Most read', headline, 'By Jane Smith', 'July 24, 2012', 'Share', ...ARTICLE, 'Privacy Policy'];
  const regions = detectBoilerplate(toSeedDocument(page.join('\n')), { title: given });
  const at = page.indexOf(given) + 1;
  assert.ok(!regions.some((region) => region.startLine <= at && at <= region.endLine), 'the given headline flagged');
});


test('the closing sentence right under the last kept paragraph stays when the model flags it only narrowly', () => {
  // Printed a second time far down the page (a teaser's copy), the closing sentence counts for nothing in
  // the densest run, which ends above it.
  const closing = 'Some would argue the clinics were worth every penny.';
  const tail = ['Privacy Policy', 'Contact Us', 'Terms of Use', 'Careers', 'Site map', ...MENU];
  const page = [...MENU, ...ARTICLE, closing, ...tail, closing];
  const at = page.indexOf(closing) + 1;
  const doubtful = flaggedLines(page, constantModel(0.45));
  assert.ok(!doubtful.has(at), 'closing sentence flagged on a narrow doubt');
  assert.ok(doubtful.has(page.indexOf('Privacy Policy') + 1), 'the tail kept');
  assert.ok(flaggedLines(page, constantModel(0.9)).has(at), 'closing sentence kept though the model is sure');
});

test('how to reach the writer is no sign-off but an author\'s note (bio.ts), unlike a credit', () => {
  const credit = 'Associated Press Writer Jane Smith contributed to this story.';
  const contact = 'Jane Smith can be reached at jsmith@example.com';
  const page = [...MENU, ...ARTICLE, credit, contact, 'Privacy Policy', 'Contact Us', 'Terms of Use'];
  const read = readPage(toSeedDocument(page.join('\n')), { title: null });
  const lineOf = (text: string) => read.lines.find((line) => line.features.text === text)!;
  assert.ok(isSignOff(lineOf(credit)), 'the credit is no sign-off');
  assert.ok(!isSignOff(lineOf(contact)), 'how to reach the writer is a sign-off');
});
