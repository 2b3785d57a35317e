import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectDates } from '../../src/core/dates';
import { toSeedDocument } from '../../src/core/document';
import { ABSOLUTE_RULES } from '../../src/core/dates/absolute';
import { NAMED_RULES } from '../../src/core/dates/named';
import { RELATIVE_RULES } from '../../src/core/dates/relative';
import type { DateRule } from '../../src/core/dates/rule';
import { ruleStarts, ruleWordTable } from '../../src/core/dates/startWords';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const find = (text: string, published: string | null) => detectDates(toSeedDocument(text), published);
/** text -> value of every mention, in order. */
const values = (text: string, published: string | null) => find(text, published).map((d) => [d.text, d.value]);

// Wednesday 27 August 2025.
const WEDNESDAY = '2025-08-27';

test('seed 000: header, updated line and weekdays resolved against Friday 2025-08-29', () => {
  const mentions = find(fixture('000_93e29ae284e8c2f5.txt'), '2025-08-29');
  const byText = (text: string) => mentions.filter((d) => d.text === text);
  assert.deepEqual(byText('2025-08-29').map((d) => [d.value, d.relative]), [['2025-08-29', false]], 'the header keyword is not part of the date');
  assert.deepEqual(byText('Friday, August 29, 2025').map((d) => d.value), ['2025-08-29']);
  assert.ok(byText('Sunday').length >= 2);
  for (const sunday of byText('Sunday')) assert.deepEqual([sunday.value, sunday.precision, sunday.relative], ['2025-08-31', 'day', true]);
  assert.deepEqual(byText('Friday').map((d) => d.value), ['2025-08-29']);
});

test('seed 002: month-day, years ago and plain years', () => {
  const found = values(fixture('002_c5cc658af23e45c8.txt'), '2025-07-18');
  for (const expected of [['May 8', '2025-05-08'], ['Ten years ago', '2015'], ['2027', '2027'], ['2024', '2024']]) {
    assert.ok(found.some(([text, value]) => text === expected[0] && value === expected[1]), `${expected[0]} -> ${expected[1]}`);
  }
});

test('spans and offsets are exact slices of the text', () => {
  const text = 'The talks ended on Friday, and resume in March 2026.';
  for (const mention of find(text, WEDNESDAY)) assert.equal(text.slice(mention.start, mention.end), mention.text);
});

test('weekdays: past by default, future after "will" or "scheduled", last and next', () => {
  assert.deepEqual(values('Officials said Monday that talks failed.', WEDNESDAY), [['Monday', '2025-08-25']]);
  assert.deepEqual(values('He will travel to Paris on Friday.', WEDNESDAY), [['Friday', '2025-08-29']]);
  assert.deepEqual(values('The deal is scheduled to close Monday.', WEDNESDAY), [['Monday', '2025-09-01']]);
  assert.deepEqual(values('They met last Wednesday.', WEDNESDAY), [['last Wednesday', '2025-08-20']]);
  assert.deepEqual(values('They meet next Wednesday.', WEDNESDAY), [['next Wednesday', '2025-09-03']]);
  assert.deepEqual(values('The vote was held Wednesday.', WEDNESDAY), [['Wednesday', WEDNESDAY]]);
});

test('deictic days, periods and distances', () => {
  assert.deepEqual(values('Prices rose yesterday and fell today.', WEDNESDAY), [['yesterday', '2025-08-26'], ['today', WEDNESDAY]]);
  assert.deepEqual(values('Sales fell last year but will grow next year.', WEDNESDAY), [['last year', '2024'], ['next year', '2026']]);
  assert.deepEqual(values('It opened last month.', WEDNESDAY), [['last month', '2025-07']]);
  assert.deepEqual(values('It was built ten years ago.', WEDNESDAY), [['ten years ago', '2015']]);
  assert.deepEqual(values('He left two months ago.', WEDNESDAY), [['two months ago', '2025-06']]);
  assert.deepEqual(values('A year ago he was unknown.', WEDNESDAY), [['A year ago', '2024']]);
});

test('months without a year: the last occurrence unless it is near or said to come', () => {
  assert.deepEqual(values('The plant closed in March.', WEDNESDAY), [['March', '2025-03']]);
  assert.deepEqual(values('He resigned last May.', WEDNESDAY), [['last May', '2025-05']]);
  assert.deepEqual(values('The law passed in December.', WEDNESDAY), [['December', '2024-12']]);
  assert.deepEqual(values('The summit opens in October.', WEDNESDAY), [['October', '2025-10']]);
  assert.deepEqual(values('On Aug. 7 the talks began.', WEDNESDAY), [['Aug. 7', '2025-08-07']]);
});

