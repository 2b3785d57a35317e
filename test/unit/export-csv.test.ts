import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, csvRecord } from '../../src/corpus/exportCsv';
import { csvCells, EXPORT_COLUMNS, exportRows } from '../../src/corpus/exportRows';
import type { IndexEntry } from '../../src/corpus/indexFile';
import { parseCsv } from './csv';

test('csv: fields with commas, quotes or line breaks are quoted, quotes doubled; others are left as they are', () => {
  assert.equal(csvField('Putin visits China'), 'Putin visits China');
  assert.equal(csvField('Moscow, Beijing'), '"Moscow, Beijing"');
  assert.equal(csvField('Russia Values \'Special\' "Strategic" Partnership'), '"Russia Values \'Special\' ""Strategic"" Partnership"');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('carriage\rreturn'), '"carriage\rreturn"');
  assert.equal(csvField(''), '');
  assert.equal(csvRecord(['a', 'b,c', '']), 'a,"b,c",\r\n');
});

test('csv: what is written reads back the same with a strict RFC 4180 reader', () => {
  const titles = ['plain', 'a, b', 'say "no"', '"quoted"', 'line\r\nbreak', 'trailing,', ',', '"', ''];
  const text = titles.map((title, i) => csvRecord([String(i), title, 'x'])).join('');
  assert.deepEqual(parseCsv(text), titles.map((title, i) => [String(i), title, 'x']));
  assert.throws(() => parseCsv('a"b,c\r\n'), /quote inside/);
  assert.throws(() => parseCsv('"a,b\r\n'), /unclosed/);
});

function entry(file: string, fields: Record<string, unknown>, status: IndexEntry['status'] = 'unreviewed', notes: string | null = null): IndexEntry {
  return { file, published: null, url: null, source: null, status, notes, missing: false, fields: { file, ...fields, status, notes } };
}

test('export rows: lists joined with "; ", wire copies numbered with their original, the cache fills what the entry lacks', () => {
  const entries = [
    entry('a.txt', { title: 'A, "first"', people: ['Vladimir Putin', 'Xi Jinping'], quotes: 3, tags: ['story-a', 'check'] }, 'reviewed', 'ok'),
    entry('b.txt', { title: 'B', duplicateOf: 'c.txt', tags: 'single' }),
    entry('c.txt', { title: 'C', language: 'en' }),
    entry('d.txt', { title: 'D', duplicateOf: 'c.txt' }),
  ];
  const rows = exportRows(entries, (file) => (file === 'a.txt' ? { file, title: 'ignored', published: null, source: null, outlet: 'FPJ', authors: [], people: [], organizations: [], places: [], quotes: 0, boilerplate: 0, language: 'en' } : undefined));
  const cells = rows.map(csvCells);
  const column = (name: (typeof EXPORT_COLUMNS)[number]): string[] => cells.map((row) => row[EXPORT_COLUMNS.indexOf(name)]!);
  assert.deepEqual(column('title'), ['A, "first"', 'B', 'C', 'D']);
  assert.deepEqual(column('people'), ['Vladimir Putin; Xi Jinping', '', '', '']);
  assert.deepEqual(column('outlet'), ['FPJ', '', '', '']);
  assert.deepEqual(column('language'), ['en', '', 'en', '']);
  assert.deepEqual(column('quotations'), ['3', '', '', '']);
  assert.deepEqual(column('tags'), ['story-a; check', 'single', '', '']);
  assert.deepEqual(column('duplicate group'), ['', '1', '1', '1']);
  assert.deepEqual(column('original'), ['', 'c.txt', 'c.txt', 'c.txt']);
  assert.deepEqual(column('status'), ['reviewed', 'unreviewed', 'unreviewed', 'unreviewed']);
  assert.deepEqual(column('notes'), ['ok', '', '', '']);
});
