import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate, normalizeLine } from '../../src/core/boilerplate';
import { normalizedLineHash, WordHashes } from '../../src/core/boilerplate/normalize';
import { fnv1aString } from '../../src/core/hash';
import { toSeedDocument } from '../../src/core/document';
import { countWordsInto, type WordCounts } from '../../src/core/boilerplate/words';
import type { BoilerplateRegion } from '../../src/core/types';

const SEED_000_TITLE = "Russia Values 'Special Strategic Partnership' With China Ahead Of Putin’s Visit At SCO Summit";
const SEED_002_TITLE = 'Putin and Xi Strengthen Moscow-Beijing Ties Amid Victory Anniversary';

function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
}

/** Line number -> kind, for every line a region covers. */
function flaggedLines(text: string, title: string | null, repeatedLines?: ReadonlySet<string>): Map<number, string> {
  const regions = detectBoilerplate(toSeedDocument(text), { title, repeatedLines });
  const kinds = new Map<number, string>();
  for (const region of regions) for (let n = region.startLine; n <= region.endLine; n++) kinds.set(n, region.kind);
  return kinds;
}

function lineNumberOf(text: string, start: string, occurrence = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  const index = lines.findIndex((line) => line.trimStart().startsWith(start) && ++seen === occurrence);
  assert.ok(index >= 0, `no line starting with ${start}`);
  return index + 1;
}

const PROSE = [
  'The city council voted on Tuesday to extend the program for another two years, officials said.',
  'Supporters of the measure argued that it had reduced waiting times at the clinics by almost a third.',
  'Critics said the money would be better spent on the roads, which have not been repaired since the flood.',
  'The mayor said she would sign the bill this week and that the first payments would go out in March.',
];

test('seed 000: furniture blocks flagged, every article paragraph kept', () => {
  const text = fixture('000_93e29ae284e8c2f5.txt');
  const flagged = flaggedLines(text, SEED_000_TITLE);
  for (const start of ['FPJ Shorts', 'Read Also', 'RECENT STORIES', 'Follow us on', 'e-Paper Get App', 'HomeWorld']) {
    assert.ok(flagged.has(lineNumberOf(text, start)), `${start} should be flagged`);
  }
  assert.equal(flagged.get(lineNumberOf(text, 'Russia Values', 2)), 'duplicate-headline');
  assert.equal(flagged.get(lineNumberOf(text, 'Russia Values', 5)), 'duplicate-headline');
  for (const start of ['Moscow: Russia values', '"These are relations', 'The potential of', '"Both we and', 'He said the Russian', 'According to local media']) {
    assert.ok(!flagged.has(lineNumberOf(text, start)), `${start} is article content`);
  }
  for (const occurrence of [1, 2]) {
    assert.notEqual(flagged.get(lineNumberOf(text, 'Putin, who will also attend', occurrence)), 'related-links');
  }
});

test('seed 002: the Latest news list flagged, no article line flagged', () => {
  const text = fixture('002_c5cc658af23e45c8.txt');
  const flagged = flaggedLines(text, SEED_002_TITLE);
  assert.ok(flagged.has(lineNumberOf(text, 'Latest news')));
  for (let n = lineNumberOf(text, '- EU Approves'); n <= lineNumberOf(text, '- President Signs'); n++) assert.ok(flagged.has(n));
  for (let n = 1; n <= lineNumberOf(text, 'Chinese state media'); n++) assert.ok(!flagged.has(n), `line ${n} is article content`);
});

test('a menu before the article and a link list after it are flagged, prose is not', () => {
  const menu = ['Home', 'World', 'Business', 'Sports', 'Entertainment', 'Opinion'];
  const links = ['Stocks Rally As Markets Shrug Off Rate Worries', 'Five Things To Watch This Week', 'Local Team Wins The Cup'];
  const text = [...menu, '', ...PROSE.flatMap((p) => [p, '']), 'Most Read', ...links].join('\n');
  const flagged = flaggedLines(text, null);
  for (let n = 1; n <= menu.length; n++) assert.ok(flagged.has(n), `menu line ${n}`);
  for (const p of PROSE) assert.ok(!flagged.has(lineNumberOf(text, p)), p);
  for (const link of links) assert.ok(flagged.has(lineNumberOf(text, link)), link);
});

