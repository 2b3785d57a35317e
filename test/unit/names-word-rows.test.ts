import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LABEL_COUNT, NEIGHBOUR_OFFSETS, formsOf, neighbourFeatures, ownFeatures } from '../../src/core/names/features';
import { loadNamesModel } from '../../src/core/names/model';
import { NamesTagger, type TaggedLine } from '../../src/core/names/tagger';
import { ABSENT } from '../../src/core/names/packedStrings';
import { WordRows } from '../../src/core/names/wordRows';
import { toSeedDocument } from '../../src/core/document';

const model = loadNamesModel();
const SLOTS = (1 + NEIGHBOUR_OFFSETS.length) * LABEL_COUNT;

/** The word's weight sums the plain way: every feature key built and looked up, in template order. */
function sumsByKeys(word: string): Float32Array {
  const forms = formsOf(word, model.firstNames, model.clusters);
  const sums = new Float32Array(SLOTS);
  const addKeys = (keys: readonly string[], from: number): void => {
    for (const key of keys) {
      const row = model.rows.indexOf(key);
      if (row === ABSENT) continue;
      for (let label = 0; label < LABEL_COUNT; label++) sums[from + label]! += model.weights[row * LABEL_COUNT + label]!;
    }
  };
  addKeys(ownFeatures(forms), 0);
  NEIGHBOUR_OFFSETS.forEach((offset, slot) => addKeys(neighbourFeatures(forms, offset), (slot + 1) * LABEL_COUNT));
  return sums;
}

function sumsByRows(rows: WordRows, word: string): Float32Array {
  const sums = new Float32Array(SLOTS);
  rows.addWord(formsOf(word, model.firstNames, model.clusters), sums, 0);
  return sums;
}

/** Words of every kind: the fixtures' words, the model's own word forms and endings, and odd ones. */
function sampleWords(): string[] {
  const fixtures = join(__dirname, '../fixtures');
  const words = new Set<string>();
  for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.txt'))) {
    for (const word of readFileSync(join(fixtures, file), 'utf8').split(/[\s,;()]+/)) if (word) words.add(word);
  }
  for (let row = 0; row < model.rows.size; row++) {
    const key = model.rows.at(row);
    const [template, value] = [key.slice(0, key.indexOf('=')), key.slice(key.indexOf('=') + 1)];
    // Every 25th form, and words built around the model's endings and prefixes (a letter more than the ending: x4 absent, x3 present).
    if (/^-?\d?w$/.test(template) && row % 25 === 0) words.add(value).add(value.toUpperCase()).add(value.charAt(0).toUpperCase() + value.slice(1));
    if (/^x\d$/.test(template) && row % 3 === 0) words.add(`q${value}`).add(`zzq${value}`).add(`Qu${value}`);
    if (template === 'p3') words.add(`${value}ville`);
  }
  for (const word of ['', '<s>', '</s>', 'b', 'U.S.', "O'Neill", 'O’Neill', '1996', '2,500', 'AL-AIN', 'Zürich', 'ÉCOLE', 'McDonald', '--', '“', 'x', 'ab', 'abc', 'abcd', 'abcde']) words.add(word);
  return [...words];
}

test('a word sums the same weights, to the bit, through WordRows as through its feature keys', () => {
  const rows = new WordRows(model.rows, model.weights);
  const words = sampleWords();
  assert.ok(words.length > 3000, `only ${words.length} sample words`);
  let differing = 0;
  for (const word of words) {
    const [expected, actual] = [sumsByKeys(word), sumsByRows(rows, word)];
    if (!expected.every((value, index) => Object.is(value, actual[index]))) {
      differing++;
      if (differing <= 3) assert.deepEqual([...actual], [...expected], word);
    }
  }
  assert.equal(differing, 0);
});

test('WordRows writes from the given offset and nowhere else', () => {
  const rows = new WordRows(model.rows, model.weights);
  const sums = new Float32Array(3 + SLOTS + 3).fill(7);
  sums.fill(0, 3, 3 + SLOTS);
  rows.addWord(formsOf('Reuters', model.firstNames, model.clusters), sums, 3);
  assert.deepEqual([...sums.subarray(0, 3), ...sums.subarray(3 + SLOTS)], [7, 7, 7, 7, 7, 7]);
  assert.deepEqual([...sums.subarray(3, 3 + SLOTS)], [...sumsByKeys('Reuters')]);
  assert.ok(sums.subarray(3, 3 + SLOTS).some((value) => value !== 0));
});

/** `count` distinct made-up words without digits (the tagger folds digits), capitalized and not, a dozen to a line. */
function madeUpWords(count: number): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 12) {
    const words = Array.from({ length: 12 }, (_, offset) => {
      const word = (index + offset).toString(26).replace(/[0-9]/g, (digit) => 'qrstuvwxyz'.charAt(Number(digit)));
      return offset % 3 === 0 ? `Z${word}` : `v${word}`;
    });
    lines.push(`${words.join(' ')}.`);
  }
  return lines.join('\n');
}

function labelsOf(lines: readonly TaggedLine[]): string {
  return lines.map((line) => `${line.offset}:${line.labels.join('')}`).join('\n');
}

test('a tagger past its first 10,000 new words (rows grouped) labels a document as a fresh tagger does', () => {
  const seed = toSeedDocument(readFileSync(join(__dirname, '../fixtures/002_c5cc658af23e45c8.txt'), 'utf8'));
  const expected = labelsOf(new NamesTagger(model).tag(seed));
  const tagger = new NamesTagger(model);
  tagger.tag(toSeedDocument(madeUpWords(12_000)));
  assert.equal(labelsOf(tagger.tag(seed)), expected);
});
