import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSeedDocument } from '../../src/core/document';
import type { SeedDocument } from '../../src/core/document';
import { LABEL_COUNT } from '../../src/core/names/features';
import { loadNamesModel, modelFromParts, modelParts } from '../../src/core/names/model';
import { sharedMemory } from '../../src/core/names/packedStrings';
import { BULK_LINE_CACHE_LIMIT, BULK_WORD_CACHE_LIMIT, NamesTagger, type TaggedLine } from '../../src/core/names/tagger';
import { START_ROW, ViterbiScratch, bestLabels } from '../../src/core/names/viterbi';

const model = loadNamesModel();
const seeds = ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt'].map((file) => readFileSync(join(__dirname, '../fixtures', file), 'utf8'));

function labelsOf(lines: readonly TaggedLine[]): string {
  return lines.map((line) => `${line.offset}:${line.labels.join('')}`).join('\n');
}

function freshLabels(document: SeedDocument): string {
  return labelsOf(new NamesTagger(model).tag(document));
}

// The tagger keeps words, lines and what each document says about its words between calls: none
// of it may leak into the labels of the next document. Each pair's first document changes the
// second's labels when it does: how "tarvell" is written, and what the first pass made of it.
const LEAKS = [
  ['the tarvell was sold for a song and the tarvell rose.', 'Tarvell said the deal was done.'],
  ['We met Tarvell there and Tarvell spoke.', 'Tarvell , the buyer, agreed.'],
  ['Tarvell Corp said on Monday its profit rose. Shares of Tarvell Inc fell.', 'Analysts expect Tarvell to report results.'],
] as const;

test('a tagger that tagged other documents labels a document as a fresh tagger does', () => {
  for (const [first, second] of [...LEAKS, seeds]) {
    const [before, after] = [first, second].map(toSeedDocument) as [SeedDocument, SeedDocument];
    const expected = freshLabels(after);
    const tagger = new NamesTagger(model);
    tagger.tag(before);
    assert.equal(labelsOf(tagger.tag(after)), expected, second);
    tagger.tag(before);
    // By now the second document's lines come from the line cache.
    assert.equal(labelsOf(tagger.tag(after)), expected, second);
  }
});

test('a document with more distinct lines than the line cache holds keeps its labels when tagged again', () => {
  // Each copy's lines differ from the other copies' by a number at their end.
  const copies = Array.from({ length: 30 }, (_, copy) => seeds.join('\n').split('\n').map((line) => (line.trim() ? `${line} ${copy}` : line)).join('\n'));
  const long = toSeedDocument(copies.join('\n'));
  assert.ok(new Set(long.lines.map((line) => line.text)).size > 1_000);
  const expected = freshLabels(long);
  const tagger = new NamesTagger(model);
  for (let round = 0; round < 3; round++) assert.equal(labelsOf(tagger.tag(long)), expected);
  const seed = toSeedDocument(seeds[0]!);
  assert.equal(labelsOf(tagger.tag(seed)), freshLabels(seed));
});

test("bulk analysis's smaller line cache labels a run of documents as the editor's does", () => {
  // Documents that fill the bulk cache (more distinct lines than it holds) and repeat the previous one's lines.
  const documents = Array.from({ length: 6 }, (_, n) => toSeedDocument(Array.from({ length: 5 }, (_, copy) => seeds.join('\n').split('\n').map((line) => (line.trim() ? `${line} ${(n >> 1) * 5 + copy}` : line)).join('\n')).join('\n')));
  assert.ok(new Set(documents[0]!.lines.map((line) => line.text)).size > BULK_LINE_CACHE_LIMIT);
  const editor = new NamesTagger(model);
  const bulk = new NamesTagger(model, BULK_LINE_CACHE_LIMIT);
  for (const document of [...documents, ...documents]) assert.equal(labelsOf(bulk.tag(document)), labelsOf(editor.tag(document)));
});