test('a one-sentence paragraph inside the article is content', () => {
  const text = [PROSE[0], '', PROSE[1], '', 'Nobody was hurt.', '', PROSE[2], '', PROSE[3]].join('\n');
  assert.equal(flaggedLines(text, null).size, 0);
});

test('furniture phrases inside the article are flagged with their kind', () => {
  const text = [PROSE[0], '', 'Advertisement', '', PROSE[1], '', 'Share this article', '', PROSE[2], '', PROSE[3]].join('\n');
  const flagged = flaggedLines(text, null);
  assert.equal(flagged.get(3), 'advertisement');
  assert.equal(flagged.get(7), 'share');
  assert.equal(flagged.size, 2);
});

test('copyright and agency disclaimer lines are flagged', () => {
  const disclaimer = '(Except for the headline, this story has not been edited by our staff and is published from a syndicated feed.)';
  const text = [...PROSE, disclaimer, '© 2024 Example Media. All rights reserved.'].join('\n');
  const flagged = flaggedLines(text, null);
  assert.equal(flagged.get(5), 'disclaimer');
  assert.equal(flagged.get(6), 'footer');
});

test('the first copy of the headline is kept, later copies and breadcrumbs are flagged', () => {
  const title = 'Council Extends Clinic Program For Two More Years';
  const text = [title, `HomeNews${title}`, ...PROSE, 'Related', title].join('\n');
  const flagged = flaggedLines(text, title);
  assert.ok(!flagged.has(1));
  assert.equal(flagged.get(2), 'navigation');
  assert.equal(flagged.get(8), 'duplicate-headline');
});

test('a wrong title that is a line of the article does not make its copies duplicate headlines', () => {
  const feature = 'Works with every phone on the market';
  const paragraphs = PROSE.map((sentence, i) => `${sentence} ${PROSE[(i + 1) % PROSE.length]}`);
  const text = [paragraphs[0], paragraphs[1], feature, paragraphs[2], feature, paragraphs[3]].join('\n');
  const kinds = [...flaggedLines(text, feature).values()];
  assert.ok(!kinds.includes('duplicate-headline'), kinds.join());
});

test('a table of figures inside the article is content', () => {
  const table = ['1 Kyle Busch 5040 5 1 17', '2 Martin Truex 5035 7 0 15', '3 Kevin Harvick 5033 4 6 15', '4 Denny Hamlin 5027 6 3 19'];
  const text = [PROSE[0], PROSE[1], ...table, PROSE[2], PROSE[3]].join('\n');
  assert.equal(flaggedLines(text, null).size, 0);
});

test('rows of one shape inside the article are content, figures or not', () => {
  const rows = ['England (Group A): 10th appearance', 'Czech Republic (Group A): Seventh appearance', 'Ukraine (Group B): Third appearance', 'Spain (Group F): 11th appearance'];
  const text = [PROSE[0], PROSE[1], 'Qualified teams', ...rows, PROSE[2], PROSE[3]].join('\n');
  assert.equal(flaggedLines(text, null).size, 0);
});

test('a photo caption is flagged as a caption, the paragraphs around it are not', () => {
  const text = [PROSE[0], PROSE[1], 'The mayor at the council meeting | Photo: City Hall', PROSE[2], PROSE[3]].join('\n');
  const flagged = flaggedLines(text, null);
  assert.equal(flagged.get(3), 'caption');
  assert.equal(flagged.size, 1);
});

test('a list announced with a colon at the end of the article is content', () => {
  const items = ['June 9 - West Palm Beach, FL', 'June 10 - Tampa, FL', 'July 2 - Uncasville, CT'];
  const text = [...PROSE, 'The tour dates:', ...items, 'Share this', 'Facebook'].join('\n');
  const flagged = flaggedLines(text, null);
  for (let n = 1; n <= PROSE.length + 1 + items.length; n++) assert.ok(!flagged.has(n), `line ${n}`);
  assert.ok(flagged.has(PROSE.length + items.length + 2));
});

