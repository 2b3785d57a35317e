/** The words that set off the relabelling rules, worked out once per line (wordCues.ts), and a rule's pass over lines (relabel.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS } from '../../src/core/names/features';
import { rawMention } from '../../src/core/names/mentions';
import { relabelLines } from '../../src/core/names/relabel';
import { markSquadLists } from '../../src/core/names/sports';
import { tokenizeLine } from '../../src/core/names/tokenize';
import { listCue, shapeCue, wordCuesOf } from '../../src/core/names/wordCues';
import { taggedLine } from './taggedLines';

const KESH = listCue(['Kesh', 'Varna']);
const DOTTED = shapeCue((word) => word.includes('.'));

test("a word of a cue's list or of its shape sets the cue, on the word and on its line", () => {
  const cues = wordCuesOf(tokenizeLine('Varna and kesh saw varna.com', 0));
  assert.deepEqual([...cues.words].map((word) => [(word & KESH) !== 0, (word & DOTTED) !== 0]), [[true, false], [false, false], [false, false], [false, false], [false, true]]);
  assert.equal(cues.line & (KESH | DOTTED), KESH | DOTTED);
  assert.equal(wordCuesOf(tokenizeLine('kesh and varna', 0)).line & (KESH | DOTTED), 0);
});

test('a cue taken after a word was read reaches that word when it is read again', () => {
  assert.equal(wordCuesOf(tokenizeLine('Ostrava', 0)).line & KESH, 0);
  const later = listCue(['Ostrava']);
  assert.notEqual(wordCuesOf(tokenizeLine('Ostrava', 0)).line & later, 0);
});

test('a pass that changes no line gives the lines back as they were; one that changes one copies the rest', () => {
  const lines = [taggedLine('Kesh said.', 'normal'), taggedLine('Varna said.', 'normal')];
  assert.equal(relabelLines(lines, (line) => line), lines);
  const relabelled = relabelLines(lines, (line, index) => (index === 1 ? { ...line, labels: Uint8Array.of(LABELS.indexOf('B-place'), 0, 0) } : line));
  assert.notEqual(relabelled, lines);
  assert.equal(relabelled[0], lines[0]);
  assert.deepEqual([...relabelled[1]!.labels], [LABELS.indexOf('B-place'), 0, 0]);
  assert.deepEqual([...lines[1]!.labels], [0, 0, 0]);
});

test('a squad line opens after any line end, a "\\r" as well as a "\\n"', () => {
  const text = 'Squad named.\rDefenders - Dana Pike\rForwards: Al Reed\nLake Varn won.\n';
  const mentions = ['Dana Pike', 'Al Reed', 'Lake Varn'].map((words) => rawMention(tokenizeLine(words, text.indexOf(words)), 'organization', 'normal'));
  assert.deepEqual(markSquadLists(mentions, text).map(({ key, type }) => `${key}/${type}`), ['dana pike/person', 'al reed/person', 'lake varn/organization']);
});