test("bulk analysis's smaller word cache, started over within a run, labels the documents as the editor's does", () => {
  // Made-up capitalized words (letters only: numbers share one entry), more than the bulk cache holds, in
  // documents that come back after it has started over.
  const word = (n: number): string => `Tar${n.toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)]!)}vell`;
  const documents = Array.from({ length: 6 }, (_, d) => toSeedDocument(Array.from({ length: 300 }, (_, line) => {
    const at = (d * 300 + line) * 7;
    return `${word(at)} ${word(at + 1)} said on Monday that ${word(at + 2)} Corp and the ${word(at + 3)} met ${word(at + 4)} in ${word(at + 5)}, ${word(at + 6)}.`;
  }).join('\n\n')));
  assert.ok(6 * 300 * 7 > BULK_WORD_CACHE_LIMIT);
  const editor = new NamesTagger(model);
  const bulk = new NamesTagger(model, BULK_LINE_CACHE_LIMIT, BULK_WORD_CACHE_LIMIT);
  for (const document of [...documents, ...documents.slice(0, 3)]) assert.equal(labelsOf(bulk.tag(document)), labelsOf(editor.tag(document)));
});

test('a worker thread tagging with the model another thread decoded into shared memory labels as a model of its own does', () => {
  const parts = structuredClone(modelParts(loadNamesModel(sharedMemory)));
  assert.ok(parts.weights.buffer instanceof SharedArrayBuffer);
  const received = new NamesTagger(modelFromParts(parts));
  for (const seed of seeds) assert.equal(labelsOf(received.tag(toSeedDocument(seed))), freshLabels(toSeedDocument(seed)));
});

test('a line a document repeats is read once, first seen or past a full line cache, with the labels of each copy its own', () => {
  const repeated = 'Russia Values Special Strategic Partnership With China';
  const text = [repeated, 'Moscow: Russia values its relations with China, the Kremlin said.', repeated, 'Putin will visit.', repeated].join('\n');
  const sharedTokens = (lines: readonly TaggedLine[]) => lines.filter((line) => line.tokens[0]?.text === 'Russia' && line.tokens.length === 7).map((line) => line.tokens);
  const tagger = new NamesTagger(model);
  // Past a full cache: a long document's own lines fill it first.
  const copies = Array.from({ length: 30 }, (_, copy) => seeds.join('\n').split('\n').map((line) => (line.trim() ? `${line} ${copy}` : line)).join('\n'));
  const long = toSeedDocument(copies.join('\n'));
  for (const fill of [false, true]) {
    if (fill) for (let round = 0; round < 2; round++) tagger.tag(long);
    const document = toSeedDocument(`${text}\n${fill ? 'Filled.' : 'Fresh.'}`);
    const lines = tagger.tag(document);
    const copiesOfLine = sharedTokens(lines);
    assert.equal(copiesOfLine.length, 3);
    assert.ok(copiesOfLine.every((tokens) => tokens === copiesOfLine[0]), 'one reading of the repeated line');
    assert.equal(labelsOf(lines), freshLabels(document));
  }
});

test('a cached line read again is labelled as afresh when its topic or its words\' case evidence changed', () => {
  // A line under a headline, then with a line writing "tarvell" in lower case before it (other context
  // codes for its first word, the same topic), over and over: the cached line is read with other evidence each time.
  const second = 'Tarvell , the buyer, agreed.';
  const alone = toSeedDocument(`News in brief\n${second}`);
  const after = toSeedDocument(`News in brief\nthe tarvell was sold for a song and the tarvell rose.\n${second}`);
  const lastLine = (lines: readonly TaggedLine[]) => lines[lines.length - 1]!.labels.join('');
  assert.notEqual(lastLine(new NamesTagger(model).tag(alone)), lastLine(new NamesTagger(model).tag(after)));
  // The same lines under another headline: the document's topic.
  const line = 'Tarvell met Ana Ruiz in Lisbon on Monday.';
  const topics = [[line, 'The talks went well.'], ['SOCCER - RESULTS', line, 'The talks went well.']].map((lines) => toSeedDocument(lines.join('\n')));
  const tagger = new NamesTagger(model);
  for (let round = 0; round < 3; round++) {
    for (const document of [alone, after, ...topics]) assert.equal(labelsOf(tagger.tag(document)), freshLabels(document), `${round}: ${document.text}`);
  }
});

