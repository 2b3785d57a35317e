import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate } from '../../src/core/boilerplate';
import { toSeedDocument } from '../../src/core/document';
import { CLINICS_ARTICLE } from './storyTexts';


/** Comments whose text is ordinary prose, between a name, a vote count and a stamp. */
const THREAD = [
  'riverside_dan',
  'I think the council made the right call here, the clinics have been a big help to my family over the years.',
  '12 votes',
  '#1 - Tue Jul 24, 2012 10:14 AM EDT',
  'maple77',
  'The roads are a disgrace and nobody on the council seems to care about them at all, which is a real shame.',
  '3 votes',
  '#1.1 - Tue Jul 24, 2012 10:35 AM EDT',
  'j_harper',
  'Why not put it to a public vote and let the people who pay for it decide what happens to the money next?',
  '1 vote',
  '#1.2 - Tue Jul 24, 2012 12:06 PM EDT',
];

function flaggedLines(text: string): Map<number, string> {
  const flagged = new Map<number, string>();
  for (const region of detectBoilerplate(toSeedDocument(text), { title: null })) {
    for (let line = region.startLine; line <= region.endLine; line++) flagged.set(line, region.kind);
  }
  return flagged;
}

test('a comment thread after the article is flagged as comments, its prose included', () => {
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...THREAD].join('\n'));
  for (let line = 1; line <= CLINICS_ARTICLE.length; line++) assert.ok(!flagged.has(line), `article line ${line} flagged`);
  for (let line = CLINICS_ARTICLE.length + 1; line <= CLINICS_ARTICLE.length + THREAD.length; line++) {
    assert.equal(flagged.get(line), 'comments', `thread line ${line}`);
  }
});

test('dated posts quoted inside an article start no thread (a date alone is no comment stamp)', () => {
  const quoted = [
    'Yes this is real and the state spent nearly half a million dollars on it, one reader wrote on the site.',
    '— A. Reader (@areader) November 18, 2019',
    'Others were less kind about the campaign and said that the money could have gone to the clinics instead.',
    '— B. Writer (@bwriter) November 18, 2019',
    'The governor answered the criticism on the same day and said the campaign was doing what it was meant to.',
    '— The Governor (@governor) November 18, 2019',
  ];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...quoted].join('\n'));
  for (const line of [8, 10, 12]) assert.notEqual(flagged.get(line), 'comments', `quoted paragraph ${line}`);
});

test('a label repeated under each photo of a gallery is flagged', () => {
  const gallery = Array.from({ length: 4 }, () => 'Election day: the best photos');
  const text = [...CLINICS_ARTICLE.slice(0, 4), ...gallery, ...CLINICS_ARTICLE.slice(4)].join('\n');
  const flagged = flaggedLines(text);
  for (let line = 5; line <= 8; line++) assert.ok(flagged.has(line), `gallery label ${line} kept`);
  for (let line = 1; line <= 4; line++) assert.ok(!flagged.has(line), `article line ${line} flagged`);
});

test('a list of headlines under a heading with a colon after the article is flagged; a list of places is kept', () => {
  const teasers = ['More stories from the city desk:', 'Council delays the vote on the new bus lanes again', 'Flooded road reopens after three weeks of repairs', 'Library opens its doors on Sundays for the first time'];
  const places = ['Schools closed on Thursday:', 'Chester', 'Denville', 'Boonton: out Thursday'];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...places, 'Advertisement', ...teasers].join('\n'));
  const teasersFrom = CLINICS_ARTICLE.length + places.length + 2;
  for (let line = teasersFrom; line < teasersFrom + teasers.length; line++) assert.equal(flagged.get(line), 'related-links', `teaser line ${line}`);
  for (let line = CLINICS_ARTICLE.length + 2; line <= CLINICS_ARTICLE.length + places.length; line++) assert.notEqual(flagged.get(line), 'related-links', `place ${line}`);
});

test('a list of headlines under a heading with a colon right after the last paragraph is flagged, not read as the article\'s list', () => {
  const teasers = ['More stories from the city desk:', 'Council delays the vote on the new bus lanes again', 'Flooded road reopens after three weeks of repairs', 'Library opens its doors on Sundays for the first time'];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...teasers].join('\n'));
  for (let line = CLINICS_ARTICLE.length + 1; line <= CLINICS_ARTICLE.length + teasers.length; line++) assert.equal(flagged.get(line), 'related-links', `teaser line ${line}`);
  for (let line = 1; line <= CLINICS_ARTICLE.length; line++) assert.ok(!flagged.has(line), `article line ${line} flagged`);
});

