import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate, normalizeLine, readPage } from '../../src/core/boilerplate';
import { furnitureKind } from '../../src/core/boilerplate/phrases';
import { toSeedDocument } from '../../src/core/document';
import { CLINICS_ARTICLE } from './storyTexts';

function flaggedLines(text: string): Map<number, string> {
  const flagged = new Map<number, string>();
  for (const region of detectBoilerplate(toSeedDocument(text), { title: null })) {
    for (let line = region.startLine; line <= region.endLine; line++) flagged.set(line, region.kind);
  }
  return flagged;
}

/** The article with `inserted` after its third paragraph; the inserted lines' numbers. */
function withInsert(inserted: readonly string[]): { text: string; lines: number[] } {
  const text = [...CLINICS_ARTICLE.slice(0, 3), ...inserted, ...CLINICS_ARTICLE.slice(3)].join('\n');
  return { text, lines: inserted.map((_, k) => 4 + k) };
}

function assertArticleKept(flagged: Map<number, string>, articleLines: readonly number[]): void {
  for (const line of articleLines) assert.ok(!flagged.has(line), `article line ${line} flagged`);
}

const ARTICLE_LINES_AROUND = (count: number): number[] => [1, 2, 3, ...Array.from({ length: 4 }, (_, k) => 4 + count + k)];

/** Kinds of page text inside the article, each flagged as its kind with the paragraphs around it kept. */
const INSERTED_KINDS: { kind: string; what: string; lines: string[] }[] = [
  { kind: 'gallery', what: 'a photo viewer\'s controls', lines: ['Enlarge This Image', 'jump to photo #1', 'jump to photo #2', '1 of 7', 'previous next'] },
  {
    kind: 'licence',
    what: 'a publisher\'s reprint notice and an agency licence',
    lines: [
      'This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement and by copyright law.',
      'This material may not be published, broadcast, rewritten or redistributed without the written consent of the agency that wrote it.',
    ],
  },
  {
    kind: 'transcript',
    what: 'a video\'s broadcast transcript (">>" turns)',
    lines: [
      '>> reporter: the council met late into the night, and when the vote came the room erupted in applause from both sides of the aisle.',
      '>> we have waited years for this and the people of the north side finally have somewhere to go at night.',
    ],
  },
];

for (const { kind, what, lines: inserted } of INSERTED_KINDS) {
  test(`${what} between the paragraphs is flagged as ${kind}`, () => {
    const { text, lines } = withInsert(inserted);
    const flagged = flaggedLines(text);
    for (const line of lines) assert.equal(flagged.get(line), kind, `${kind} line ${line}`);
    assertArticleKept(flagged, ARTICLE_LINES_AROUND(inserted.length));
  });
}

test('the newspaper\'s sign-off under the article ("A version of this article appeared in print") is flagged itself', () => {
  const signOff = 'A version of this article appeared in print on July 24, 2012, on page A4 of the New York edition with the headline: Council Extends Clinics.';
  const flagged = flaggedLines([...CLINICS_ARTICLE, signOff].join('\n'));
  assert.ok(flagged.has(CLINICS_ARTICLE.length + 1), 'sign-off kept');
  assertArticleKept(flagged, CLINICS_ARTICLE.map((_, k) => k + 1));
});

test('an article the page prints twice in a row (a preview, then the article) is the body, not a blurb further down', () => {
  const menu = ['Home', 'World', 'Business', 'Markets', 'Opinion', 'Real Estate', 'Life'];
  const story = CLINICS_ARTICLE.slice(0, 3);
  const blurb = 'The Daily Example has been the trusted voice of the valley since 1921, and our reporters cover the council, the courts and the schools every day of the week.';
  const lines = [...menu, ...story, 'BY A. WRITER', ...story, 'Most Popular', 'Video', 'Sports', 'Weather', 'Photos', blurb];
  const flagged = flaggedLines(lines.join('\n'));
  for (let line = menu.length + 1; line <= menu.length + story.length; line++) assert.ok(!flagged.has(line), `first copy line ${line} flagged`);
  assert.ok(flagged.has(lines.length), 'the blurb taken for the article');
});