test('absolute dates: ISO, US, European, written out, month-year and year', () => {
  assert.deepEqual(values('Filed 2024-02-29.', null), [['2024-02-29', '2024-02-29']]);
  assert.deepEqual(values('Due 08/29/2025.', null), [['08/29/2025', '2025-08-29']]);
  assert.deepEqual(values('Due 29.08.2025.', null), [['29.08.2025', '2025-08-29']]);
  assert.deepEqual(values('Due 29/08/2025 or 03/09/2025.', null), [['29/08/2025', '2025-08-29'], ['03/09/2025', '2025-09-03']]);
  assert.deepEqual(values('Signed on 29 August 2025.', null), [['29 August 2025', '2025-08-29']]);
  assert.deepEqual(values('Signed on April 6, 1994.', null), [['April 6, 1994', '1994-04-06']]);
  assert.deepEqual(values('Founded in January 1998.', null), [['January 1998', '1998-01']]);
  assert.deepEqual(values('Independent since 1901.', null), [['1901', '1901']]);
  assert.deepEqual(values('By the year two thousand.', null), [['the year two thousand', '2000']]);
});

test('precision follows the value', () => {
  const [day, month, year] = find('On May 8, in June 2020, in 1999.', WEDNESDAY);
  assert.deepEqual([day?.precision, month?.precision, year?.precision], ['day', 'month', 'year']);
});

test('vague TimeML dates are reported without a value', () => {
  for (const text of ['Prices are high now.', 'He recently left.', 'Profit rose in the third quarter.', 'In the past, it failed.', 'Growth slowed in the 1990s.', 'Talks are set for this week.']) {
    const mentions = find(text, WEDNESDAY);
    assert.equal(mentions.length, 1, text);
    assert.equal(mentions[0]?.value, null, text);
  }
});

test('without a publication date, relative expressions have no value', () => {
  const [friday] = find('The Kremlin said on Friday.', null);
  assert.deepEqual([friday?.text, friday?.value, friday?.precision, friday?.relative], ['Friday', null, null, true]);
});

test('numbers, verbs, names, durations, ages, scores and clock times are not dates', () => {
  const notDates = [
    'It cost $1990 and 1,990 euros.',
    'About 2000 people marched.',
    'Prices may 8 times rise; May I ask?',
    'Thousands joined the March for Life.',
    'He was sentenced to Six Years for abuse.',
    'The team won 2-1 and took 1/2 of the pool.',
    'A 44-year-old man stayed for three years.',
    'Shots were fired at 10 p.m. Wednesday.',
    'The index rose to 1990.45 points.',
  ];
  for (const text of notDates) assert.deepEqual(values(text, WEDNESDAY), [], text);
});

test('scraped page furniture: timestamps and abbreviated months', () => {
  assert.deepEqual(values('Published 2025-08-29T10:24:00Z', null), [['2025-08-29', '2025-08-29']]);
  assert.deepEqual(values('Updated: 29 Aug 2025, 10:24 am', null), [['29 Aug 2025', '2025-08-29']]);
  assert.deepEqual(values('Last Updated: Aug 29 2025', null), [['Aug 29 2025', '2025-08-29']]);
  assert.deepEqual(values('A budget of Rs 2000 crore.', null), []);
});

test('curly apostrophes as scraped pages write them', () => {
  assert.deepEqual(values('Friday’s vote, New Year’s Day, the ’90s.', WEDNESDAY), [
    ['Friday’s', '2025-08-22'],
    ['New Year’s Day', '2026-01-01'],
    ['’90s', null],
  ]);
});

/** Text with an expression for every rule that has start words, and near misses around them. */
const EVERY_KIND = [
  'On Friday, Aug. 29, 2025, and last Monday night, the past year and this past spring were quiet.',
  'In the year two thousand and nine, nineteen seventy-nine, Nineteen-eighties, the twenties and the nineties.',
  'Christmas Eve, Christmas, New Year’s Day and Thanksgiving Day came early in March and in May 2010.',
  'Today, yesterday and Tomorrow; now, currently, more recently, Most recently, recent years, Recent months.',
  'The past, in the near future, Into the future, For the immediate future, the near term, The short term.',
  'It was as soon as possible, then soon, the weekend, The weekend, earlier that year, Later that month.',
  'This year, next week, Last quarter, the past month, ten days ago, two weeks earlier, a decade ago.',
  'The year, the full year, year-end, The year-end, the year’s end, the end of the year, the first quarter.',
  'second-quarter, the latest quarter, the fiscal quarter, the year-earlier period, the 2024 period, Q1 2024, Q4.',
  'year-earlier, year-ago, Yesterday’s, Mondays, Thebes, the pastor, Marches, Mayors, Junes, soonest, into.',
].join('\n');

