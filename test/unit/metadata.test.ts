import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readMetadata } from '../../src/core/metadata';
import { SEED_000, SEED_002 } from './fixtures';

const read = (text: string) => readMetadata(toSeedDocument(text));

test('seed 000: date header, headline after it, agency glued to the time stamp', () => {
  const metadata = read(SEED_000);
  assert.equal(metadata.published, '2025-08-29');
  assert.equal(metadata.title, "Russia Values 'Special Strategic Partnership' With China Ahead Of Putin’s Visit At SCO Summit");
  assert.equal(metadata.source, 'PTI');
  assert.deepEqual(metadata.authors, []);
});

test('seed 002: outlet from "reports X", author from "Original Author:", no publication date in the text', () => {
  const metadata = read(SEED_002);
  assert.equal(metadata.title, 'Putin and Xi Strengthen Moscow-Beijing Ties Amid Victory Anniversary');
  assert.equal(metadata.source, 'Orda.kz');
  assert.deepEqual(metadata.authors, ['Ruslan Loginov']);
  assert.equal(metadata.published, null, 'May 8 inside the story is not the publication date');
});

test('Reuters dateline gives the publication date', () => {
  const metadata = read('SOCCER - JAPAN WIN.\n\nAL-AIN, United Arab Emirates 1996-12-06\nTwo goals gave Japan a win.\n');
  assert.equal(metadata.published, '1996-12-06');
  assert.equal(metadata.title, 'SOCCER - JAPAN WIN.');
});

test('a time stamp line gives the date; a date in a story paragraph does not', () => {
  assert.equal(read('Headline here now\nPublished: 3 March 2024, 10:00\nText.').published, '2024-03-03');
  const story = 'Headline here now\nThe minister said on March 3, 2024 that the budget of the region would be cut by a large share next year.';
  assert.equal(read(story).published, null);
});

test('bylines: glued job titles cut off, furniture is never an author, several authors split', () => {
  assert.deepEqual(read('Title of it all\nBy Meg JamesStaff Writer\n').authors, ['Meg James']);
  assert.deepEqual(read('Title of it all\nBy Anna Smith and John Doe\n').authors, ['Anna Smith', 'John Doe']);
  assert.deepEqual(read('Title of it all\nBy Minute Read\n').authors, []);
});

test('source: agency in parentheses', () => {
  assert.equal(read('Title of it all\nLONDON (Reuters) - Prices rose.').source, 'Reuters');
});

test('empty and blank documents have no metadata', () => {
  assert.deepEqual(read(''), { title: null, published: null, source: null, authors: [] });
  assert.deepEqual(read('  \n\n'), { title: null, published: null, source: null, authors: [] });
});

test('the headline above the story wins over page furniture at the top', async () => {
  const { analyze } = await import('../../src/core/analyze');
  const page = [
    'Skip to main content',
    'Menu Sections Search',
    'Share on Facebook',
    'Mayor unveils plan to rebuild the old harbour bridge',
    'By Ann Lee | November 18, 2019 10:03 AM',
    'The mayor on Monday presented a plan to rebuild the harbour bridge, which has been closed to traffic since a storm damaged it in the spring.',
    'Work would start next year and take three years, the city said in a statement released after the council meeting.',
  ].join('\n');
  assert.equal(analyze(page).title, 'Mayor unveils plan to rebuild the old harbour bridge');
});

test('authors: a byline in capitals splits at its capital "AND"', () => {
  const metadata = readMetadata(toSeedDocument('Harbour bridge plan unveiled\nBY ANN LEE AND BO PARK\nThe council voted on Monday.'));
  assert.deepEqual(metadata.authors, ['ANN LEE', 'BO PARK']);
});