test('the author\'s note under the article (a bio, how to reach the reporter) is flagged; a profile\'s opening is kept', () => {
  const notes = [
    'Jane Doe / Jane is the senior health reporter at the Daily Example, where she has covered the clinics since 2015.',
    'Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter.',
  ];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...notes].join('\n'));
  for (let k = 1; k <= notes.length; k++) assert.equal(flagged.get(CLINICS_ARTICLE.length + k), 'author-note', `note ${k}`);
  assertArticleKept(flagged, CLINICS_ARTICLE.map((_, k) => k + 1));
  const profile = ['Maria Lopez is a reporter at the Valley Herald who has spent the last ten years covering the city council.', ...CLINICS_ARTICLE];
  assert.ok(!flaggedLines(profile.join('\n')).has(1), 'a profile\'s first sentence flagged');
});

test('prompts to follow the site on a social network under the lead, and a newsletter box after the article, are flagged', () => {
  const prompts = [
    'Connect With Us on Twitter',
    'Follow @dailyexample for breaking news and headlines.',
    'Like The Daily Example on Facebook. Follow us on Twitter.',
  ];
  // Under the lead paragraph, as news pages print them.
  const text = [CLINICS_ARTICLE[0]!, ...prompts, ...CLINICS_ARTICLE.slice(1)].join('\n');
  const flagged = flaggedLines(text);
  for (let line = 2; line <= 1 + prompts.length; line++) assert.ok(flagged.has(line), `prompt line ${line} kept`);
  assertArticleKept(flagged, [1, ...CLINICS_ARTICLE.slice(1).map((_, k) => 2 + prompts.length + k)]);
  const box = [
    'Stay up to date with the Daily Example and get the news of the valley in your inbox. Subscribe to our newsletter.',
    'No spam, we promise. You can unsubscribe at any time and we will never share your details with anyone else.',
    'Advertise | AdChoices',
  ];
  const after = flaggedLines([...CLINICS_ARTICLE, ...box].join('\n'));
  for (let k = 1; k <= box.length; k++) assert.ok(after.has(CLINICS_ARTICLE.length + k), `box line ${k} kept`);
});

test('a company\'s press release quoted whole under the article ("Show full PR text") is flagged to its end', () => {
  const release = [
    'Show full PR text',
    'Example Motors Names New Chief Executive',
    'SPRINGFIELD, Nov. 12, 2012 -- Example Motors, Inc. today announced that its board has appointed a new chief executive, effective immediately, after a search that lasted most of the year.',
    'The new chief executive joins from a rival maker of electric vans, where she led the company through two rounds of funding and the opening of its second factory in the state.',
    'The board thanked the founder, who will stay on as chairman and will focus on the design of the next van, which is to go on sale in the spring of the coming year.',
    'About Example Motors',
    'Example Motors designs and builds electric delivery vans for city fleets and has sold more than ten thousand of them since it was founded in a garage in 2008.',
  ];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...release].join('\n'));
  for (let k = 1; k <= release.length; k++) assert.ok(flagged.has(CLINICS_ARTICLE.length + k), `release line ${k} kept`);
  assertArticleKept(flagged, CLINICS_ARTICLE.map((_, k) => k + 1));
});

test('a comment thread whose stamps tell a 24-hour clock ("18:06:00 Reply 0 Flag this comment") is flagged, its prose included', () => {
  const thread = [
    'riverside_dan Follow',
    'I think the council made the right call here, the clinics have been a big help to my family over the years and will be again.',
    'November 12, 2012 18:06:00 Reply 0 Flag this comment',
    'maple77 Follow',
    'The roads are a disgrace and nobody on the council seems to care about them at all, which is a real shame for all of us who drive.',
    'Why not put it to a public vote and let the people who pay for it decide what happens to the money next year and after that?',
    'November 12, 2012 18:14:19 Reply 0 Flag this comment',
    'j_harper Follow',
    'Perhaps the clinics could share the building with the library, which stands empty most evenings and already has the parking.',
    'November 12, 2012 19:01:18 Reply 0 Flag this comment',
  ];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...thread].join('\n'));
  for (let k = 2; k <= thread.length; k++) assert.ok(flagged.has(CLINICS_ARTICLE.length + k), `thread line ${k} kept`);
  assertArticleKept(flagged, CLINICS_ARTICLE.map((_, k) => k + 1));
});

