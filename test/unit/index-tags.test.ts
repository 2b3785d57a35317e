/** Tags in INDEX.yaml entries: set by the reviewer, read back, kept by a new indexing, exported. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CollectionSummary } from '../../src/corpus/collection';
import { csvCells, EXPORT_COLUMNS, exportRows } from '../../src/corpus/exportRows';
import { readIndexYaml } from '../../src/corpus/indexFile';
import { updateIndexYaml } from '../../src/corpus/indexUpdate';
import { entryTags, normalizeTags, setEntryField } from '../../src/corpus/reviewFields';
import type { DocumentSummary } from '../../src/corpus/summary';

const COLLECTION: CollectionSummary = { documents: 2, dateRange: { first: '2025-05-07', last: '2025-05-08' }, gaps: [], duplicates: [], repeatedLines: [], errors: [] };

function summary(file: string, title: string): DocumentSummary {
  return { file, title, published: '2025-05-08', source: 'Reuters', authors: [], people: ['Xi Jinping'], organizations: [], places: ['Moscow'], quotes: 1, boilerplate: 0.2 };
}

function indexed(old: string | null, documents: DocumentSummary[]): string {
  const update = updateIndexYaml(old, documents, COLLECTION);
  assert.ok(update.ok);
  return update.text;
}

function edited(text: string, file: string, key: 'status' | 'tags', value: string | string[]): string {
  const edit = setEntryField(text, file, key, value);
  assert.ok(edit.ok, edit.ok ? '' : edit.problem);
  return edit.text;
}

test('tags set on an entry are written as a list, read back, and kept (with status and notes) when the folder is indexed again', () => {
  const documents = [summary('a.txt', 'First'), summary('b.txt', 'Second')];
  let text = indexed(null, documents);
  text = text.replace('notes: ""', 'notes: "check, then \\"quote\\""');
  text = edited(text, 'a.txt', 'tags', ['story-a', 'wire, check', 'Ümlaut']);
  text = edited(text, 'a.txt', 'status', 'flagged');
  assert.match(text, /tags: \[ story-a, "wire, check", Ümlaut \]/);
  const again = indexed(text, [summary('a.txt', 'First, retitled'), documents[1]!]);
  const entries = readIndexYaml(again).entries;
  const a = entries.get('a.txt')!;
  assert.deepEqual(entryTags(a), ['story-a', 'wire, check', 'Ümlaut']);
  assert.equal(a.status, 'flagged');
  assert.equal(a.notes, 'check, then "quote"');
  assert.deepEqual(entryTags(entries.get('b.txt')!), []);
  const [row] = exportRows([a]);
  assert.equal(csvCells(row!)[EXPORT_COLUMNS.indexOf('tags')], 'story-a; wire, check; Ümlaut');
});

test('replacing tags keeps the comment after them; removing all leaves an empty list', () => {
  let text = indexed(null, [summary('a.txt', 'First')]);
  text = edited(text, 'a.txt', 'tags', ['one']).replace('tags: [ one ]', 'tags: [ one ] # for the editor');
  text = edited(text, 'a.txt', 'tags', ['one', 'two']);
  assert.match(text, /tags: \[ one, two \] # for the editor/);
  text = edited(text, 'a.txt', 'tags', []);
  assert.deepEqual(entryTags(readIndexYaml(text).entries.get('a.txt')!), []);
});

test('hand-written tags: a single value is one tag; blanks and repeats go', () => {
  const entries = readIndexYaml('documents:\n  - file: a.txt\n    tags: story-b\n  - file: b.txt\n    tags: [ " x ", x, "", 2026 ]\n').entries;
  assert.deepEqual(entryTags(entries.get('a.txt')!), ['story-b']);
  assert.deepEqual(entryTags(entries.get('b.txt')!), ['x', '2026']);
  assert.deepEqual(normalizeTags([' a', 'a', '']), ['a']);
});

test('an entry that is not there is a problem, not a new entry', () => {
  const edit = setEntryField(indexed(null, [summary('a.txt', 'First')]), 'zzz.txt', 'tags', ['x']);
  assert.deepEqual(edit, { ok: false, problem: 'no entry for zzz.txt' });
});
