import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { parseFullDate } from '../../src/core/header/dateline';
import { hasMoreWords } from '../../src/core/header/text';
import { HEAD_CHARS, pageParts, TAIL_CHARS } from '../../src/core/header/window';
import { pageYear, yearlessDay } from '../../src/core/header/yearless';
import { BRIDGE_STORY } from './storyTexts';

const read = (lines: string[]) => readHeader(toSeedDocument(lines.join('\n')), () => false);

test('headline: a title-like line under the dateline of a headline above it is the standfirst, not the headline', () => {
  const page = read(['Menu', 'Old crossing splits the town hall', '', 'Posted: 2019-11-18 15:24', '', 'Harbour bridge to reopen after three years of work', ...BRIDGE_STORY]);
  assert.equal(page.title, 'Old crossing splits the town hall');
  // A headline with its own byline under a dated teaser keeps its place.
  const teaser = read(['Ferry prices rise again this winter season', 'Nov 17, 2019 10:00', 'Harbour bridge plan splits the city council', 'By Ann Lee', ...BRIDGE_STORY]);
  assert.equal(teaser.title, 'Harbour bridge plan splits the city council');
});

test('headline: its reach above the story counts filled lines, so a page saved with a blank line between lines reaches as far', () => {
  const furniture = ['Below:', 'x', 'Jump to video', 'video', 'x', 'Jump to discuss comments below', 'Print', 'Font:', '+', '-'];
  const top = ['Harbour bridge to reopen after three years of work', 'The crossing was closed in 2016 for repairs', ...furniture, ...furniture];
  const page = read([...top, ...BRIDGE_STORY].flatMap((line) => [line, '']));
  assert.equal(page.title, 'Harbour bridge to reopen after three years of work');
});

test('headline: "back to" and "more in" are links when they open the line, a headline\'s words inside it', () => {
  const page = read(['Back to top', 'More in Local News', 'Builder gives back to the harbour town he grew up in', 'Nov 18, 2019', ...BRIDGE_STORY]);
  assert.equal(page.title, 'Builder gives back to the harbour town he grew up in');
  assert.equal(read(['Back to top', 'Nov 18, 2019', ...BRIDGE_STORY]).title, null);
});

test('headline: a section path ("Infinite Loop / The Apple Ecosystem") is no headline', () => {
  const page = read(['Search', 'Council / Harbour Bridge Works', 'Best of both: a harbour bridge plan for cars and trains', 'Each plan has pros and cons, so here is how the council will join them.', 'by Ann Lee - Nov 9, 2012 5:05 pm UTC', ...BRIDGE_STORY]);
  assert.equal(page.title, 'Best of both: a harbour bridge plan for cars and trains');
});

test('headline: a line of a person\'s name under the headline signs it, even with no date below', () => {
  const story = BRIDGE_STORY.map((line) => line.replace('The council', 'Councillor Anna Leeson'));
  const page = read(['IN ASSOCIATION WITH', 'The madness of net scare stories', 'Anna Leeson', 'About the author', ...story]);
  assert.equal(page.title, 'The madness of net scare stories');
});

test('headline: a series name over its dated issue ("Morning Note 11.18.19") gives way to the dated headline', () => {
  const page = read(['Home', 'Morning Note', '', 'Morning Note 11.18.19', '', 'Markets open higher as the harbour bridge deal is signed.', '', ...BRIDGE_STORY]);
  assert.equal(page.title, 'Morning Note 11.18.19');
  assert.deepEqual(page.authors, []);
});

test('dateline: a stamp without its year takes the latest year of the page\'s own dates', () => {
  assert.deepEqual(yearlessDay('Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM'), { month: 11, day: 19 });
  assert.equal(yearlessDay('Updated Nov 19, 2019, 9:41 AM'), null);
  const page = read(['Harbour bridge plan splits the city council', 'By Ann Lee', 'Updated Nov 19, 9:41 AM', ...BRIDGE_STORY, '— Bob Cole (@bobcole) November 18, 2019', '© 2019 Harbour Gazette. All rights reserved.']);
  assert.equal(page.published, '2019-11-19');
  assert.equal(pageYear(toSeedDocument('Copyright 2005-2018 Harbour Gazette\nNo date here').lines), 2018);
  assert.equal(read(['Harbour bridge plan splits the city council', 'Updated Nov 19, 9:41 AM', ...BRIDGE_STORY]).published, null);
});

