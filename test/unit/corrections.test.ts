import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { correctSpeakers } from '../../src/core/corrections';
import { correctingWorker, correctionsKey, foldersUpTo, mergeCorrections, readCorrectionsYaml } from '../../src/corpus/correctionsFile';
import { type DocumentWorker, inThreadWorker } from '../../src/corpus/documentWork';

const TEXT = 'Talks in Alaska\n\nRussian President Vladimir Putin met Donald Trump at the White House in Washington on Friday. Putin said the talks were useful.\n\n"We will meet again," V. Putin told reporters.\n\nAwara Kutto Se Darna\n';

const names = (record: ReturnType<typeof analyze>) => record.names.map((name) => `${name.text}|${name.canonical}|${name.type}`);

test('corrections: without corrections the engine gives its own names', () => {
  const record = analyze(TEXT);
  assert.ok(names(record).includes('V. Putin|V. Putin|person'));
  assert.ok(names(record).includes('White House|White House|place'));
  assert.ok(names(record).includes('Awara Kutto Se Darna|Awara Kutto Se Darna|person'));
});

test('corrections: a name that is not one goes, a type is fixed, an alias merges forms into the canonical name', () => {
  const record = analyze(TEXT, {
    corrections: { notNames: ['awara  kutto se darna'], nameTypes: { 'White House': 'organization' }, aliases: { 'Vladimir Putin': ['V. Putin'] } },
  });
  assert.ok(!names(record).some((name) => name.startsWith('Awara')));
  assert.ok(names(record).includes('White House|White House|organization'));
  const putins = record.names.filter((name) => name.text.includes('Putin'));
  assert.equal(putins.length, 3);
  assert.ok(putins.every((name) => name.canonical === 'Vladimir Putin'));
  assert.deepEqual(record.quotes.map((quote) => quote.speaker), ['Vladimir Putin'], 'the speaker is called by the merged name');
});

test('corrections: a type given for the canonical name retypes every mention linked to it', () => {
  const record = analyze(TEXT, { corrections: { nameTypes: { 'vladimir putin': 'organization' } } });
  const linked = record.names.filter((name) => name.canonical === 'Vladimir Putin');
  assert.deepEqual(linked.map((name) => name.type), ['organization', 'organization']);
});

test('corrections: a quote whose speaker is not a name has none, one named by an alias takes the canonical name', () => {
  const quote = { start: 0, end: 5, text: 'Hello', marked: true, group: 0 };
  const corrected = correctSpeakers([{ ...quote, speaker: 'Are Puzzled' }, { ...quote, speaker: 'V. Putin' }, { ...quote, speaker: null }], {
    notNames: ['are puzzled'],
    aliases: { 'Vladimir Putin': ['V. Putin'] },
  });
  assert.deepEqual(corrected.map((each) => each.speaker), [null, 'Vladimir Putin', null]);
  const record = analyze(TEXT, { corrections: { notNames: ['V. Putin'] } });
  assert.ok(!record.quotes.some((each) => each.speaker === 'V. Putin'));
});

test('corrections: a boilerplate region made of "Not boilerplate" lines is kept as text', () => {
  const page = 'Skip to main content\nHome\nWorld\nSports\n\nTalks in Alaska\n\nVladimir Putin met Donald Trump on Friday in Anchorage, where the talks lasted three hours.\n';
  const region = analyze(page).boilerplate[0];
  assert.ok(region, 'the menu is boilerplate without corrections');
  const lines = page.slice(region.start, region.end).split('\n').filter((line) => line.trim() !== '');
  const corrected = analyze(page, { corrections: { notBoilerplate: lines } });
  assert.ok(!corrected.boilerplate.some((kept) => kept.start === region.start), 'the excepted region is gone');
});

test('corrections file: the three kinds of corrections are read', () => {
  const read = readCorrectionsYaml('# mine\nnotNames: [Awara Kutto Se Darna]\nnameTypes: {White House: organization}\naliases:\n  Vladimir Putin: [V. Putin]\n  Donald Trump: Trump\nnotBoilerplate:\n  - skip to main content\n', 'x.yaml');
  assert.deepEqual(read, {
    ok: true,
    corrections: {
      notNames: ['Awara Kutto Se Darna'],
      nameTypes: { 'White House': 'organization' },
      aliases: { 'Vladimir Putin': ['V. Putin'], 'Donald Trump': ['Trump'] },
      notBoilerplate: ['skip to main content'],
    },
  });
  assert.deepEqual(readCorrectionsYaml('', 'x.yaml'), { ok: true, corrections: {} });
});

test('corrections file: malformed YAML and wrong shapes are problems naming file:line:col', () => {
  const syntax = readCorrectionsYaml('notNames: [Awara\nnameTypes: {}\n', 'seeds/.sourcereview.yaml');
  assert.equal(syntax.ok, false);
  assert.match(!syntax.ok ? syntax.problem : '', /^seeds\/\.sourcereview\.yaml:\d+:\d+: /);
  const badType = readCorrectionsYaml('notNames: []\nnameTypes:\n  White House: building\n', 'f.yaml');
  assert.deepEqual(badType, { ok: false, problem: 'f.yaml:3:16: nameTypes: expected person, organization or place, not "building"' });
  const notList = readCorrectionsYaml('notNames: Awara\n', 'f.yaml');
  assert.deepEqual(notList, { ok: false, problem: 'f.yaml:1:11: notNames: expected a list of texts' });
});

test('corrections files: nearer files win for types and aliases, lists add up', () => {
  const merged = mergeCorrections([
    { notNames: ['A'], nameTypes: { 'White House': 'organization' }, aliases: { 'Vladimir Putin': ['V. Putin'] } },
    { notNames: ['B'], nameTypes: { 'white house': 'place', Kremlin: 'organization' }, aliases: { Putin: ['V. Putin', 'President Putin'] } },
  ]);
  assert.deepEqual(merged.notNames, ['A', 'B']);
  assert.deepEqual(merged.nameTypes, { 'White House': 'organization', Kremlin: 'organization' });
  assert.deepEqual(merged.aliases, { 'Vladimir Putin': ['V. Putin'], Putin: ['President Putin'] });
});

test('corrections files: folders searched from the seed folder up to the root, nearest first', () => {
  assert.deepEqual(foldersUpTo('/w/seeds/2025/', '/w'), ['/w/seeds/2025', '/w/seeds', '/w']);
  assert.deepEqual(foldersUpTo('/w', '/w'), ['/w']);
  assert.deepEqual(foldersUpTo('/other/seeds', '/w'), ['/other/seeds']);
  assert.deepEqual(foldersUpTo('/w2/seeds', '/w'), ['/w2/seeds'], 'a sibling whose name starts like the root is outside it');
});

test('corrections key: empty without corrections, different when a correction changes', () => {
  assert.equal(correctionsKey(undefined), '');
  assert.equal(correctionsKey({}), '');
  assert.notEqual(correctionsKey({ notNames: ['A'] }), correctionsKey({ notNames: ['B'] }));
  assert.equal(correctionsKey({ notNames: ['A', 'B'] }), correctionsKey({ notNames: ['B', 'A'] }));
});

test('the correcting worker lets the pool it wraps release its threads', async () => {
  let released = 0;
  const pool: DocumentWorker = { ...inThreadWorker, release: async () => void released++ };
  await correctingWorker(pool, () => undefined).release?.();
  assert.equal(released, 1);
});