test('a thread of long comments under a short article does not take the body from the article', () => {
  const comment = (text: string): string[] => ['a_reader', '1 November 2012 9:58PM', text, text.replace('I', 'We'), 'Recommend? (3)', 'Report'];
  const thread = [
    ...comment('I think the council made the right call here, the clinics have been a big help to my family over the years and they will be again when the new one opens in the north of the city next spring.'),
    ...comment('I doubt it, the roads are a disgrace and nobody on the council seems to care about them at all, which is a real shame for all of us who have to drive across the city to get to work every morning.'),
    ...comment('I would put it to a public vote and let the people who pay for it decide what happens to the money next year, since they are the ones who will have to live with the decision for a long time.'),
  ];
  const tools = ['Print this', 'Share', 'Contact us', 'Send to a friend', 'Your first name', 'Most viewed', 'Latest', 'Comments'];
  const page = readPage(toSeedDocument([...CLINICS_ARTICLE.slice(0, 4), ...tools, ...thread].join('\n')), { title: null });
  assert.deepEqual([page.body.first, page.body.last], [0, 3]);
});

test('the datelined first paragraph above a photo and related links is kept with the article', () => {
  const lead = 'SPRINGFIELD — The city council voted on Tuesday to keep the night clinics open for two more years.';
  const between = [
    'Enlarge This Image',
    'Jane Roe/Example Photos',
    'Nurses at the north side clinic, which opened in 2019.',
    'Related',
    'Clinics Struggle to Hire Nurses (July 20, 2012)',
    'Council Delays Vote on Roads (July 18, 2012)',
    'Connect With Us on Twitter',
    'Follow @examplecity for local news and headlines.',
  ];
  const menu = ['Home', 'City', 'Politics', 'Business', 'Sports', 'Opinion', 'Council Keeps Night Clinics Open', 'By JOHN DOE', 'Published: July 24, 2012',
    'Share', 'Print', 'Tweet', 'Email', 'Reddit', 'Pinterest', 'WhatsApp', 'LinkedIn', 'Facebook', 'Text Size'];
  // The share buttons put the lead out of the standfirst's reach and the lead's under the headline (standfirst.ts, lead.ts).
  const lines = [...menu, lead, ...between, ...CLINICS_ARTICLE.slice(1)];
  const flagged = flaggedLines(lines.join('\n'));
  assert.ok(!flagged.has(menu.length + 1), 'datelined lead flagged');
  const notDateline = flaggedLines([...menu, lead.replace('SPRINGFIELD — T', 't'), ...between, ...CLINICS_ARTICLE.slice(1)].join('\n'));
  assert.ok(notDateline.has(menu.length + 1), 'the same line without its dateline is kept too: the test shows nothing');
});

test('instructions to click after the article ("Click here to sign up …", "Clique na imagem …") are flagged', () => {
  const prompts = [
    'Click here to sign up for the Daily Example morning briefing, with the news of the valley every weekday.',
    'Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada e no geral do campeonato.',
  ];
  const flagged = flaggedLines([...CLINICS_ARTICLE, ...prompts].join('\n'));
  for (let k = 1; k <= prompts.length; k++) assert.ok(flagged.has(CLINICS_ARTICLE.length + k), `prompt ${k} kept`);
  assertArticleKept(flagged, CLINICS_ARTICLE.map((_, k) => k + 1));
});

test('a link to a video story ("… Watch Video") is named related links by its words alone', () => {
  for (const text of ['Council Votes to Keep Night Clinics Open Watch Video', 'Mayor Signs Clinics Bill at City Hall: play video']) {
    assert.equal(furnitureKind(text, normalizeLine(text)), 'related-links', text);
  }
  const sentence = 'The mayor told residents to watch the video.';
  assert.equal(furnitureKind(sentence, normalizeLine(sentence)), null);
});

test('a link to the comments with their count ("Reader comments 17") ends the article: the writer\'s bio under it is not the body', () => {
  for (const text of ['Reader comments 17', 'View All Comments (48)', '0 comments', 'Comments (5)']) {
    assert.equal(furnitureKind(text, normalizeLine(text)), 'comments', text);
  }
  const sentence = 'The 2 comments were removed.';
  assert.equal(furnitureKind(sentence, normalizeLine(sentence)), null);
  const bio = 'Jane Smith covers city hall for the Daily Planet, with a particular focus on health care, housing and the budget.';
  const page = [...CLINICS_ARTICLE, 'Reader comments 17', bio];
  const { body } = readPage(toSeedDocument(page.join('\n')), { title: null });
  assert.equal(body.last, CLINICS_ARTICLE.length - 1);
});