test('dateline: a two-digit year from 70 on is of the last century', () => {
  assert.equal(parseFullDate('Saturday 12/07/96 (est)'), '1996-12-07');
  assert.equal(parseFullDate('Opening 11.18.19'), '2019-11-18');
});

test('byline: "By" alone on its line, the name on the next', () => {
  const page = read(['Harbour bridge plan splits the city council', '', 'By', 'Ann Lee', '', 'Reporter', 'Nov 18, 2019', ...BRIDGE_STORY]);
  assert.deepEqual(page.authors, ['Ann Lee']);
  assert.deepEqual(read(['Harbour bridge plan splits the city council', 'Author:', 'The Coast Desk', ...BRIDGE_STORY]).authors, []);
});

test('outlet: a footer line of a name and a span of years is the rights line without its mark', () => {
  const page = read(['Menu', 'Harbour bridge plan splits the city council', ...BRIDGE_STORY, 'Harbour Gazette · 20132019 Thanks for reading!']);
  assert.equal(page.outlet, 'Harbour Gazette');
  assert.equal(read(['Menu', 'Harbour bridge plan splits the city council', ...BRIDGE_STORY, 'The bridge · was built in 1960']).outlet, null);
});

test('cost: a page saved as one long line is read to the end of the head only', () => {
  const story = BRIDGE_STORY.join(' ');
  const text = ['Harbour bridge plan splits the city council', story.repeat(Math.ceil(100_000 / story.length))].join('\n');
  const parts = pageParts(toSeedDocument(text));
  assert.equal(parts.head.length, 2);
  assert.deepEqual([parts.head[1]!.start, parts.head[1]!.end, parts.head[1]!.text.length], [44, HEAD_CHARS, HEAD_CHARS - 44]);
  assert.equal(parts.text, text.slice(0, HEAD_CHARS));
  assert.equal(readHeader(toSeedDocument(text), () => false).title, 'Harbour bridge plan splits the city council');
});

test('cost: the header reader reads the top and the bottom of a long document, not its middle', () => {
  const filler = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i} of a long middle part that no header fact comes from.`);
  const text = ['Harbour bridge plan splits the city council', 'By Ann Lee', 'Nov 18, 2019', ...BRIDGE_STORY, ...filler, '© 2019 Middle Gazette', ...filler, '© 2019 Harbour Gazette'].join('\n');
  const parts = pageParts(toSeedDocument(text));
  assert.ok(parts.head.length < 300 && parts.lines.length < 500, `${parts.head.length} head lines, ${parts.lines.length} lines`);
  assert.equal(parts.lines[parts.lines.length - 1]!.text, '© 2019 Harbour Gazette');
  assert.ok(parts.text.length <= HEAD_CHARS + TAIL_CHARS + 200 && parts.text.endsWith('© 2019 Harbour Gazette'));
  const page = readHeader(toSeedDocument(text), () => false);
  assert.deepEqual([page.title, page.published, page.outlet], ['Harbour bridge plan splits the city council', '2019-11-18', 'Harbour Gazette']);
  // A page shorter than the two parts is read whole.
  const short = toSeedDocument(BRIDGE_STORY.join('\n'));
  assert.equal(pageParts(short).text, short.text);
  assert.equal(hasMoreWords('one two three', 2), true);
  assert.equal(hasMoreWords(' one  two ', 2), false);
  // The shortest text of more words than counted: a letter each, a space between (2 * 2 + 1 characters).
  assert.equal(hasMoreWords('a b c', 2), true);
  assert.equal(hasMoreWords('ab c', 2), false);
  assert.equal(hasMoreWords('a\u00a0b c', 2), true);
});

test('headline: a line signed by a byline under it ("By Ann Lee") outranks a nearer dated line, a menu label of two words does not', () => {
  const signed = read(['Town hall backs new works on the old crossing', 'By Ann Lee', 'Ferry timetable', 'Harbour Bridge Council Plan', 'July 24, 2019', ...BRIDGE_STORY]);
  assert.equal(signed.title, 'Town hall backs new works on the old crossing');
  const label = read(['Town hall backs new works on the old crossing', 'Article', 'Comments', 'Toolbar', 'Stock Quotes', 'By Ann Lee', ...BRIDGE_STORY]);
  assert.equal(label.title, 'Town hall backs new works on the old crossing');
});