test('teasers after the article (headline, date, summary) are flagged', () => {
  const teaser = (headline: string) => [headline, 'November 20, 2019', `${PROSE[0]!.slice(0, 80)}.`, ''];
  const text = [...PROSE, '', 'More News', '', ...teaser('Mayor Signs Budget'), ...teaser('Storm Closes Roads')].join('\n');
  const flagged = flaggedLines(text, null);
  assert.ok(flagged.has(lineNumberOf(text, 'Mayor Signs Budget')));
  assert.ok(flagged.has(lineNumberOf(text, 'November 20, 2019', 2)));
  assert.equal(flagged.get(lineNumberOf(text, 'November 20, 2019')), 'byline-furniture');
});

test('text in other scripts: Japanese prose is content, its menu is not', () => {
  const prose = [
    '東京都は二十日、新しい防災計画を発表した。計画では、地震の際の避難所を増やし、食料の備蓄も拡充するという。',
    '都の担当者は、住民の安全を守るために必要な措置だと説明し、来年度から段階的に実施する方針を示した。',
  ];
  const text = ['ホーム', 'ニュース', '天気', '', ...prose, '', '関連記事', 'スポーツの話題'].join('\n');
  const flagged = flaggedLines(text, null);
  assert.ok(flagged.has(1) && flagged.has(2));
  assert.ok(!flagged.has(5) && !flagged.has(6));
  assert.equal(flagged.get(8), 'related-links');
});

test('lines repeated across the collection are flagged', () => {
  const text = [PROSE[0], 'Sign up for the Morning Briefing', PROSE[1], PROSE[2], PROSE[3]].join('\n');
  const repeated = new Set([normalizeLine('Sign up for the morning briefing!')]);
  assert.ok(flaggedLines(text, null, repeated).has(2));
});

test('regions merge consecutive lines of one kind across blank lines and carry offsets', () => {
  const text = ['Home', '', 'World', ...PROSE].join('\n');
  const regions: BoilerplateRegion[] = detectBoilerplate(toSeedDocument(text), { title: null });
  assert.equal(regions.length, 1);
  const { confidence, certain, ...span } = regions[0]!;
  assert.deepEqual(span, { start: 0, end: 11, startLine: 1, endLine: 3, kind: 'navigation' });
  assert.ok(confidence !== undefined && confidence >= 0.5 && confidence <= 1, `confidence ${confidence}`);
  assert.equal(typeof certain, 'boolean');
});

test('empty and blank documents give no regions', () => {
  assert.deepEqual(detectBoilerplate(toSeedDocument(''), { title: null }), []);
  assert.deepEqual(detectBoilerplate(toSeedDocument('\n\n  \n'), { title: 'Anything At All Here' }), []);
});

function countWordsOf(text: string): WordCounts {
  const counts: WordCounts = { words: 0, numbers: 0, stopWords: 0, capitalized: 0, cased: 0, ideographs: 0 };
  countWordsInto(text, counts);
  return counts;
}