test('headlines that ask ("Has the bridge been saved?") count in a teaser list under a heading with a colon', () => {
  const teasers = ['More about the harbour bridge:', 'Has the harbour bridge been saved at last?', 'Why the repairs took three years', 'Ferry service to end when the bridge reopens'];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...teasers].join('\n'));
  for (let line = CLINICS_ARTICLE.length + 1; line <= CLINICS_ARTICLE.length + teasers.length; line++) assert.equal(flagged.get(line), 'related-links', `teaser line ${line}`);
});

test('lines that end in a count after the article (most-commented lists, archives) are flagged', () => {
  const counted = ['Why the bridge was closed for a week (1311)', 'Mayor answers her critics (729)', 'July (266)'];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...counted].join('\n'));
  for (let line = CLINICS_ARTICLE.length + 1; line <= CLINICS_ARTICLE.length + counted.length; line++) assert.equal(flagged.get(line), 'related-links', `counted line ${line}`);
});

test('after the article\'s closing tags line, the tail is flagged, its prose included', () => {
  const tail = [
    'Filed Under: City, Health Tagged With: clinics, council',
    'Featured Jobs',
    'Join us for a jam-packed two days of programming, networking and social events at the waterfront this fall.',
    'Register today, we are nearly sold out and the early prices end on Friday at noon, so do not wait too long.',
  ];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...tail].join('\n'));
  for (let line = CLINICS_ARTICLE.length + 2; line <= CLINICS_ARTICLE.length + tail.length; line++) assert.ok(flagged.has(line), `tail line ${line} kept`);
  for (let line = 1; line <= CLINICS_ARTICLE.length; line++) assert.ok(!flagged.has(line), `article line ${line} flagged`);
});

test('dated teasers after the article (headline, author, a date line, a summary) are flagged; a single dateline is not', () => {
  const teasers = [
    'Council delays the vote on the new bus lanes again',
    'Maria Lopez',
    'Tuesday November 19, 2019',
    'The vote on the bus lanes was put off for the third time this year after a long and angry public hearing.',
    'Flooded road reopens after three weeks of repairs',
    'Tom Becker',
    'Tuesday November 19, 2019',
    'Drivers can use the river road again from Monday morning, the city said, although the speed limit stays low.',
    'Library opens its doors on Sundays for the first time',
    'Ann Walsh',
    'Monday November 18, 2019',
    'The main library will open on Sunday afternoons from next month, a change readers have asked for since 2015.',
  ];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...teasers].join('\n'));
  for (let line = CLINICS_ARTICLE.length + 1; line <= CLINICS_ARTICLE.length + teasers.length; line++) assert.equal(flagged.get(line), 'related-links', `teaser line ${line}`);
  const dated = flaggedLines(['Tuesday November 19, 2019', ...CLINICS_ARTICLE].join('\n'));
  for (let line = 2; line <= CLINICS_ARTICLE.length + 1; line++) assert.ok(!dated.has(line), `article line ${line} flagged`);
});

test('headlines one under another after the article are a teaser box, whatever its heading; the article\'s sub-headings, each alone, stay', () => {
  const box = ['Don\'t miss these city stories', 'Council delays the vote on the new bus lanes again', 'Flooded road reopens after three weeks of repairs', 'Library opens its doors on Sundays for the first time'];
  const subheadings = ['What the clinics will cost the city', 'Who will staff the night shifts'];
  const article = [...CLINICS_ARTICLE.slice(0, 3), subheadings[0]!, ...CLINICS_ARTICLE.slice(3, 5), subheadings[1]!, ...CLINICS_ARTICLE.slice(5)];
  const page = [...article.flatMap((line) => [line, '']), ...box];
  const flagged = flaggedLines(page.join('\n'));
  for (const line of box.slice(1)) assert.equal(flagged.get(page.indexOf(line) + 1), 'related-links', `teaser kept: ${line}`);
  for (const line of article) assert.ok(!flagged.has(page.indexOf(line) + 1), `article line flagged: ${line}`);
});
