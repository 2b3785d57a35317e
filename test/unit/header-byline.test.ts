import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytesFreedAfterReading } from './freedMemory';
import { toSeedDocument } from '../../src/core/document';
import { readHeader } from '../../src/core/header';
import { authorLinkName, bylineAuthors } from '../../src/core/header/byline';
import { BRIDGE_STORY } from './storyTexts';

test('byline: "and" joins names in any case, the serial comma included', () => {
  assert.deepEqual(bylineAuthors('By ROSA MARTIN And TOMAS EKBERG', false, false), ['ROSA MARTIN', 'TOMAS EKBERG']);
  assert.deepEqual(bylineAuthors('BY ROSA MARTIN AND TOMAS EKBERG', false, false), ['ROSA MARTIN', 'TOMAS EKBERG']);
  assert.deepEqual(bylineAuthors('By Ann Lee, Bo Park, and Cy Dunn', false, false), ['Ann Lee', 'Bo Park', 'Cy Dunn']);
});

test('byline: the outlet\'s possessive before the names is not part of them', () => {
  assert.deepEqual(bylineAuthors("By Coast TV's Ann Lee and Bo Park", false, false), ['Ann Lee', 'Bo Park']);
  assert.deepEqual(bylineAuthors("By Harbour News' Ann Lee", false, false), ['Ann Lee']);
});

test('byline: an agency or a beat after the name, a separator after it, are not names', () => {
  assert.deepEqual(bylineAuthors('By ROSA MARTIN Associated Press', false, false), ['ROSA MARTIN']);
  assert.deepEqual(bylineAuthors('By Ann Lee Science editor', false, false), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('By Ann Lee|Posted Tuesday, Nov. 13, 2012, at 2:50 PM ET', false, true), ['Ann Lee']);
  assert.equal(bylineAuthors('By REUTERS', false, false), null);
});

test('byline: a heading in capitals beside a stamp is no list of names', () => {
  assert.equal(bylineAuthors('IN ASSOCIATION WITH', true, false), null);
});

test('byline: "by" in Portuguese, Spanish, French and German, and an "Autor:" label', () => {
  assert.deepEqual(bylineAuthors('Por Ana Souza', false, false), ['Ana Souza']);
  assert.deepEqual(bylineAuthors('Par Jean Dupont', false, false), ['Jean Dupont']);
  assert.deepEqual(bylineAuthors('Von Hans Müller', false, false), ['Hans Müller']);
  assert.deepEqual(bylineAuthors('Autor: Ana Souza', false, false), ['Ana Souza']);
  assert.equal(bylineAuthors('Par ailleurs, la ville', false, false), null);
});

test('byline: a title before the name, the paper the author writes for, a stamp label after the name', () => {
  assert.deepEqual(bylineAuthors('By Dr. Ann Lee', false, false), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('By Ann Lee For The Harbour Gazette', false, false), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('Ann Lee Updated Nov 19, 2019', false, true), ['Ann Lee']);
});

test('byline: a label of ordinary words beside a stamp is no name, a name is', () => {
  assert.equal(bylineAuthors('HEALTH INDUSTRY', true, false), null);
  assert.equal(bylineAuthors('Increase Text Size', true, false), null);
  assert.equal(bylineAuthors('Space Station | 23 July 2012', false, true), null);
  assert.deepEqual(bylineAuthors('Matt Young', true, false), ['Matt Young']);
  assert.deepEqual(bylineAuthors('Ann Lee in Rome', true, false), ['Ann Lee']);
});

test('byline: a name with the link to the author\'s page, glued to it or not', () => {
  assert.equal(authorLinkName('Ann LeeView More Articles'), 'Ann Lee');
  assert.equal(authorLinkName('Ann Lee See all posts'), 'Ann Lee');
  assert.equal(authorLinkName('Harbour news: view more articles'), null);
});

test('byline: one word and a news organization\'s last word name the organization, not a person', () => {
  assert.equal(bylineAuthors('By ABC NEWS', false, false), null);
  assert.equal(bylineAuthors('By Harbour News and wire services', false, false), null);
  assert.equal(bylineAuthors('by Coast Post News Weekly 0 Comments', false, false), null);
  assert.equal(bylineAuthors('By Us Weekly', false, false), null);
  // After a whole name the organization's word only closes it.
  assert.deepEqual(bylineAuthors('By Ann Lee, Harbour News', false, false), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('By ROSA MARTIN News Desk', false, false), ['ROSA MARTIN']);
});

test('byline: "by" after a word of a sentence is no label ("donated by", "Acquired By"); after a stamp\'s verb, a time or a separator it is', () => {
  assert.equal(bylineAuthors('Council decides not to pursue party for £365,000 donated by Ann Lee', false, false), null);
  assert.equal(bylineAuthors('Harbour Ferry Company Acquired By Rival', false, false), null);
  assert.equal(bylineAuthors('Money raised by Bo Park was paid into party coffers', false, false), null);
  assert.deepEqual(bylineAuthors('Posted by Ann Lee', false, false), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('written by Regan', false, false), ['Regan']);
  assert.deepEqual(bylineAuthors('Updated 3 hours ago by Ann Lee', false, false), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('Nov 19, 2019 at 7:10 p.m. ET by Ann Lee', false, false), ['Ann Lee']);
  assert.deepEqual(bylineAuthors('October 9, 2018 | by Ann Lee', false, false), ['Ann Lee']);
});

test('byline: a page read again hands out its own list of authors (the line\'s reading is kept, not shared)', () => {
  const page = ['Harbour bridge to reopen after three years of work', 'By Ann Lee and Bo Park', ...BRIDGE_STORY].join('\n');
  for (let time = 0; time < 3; time++) {
    const authors = readHeader(toSeedDocument(page), () => false).authors;
    assert.deepEqual(authors, ['Ann Lee', 'Bo Park']);
    authors.push('Cy Dunn');
  }
});

test('byline: a kept byline does not keep its document alive (a name sliced from the text refers to the whole of it)', () => {
  // The document is 12 MB of text; its byline is read twice, as an edited page's, and kept.
  const freed = bytesFreedAfterReading(
    () => `Harbour bridge to reopen after three years of work\nBy Annabelle-Leewardharbourside\n${BRIDGE_STORY.join('\n')}\n${'The council voted on Monday to build the bridge.\n'.repeat(250_000)}`,
    (text) => {
      for (let time = 0; time < 2; time++) readHeader(toSeedDocument(text), () => false);
    },
  );
  assert.ok(freed > 8_000_000, `freed ${freed} bytes`);
});