test('a tagger whose word cache started over labels the next document as a fresh tagger does', () => {
  const [lower, capital] = LEAKS[0];
  const tagger = new NamesTagger(model);
  // Seen twice, the line is cached, with the words it had then.
  tagger.tag(toSeedDocument(capital));
  tagger.tag(toSeedDocument(capital));
  // Over 30,000 distinct words, the most the word cache keeps (in letters: numbers share entries).
  const words = Array.from({ length: 62_000 }, (_, index) => `Qz${index.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)))}`);
  tagger.tag(toSeedDocument(Array.from({ length: words.length / 10 }, (_, line) => words.slice(line * 10, line * 10 + 10).join(' ')).join('\n')));
  const document = toSeedDocument(`${lower}\n${capital}`);
  assert.equal(labelsOf(tagger.tag(document)), freshLabels(document));
});

/** Viterbi as a plain table of float32 scores over every label pair, for bestLabels to match. */
function referenceLabels(emissions: Float32Array, wordCount: number, transitions: Float32Array): number[] {
  const allowedAfter = (previous: number, label: number) => label === 0 || label % 2 === 1 || previous === label || previous === label - 1;
  const scores = new Float32Array(wordCount * LABEL_COUNT);
  const back = new Uint8Array(wordCount * LABEL_COUNT);
  for (let label = 0; label < LABEL_COUNT; label++) {
    scores[label] = label === 0 || label % 2 === 1 ? emissions[label]! + transitions[START_ROW * LABEL_COUNT + label]! : -Infinity;
  }
  for (let word = 1; word < wordCount; word++) {
    for (let label = 0; label < LABEL_COUNT; label++) {
      let best = -Infinity;
      for (let previous = 0; previous < LABEL_COUNT; previous++) {
        if (!allowedAfter(previous, label)) continue;
        const score = scores[(word - 1) * LABEL_COUNT + previous]! + transitions[previous * LABEL_COUNT + label]!;
        // The first of equal bests (for an inside label, its B-x before itself).
        if (score > best) {
          best = score;
          back[word * LABEL_COUNT + label] = previous;
        }
      }
      scores[word * LABEL_COUNT + label] = best + emissions[word * LABEL_COUNT + label]!;
    }
  }
  const end = (wordCount - 1) * LABEL_COUNT;
  let last = 0;
  for (let label = 1; label < LABEL_COUNT; label++) if (scores[end + label]! > scores[end + last]!) last = label;
  const labels: number[] = [];
  for (let word = wordCount - 1; word >= 0; word--) {
    labels.unshift(last);
    last = back[word * LABEL_COUNT + last]!;
  }
  return labels;
}

test('bestLabels finds the labels of the plain Viterbi table, ties included', () => {
  let state = 7;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const scratch = new ViterbiScratch();
  for (let round = 0; round < 300; round++) {
    const wordCount = 1 + Math.floor(next() * 12);
    // Few distinct values, so that equal scores are common.
    const value = () => (round % 2 === 0 ? Math.floor(next() * 4) - 2 : (next() - 0.5) * 10);
    const emissions = Float32Array.from({ length: wordCount * LABEL_COUNT }, value);
    const transitions = Float32Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, value);
    // A line placed after another in a shared buffer reads and writes from `at`.
    const at = Math.floor(next() * 3);
    const shared = new Float32Array((at + wordCount) * LABEL_COUNT);
    shared.set(emissions, at * LABEL_COUNT);
    const labels = bestLabels(shared, wordCount, transitions, scratch, at, new Uint8Array(at + wordCount));
    assert.deepEqual(Array.from(labels.subarray(at)), referenceLabels(emissions, wordCount, transitions), `round ${round}`);
  }
});