/** What `normalizeLine` is defined as; its one-scan form must give the same on any text. */
function normalizedByDefinition(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

test('normalizeLine: the one-scan form equals NFKC, lower case and word runs on every kind of character', () => {
  const samples = [
    'Putin’s “Special” Visit — At SCO…',
    '\u00a0Sign up\u2009for the Morning Briefing!\u00a0',
    'Café Zürich ÉTÉ naïve',
    'ΟΔΥΣΣΕΥΣ ΣΑΣ',
    'İstanbul DİYARBAKIR',
    'e\u0301cole a\u0308 Kelvin \u212a',
    'ﬁnancial ｆｕｌｌｗｉｄｔｈ Ⓒ 2024 ½ №5 ™',
    '\u1100\u1161\u11a8 한국 東京都 ホーム',
    'Новости ДНЯ и мира',
    'emoji 😀 and 𝐀𝐁𝐂 math letters',
    'tab\tand\u2028line separator',
    '',
  ];
  for (const sample of samples) assert.equal(normalizeLine(sample), normalizedByDefinition(sample), sample);
  for (const name of ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt']) {
    for (const line of fixture(name).split('\n')) assert.equal(normalizeLine(line), normalizedByDefinition(line), line);
  }
});

test('normalizedLineHash: the hash of normalizeLine\'s form and of each of its words, without making the string', () => {
  const samples = ['Putin’s “Special” Visit — At SCO…', 'ΟΔΥΣΣΕΥΣ ΣΑΣ', 'ﬁnancial ｆｕｌｌｗｉｄｔｈ Ⓒ 2024', '  --  ', '', 'x'.repeat(5000) + ' Y'];
  const lines = [...samples, ...fixture('000_93e29ae284e8c2f5.txt').split('\n')];
  const words = new WordHashes();
  for (const line of lines) {
    const normalized = normalizeLine(line);
    assert.equal(normalizedLineHash(line, words), normalized === '' ? -1 : fnv1aString(normalized), line);
    assert.deepEqual([...words.values.subarray(0, words.count)], normalized === '' ? [] : normalized.split(' ').map((word) => fnv1aString(word)), line);
    assert.equal(normalizedLineHash(line), normalized === '' ? -1 : fnv1aString(normalized), line);
  }
});

test('function words are counted in any case and script; a dotted capital I or a joiner makes another word', () => {
  assert.equal(countWordsOf('THE Mayor AND the Council').stopWords, 3);
  assert.equal(countWordsOf('ИЛИ Und DER Rat').stopWords, 3);
  assert.equal(countWordsOf('İN THE İTALİAN').stopWords, 1);
  assert.equal(countWordsOf("don't the- -and").stopWords, 2);
  // A joiner ending the line stays on its word, which is then no function word.
  assert.equal(countWordsOf('ask the-').stopWords, 0);
});

test('analysing an edited document after the original gives what a first analysis gives', () => {
  const original = fixture('000_93e29ae284e8c2f5.txt');
  const lines = original.split('\n');
  const paragraph = lines.findIndex((line) => line.startsWith('Putin, who will'));
  const edited = [...lines.slice(0, paragraph), 'Advertisement', ...lines.slice(paragraph)].join('\n');
  const afterOther = (text: string, other: string): BoilerplateRegion[] => {
    detectBoilerplate(toSeedDocument(other), { title: null });
    return detectBoilerplate(toSeedDocument(text), { title: SEED_000_TITLE });
  };
  const fresh = afterOther(edited, fixture('002_c5cc658af23e45c8.txt'));
  assert.deepEqual(afterOther(edited, original), fresh);
  assert.ok(fresh.some((region) => region.kind === 'advertisement'));
});

test('a long line repeated across the collection is flagged even when the same text was just analysed without repeats', () => {
  const long = PROSE.join(' ');
  assert.ok(long.length > 300);
  const text = [PROSE[0], long, PROSE[1], PROSE[2], PROSE[3]].join('\n');
  assert.ok(!flaggedLines(text, null).has(2));
  assert.equal(flaggedLines(text, null, new Set([normalizeLine(long)])).get(2), 'repeated');
});

test('analysing a document again, or with a line changed in place, gives what a first analysis gives', () => {
  const rows = ['England (Group A): 10th appearance', 'France (Group B): 16th appearance', 'Spain (Group C): 12th appearance',
    'Brazil (Group D): 22nd appearance', 'Japan (Group E): 7th appearance'];
  const text = [...PROSE.slice(0, 2), 'Qualified teams:', ...rows, ...PROSE.slice(2), 'Share this:', 'Facebook', 'Twitter'].join('\n');
  const changed = text.replace('Spain (Group C): 12th appearance', 'Spain (Group C) - 12th appearance');
  const first = (document: string): BoilerplateRegion[] => {
    detectBoilerplate(toSeedDocument(fixture('002_c5cc658af23e45c8.txt')), { title: null });
    return detectBoilerplate(toSeedDocument(document), { title: null });
  };
  for (const [before, after] of [[text, text], [text, changed], [changed, text]]) {
    detectBoilerplate(toSeedDocument(before!), { title: null });
    assert.deepEqual(detectBoilerplate(toSeedDocument(after!), { title: null }), first(after!));
  }
  assert.notDeepEqual(first(text), first(changed), 'the changed row breaks the table');
});