const NUMBERS = 'On 2025-08-29, 29.08.2025, 8/29/25, 12/08/2025, 29 August, 8th of May 2010, in 1990, mid-1990, the 1990s, 1980’s, 20th century, the 21st-century.';

/** Whether the start word at `at` is followed as the rule says (`afterStartWord`), read by a pattern of its own. */
function followedAsSaid(rule: DateRule, text: string, at: number): boolean {
  if (rule.afterStartWord === undefined) return true;
  return new RegExp(`^\\w+(?!\\w)[\\s.,'\\-\\u0080-\\uffff]*[${rule.afterStartWord}]`).test(text.slice(at));
}

test('every rule with start words or numbers matches only where one of them stands, followed as it says (what lets the detector try it only there)', () => {
  const texts = [EVERY_KIND, NUMBERS, 'In May of 2010, Oct.\n5, March,\u00a02011, the\u2003past, the year\u2019s end, the year-end, the years-ago.',
    fixture('000_93e29ae284e8c2f5.txt'), fixture('002_c5cc658af23e45c8.txt')];
  const wordAt = (text: string, at: number): string => /^\w+/.exec(text.slice(at))?.[0] ?? '';
  let checked = 0;
  for (const rule of [...ABSOLUTE_RULES, ...NAMED_RULES, ...RELATIVE_RULES]) {
    if (!rule.startWords && !rule.startsAtNumber) continue;
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (const text of texts) {
      for (const match of text.matchAll(pattern)) {
        checked++;
        const before = match.index === 0 ? ' ' : text[match.index - 1]!;
        const starts = rule.startsAtNumber
          ? /\d/.test(text[match.index]!) && !/\d/.test(before)
          : !/\w/.test(before) && rule.startWords!.includes(wordAt(text, match.index)) && followedAsSaid(rule, text, match.index);
        assert.ok(starts, `${pattern.source} at "${match[0]}"`);
      }
    }
  }
  assert.ok(checked > 80, `only ${checked} matches checked`);
});

test('every match of a rule with required words holds one of them whole (what lets the detector skip it without them)', () => {
  const texts = [EVERY_KIND, NUMBERS, 'the 20th-century, 21st Century, the year-ago quarter, the third-quarter period.',
    fixture('000_93e29ae284e8c2f5.txt'), fixture('002_c5cc658af23e45c8.txt')];
  let checked = 0;
  for (const rule of [...ABSOLUTE_RULES, ...NAMED_RULES, ...RELATIVE_RULES]) {
    if (!rule.requiredWords) continue;
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (const text of texts) {
      for (const match of text.matchAll(pattern)) {
        checked++;
        const words: string[] = match[0].match(/\w+/g) ?? [];
        assert.ok(rule.requiredWords.some((word) => words.includes(word)), `${pattern.source} at "${match[0]}"`);
      }
    }
  }
  assert.ok(checked > 20, `only ${checked} matches checked`);
});

test('the scan finds the offsets and required words a word-by-word reading finds, digits inside words too', () => {
  const rules = [...ABSOLUTE_RULES, ...NAMED_RULES, ...RELATIVE_RULES];
  const table = ruleWordTable(rules);
  for (const text of [EVERY_KIND, NUMBERS, 'Q1/2/2024, A380, x12y, 7th, Thebes the_year year2 2years, May May 2025, the\u2003past, the', fixture('000_93e29ae284e8c2f5.txt')]) {
    const words = [...text.matchAll(/\w+/g)];
    const numberStarts = [...text.matchAll(/(?<!\d)\d/g)].map((match) => match.index);
    const starts = ruleStarts(text, table);
    rules.forEach((rule, index) => {
      const expected = rule.startsAtNumber
        ? numberStarts
        : words.filter((word) => rule.startWords?.includes(word[0]) && followedAsSaid(rule, text, word.index)).map((word) => word.index);
      assert.deepEqual(starts.offsets[index], expected, rule.pattern.source);
      const runs = !rule.requiredWords || words.some((word) => rule.requiredWords!.includes(word[0]));
      assert.equal(starts.runs[index], runs, rule.pattern.source);
    });
  }
});

test('every kind of expression is found where the start words lead the detector', () => {
  const found = find(EVERY_KIND, WEDNESDAY).map((date) => date.text);
  for (const expected of ['Friday, Aug. 29, 2025', 'last Monday night', 'the year two thousand and nine', 'nineteen seventy-nine',
    'Christmas Eve', 'New Year’s Day', 'Thanksgiving Day', 'more recently', 'the near term', 'as soon as possible', 'the weekend',
    'earlier that year', 'This year', 'ten days ago', 'The year-end', 'the first quarter', 'Q1 2024', 'year-ago', 'March', 'May 2010']) {
    assert.ok(found.includes(expected), `${expected} not in ${JSON.stringify(found)}`);
  }
});
