import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CollectionSummary } from '../../src/corpus/collection';
import { readIndexYaml } from '../../src/corpus/indexFile';
import { updateIndexYaml } from '../../src/corpus/indexUpdate';
import type { DocumentSummary } from '../../src/corpus/summary';

const PIPELINE_INDEX = `# Documents of this folder as recorded when they were collected.
documents:
  - file: "b.txt"
    published: 1996-12-06 # from the crawl log
    url: https://example.org/b
    status: reviewed
    notes: "check the second quote"
    crawler: v2
  # the pipeline lost a.txt's date
  - file: a.txt
  - file: gone.txt
    notes: keep these notes
`;

function summary(file: string, overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    file, title: `Title of ${file}: a story`, published: '2025-08-29', source: 'PTI', authors: [],
    people: ['Vladimir Putin', 'Xi Jinping'], organizations: ['Kremlin'], places: ['China'], quotes: 2, boilerplate: 0.31,
    ...overrides,
  };
}

const COLLECTION: CollectionSummary = {
  documents: 3, dateRange: { first: '1996-12-06', last: '2025-08-29' }, gaps: ['001'], duplicates: [['a.txt', 'b.txt']],
  repeatedLines: [{ line: 'follow us on', source: 'pti', documents: 4 }], errors: [],
};

function update(oldText: string | null, documents: DocumentSummary[]): string {
  const result = updateIndexYaml(oldText, documents, COLLECTION);
  assert.ok(result.ok, 'update should succeed');
  return result.text;
}

test('user and pipeline fields, comments and order survive regeneration', () => {
  const text = update(PIPELINE_INDEX, [summary('b.txt'), summary('a.txt'), summary('c.txt')]);
  assert.match(text, /^# Documents of this folder as recorded when they were collected\.\ndocuments:/m);
  assert.match(text, /published: 1996-12-06 # from the crawl log/);
  assert.match(text, /# the pipeline lost a.txt's date\n {2}- file: a.txt/);
  assert.ok(text.indexOf('file: "b.txt"') < text.indexOf('file: a.txt'), 'existing entries keep their order');
  assert.ok(text.indexOf('file: gone.txt') < text.indexOf('file: c.txt'), 'new entries are appended');
  const entries = readIndexYaml(text).entries;
  const b = entries.get('b.txt')!;
  assert.equal(b.published, '1996-12-06', 'the pipeline date is never overwritten');
  assert.equal(b.status, 'reviewed');
  assert.equal(b.notes, 'check the second quote');
  assert.equal(b.fields['crawler'], 'v2');
  assert.equal(b.fields['url'], 'https://example.org/b');
  assert.deepEqual(b.fields['people'], ['Vladimir Putin', 'Xi Jinping']);
  assert.equal(b.fields['boilerplate'], 0.31);
  assert.equal(entries.get('a.txt')!.published, '2025-08-29', 'a missing date is filled in');
  assert.equal(entries.get('c.txt')!.status, 'unreviewed');
});

test('an entry whose file vanished is kept, marked missing, and unmarked when it returns', () => {
  const first = update(PIPELINE_INDEX, [summary('a.txt'), summary('b.txt')]);
  const gone = readIndexYaml(first).entries.get('gone.txt')!;
  assert.equal(gone.missing, true);
  assert.equal(gone.notes, 'keep these notes');
  const second = update(first, [summary('a.txt'), summary('b.txt'), summary('gone.txt')]);
  assert.equal(readIndexYaml(second).entries.get('gone.txt')!.missing, false);
});

test('regenerating with the same facts changes nothing, and engine fields follow the facts', () => {
  const first = update(null, [summary('a.txt')]);
  assert.equal(update(first, [summary('a.txt')]), first);
  const reviewed = first.replace('status: unreviewed', 'status: flagged # wrong date?');
  const second = update(reviewed, [summary('a.txt', { quotes: 5, authors: ['Aigerim Seitova'] })]);
  assert.match(second, /status: flagged # wrong date\?/);
  assert.equal(readIndexYaml(second).entries.get('a.txt')!.fields['quotes'], 5);
  assert.deepEqual(readIndexYaml(second).entries.get('a.txt')!.fields['authors'], ['Aigerim Seitova'], 'an empty field is filled in');
});

test("a reviewer's title stays across runs, with the engine's own title kept beside it under engine:", () => {
  const first = update(null, [summary('a.txt')]);
  const reviewed = first.replace('title: "Title of a.txt: a story"', 'title: The real headline # fixed by hand');
  assert.notEqual(reviewed, first);
  const second = update(reviewed, [summary('a.txt')]);
  const third = update(second, [summary('a.txt')]);
  for (const text of [second, third]) {
    const entry = readIndexYaml(text).entries.get('a.txt')!;
    assert.equal(entry.fields['title'], 'The real headline');
    assert.deepEqual(entry.fields['engine'], { title: 'Title of a.txt: a story' });
    assert.match(text, /title: The real headline # fixed by hand/);
  }
  assert.equal(third, second, 'a second run changes nothing');

  // Set back to the engine's value, the field follows the engine again and the record goes.
  const accepted = update(second.replace('title: The real headline # fixed by hand', 'title: "Title of a.txt: a story"'), [summary('a.txt', { title: 'Better engine title' })]);
  const entry = readIndexYaml(accepted).entries.get('a.txt')!;
  assert.equal(entry.fields['title'], 'Better engine title');
  assert.equal(entry.fields['engine'], undefined);
});

test("a title the engine wrote follows the document's new text; a reviewer's stays; known from the last write", () => {
  const first = updateIndexYaml(null, [summary('a.txt', { title: 'Old story' }), summary('b.txt', { title: 'Old story b' })], COLLECTION);
  assert.ok(first.ok);
  // A reviewer fixes b's title and notes a; then both files are rewritten with new stories.
  const reviewed = first.text.replace('title: Old story b', 'title: Fixed by hand').replace(/notes: ""/, 'notes: read it');
  const rewritten = [summary('a.txt', { title: 'New story', authors: ['Ann Lee'] }), summary('b.txt', { title: 'New story b' })];
  const second = updateIndexYaml(reviewed, rewritten, COLLECTION, first.written);
  assert.ok(second.ok);
  const entries = readIndexYaml(second.text).entries;
  assert.equal(entries.get('a.txt')!.fields['title'], 'New story', 'the old title was the engine\'s: refreshed');
  assert.equal(entries.get('a.txt')!.fields['engine'], undefined);
  assert.equal(entries.get('a.txt')!.notes, 'read it');
  assert.equal(entries.get('b.txt')!.fields['title'], 'Fixed by hand');
  assert.deepEqual(entries.get('b.txt')!.fields['engine'], { title: 'New story b' });
  // Without the last write's record, a value unlike the engine's can only be taken for a reviewer's.
  const unknown = readIndexYaml(update(reviewed, rewritten)).entries.get('a.txt')!;
  assert.equal(unknown.fields['title'], 'Old story');
  // The whole-document path (a flow-style list) reads the record too.
  const flow = updateIndexYaml(`documents: [ { file: a.txt, title: Old story } ]\n`, rewritten.slice(0, 1), COLLECTION, first.written);
  assert.ok(flow.ok);
  assert.equal(readIndexYaml(flow.text).entries.get('a.txt')!.fields['title'], 'New story');
});

test("an editor's save from before the last write puts the engine's earlier title back: it still follows the engine", () => {
  const first = updateIndexYaml(null, [summary('a.txt', { title: 'First story' })], COLLECTION);
  assert.ok(first.ok);
  // The file is rewritten and indexed: the engine writes its new title over the first one...
  const second = updateIndexYaml(first.text, [summary('a.txt', { title: 'Second story' })], COLLECTION, first.written);
  assert.ok(second.ok);
  assert.equal(readIndexYaml(second.text).entries.get('a.txt')!.fields['title'], 'Second story');
  // ...while a reviewer's editor, holding INDEX.yaml from before that write, saves a note over it.
  const staleSave = first.text.replace(/notes: ""/, 'notes: read it');
  const third = updateIndexYaml(staleSave, [summary('a.txt', { title: 'Third story' })], COLLECTION, second.written);
  assert.ok(third.ok);
  const entry = readIndexYaml(third.text).entries.get('a.txt')!;
  assert.equal(entry.fields['title'], 'Third story', 'the first title was the engine\'s, one write back');
  assert.equal(entry.notes, 'read it');
  assert.equal(entry.fields['engine'], undefined);
  // Two writes back is beyond the record: taken for a reviewer's.
  const fourth = updateIndexYaml(staleSave, [summary('a.txt', { title: 'Fourth story' })], COLLECTION, third.written);
  assert.ok(fourth.ok);
  assert.equal(readIndexYaml(fourth.text).entries.get('a.txt')!.fields['title'], 'First story');
});

test("a pipeline's source that differs from the engine's stays, the engine's is recorded", () => {
  const text = update(null, [summary('a.txt')]).replace('    source: PTI', '    source: Reuters');
  const entry = readIndexYaml(update(text, [summary('a.txt', { source: 'PTI' })])).entries.get('a.txt')!;
  assert.equal(entry.source, 'Reuters');
  assert.deepEqual(entry.fields['engine'], { source: 'PTI' });
});

test('the collection section is written first in a new file and updated in place', () => {
  const text = update(null, [summary('a.txt')]);
  assert.ok(text.indexOf('collection:') < text.indexOf('documents:'));
  assert.match(text, /gaps: \[ "001" \]/);
  const kept = update(text.replace('collection:', 'collection:\n  owner: desk # ours'), [summary('a.txt')]);
  assert.match(kept, /owner: desk # ours/);
});

test('malformed INDEX.yaml is reported with line and column and not regenerated', () => {
  const cases: [string, number, number][] = [
    ['documents:\n  - file: a.txt\n bad: [\n', 3, 1],
    ['documents: 3\n', 1, 12],
    ['documents:\n  - file: a.txt\n  - just a string\n', 3, 5],
    ['documents:\n  - published: 2025-01-01\n', 2, 5],
    ['- a\n- b\n', 1, 1],
  ];
  for (const [text, line, col] of cases) {
    const read = readIndexYaml(text);
    assert.ok(read.error, `error expected for ${JSON.stringify(text)}`);
    assert.deepEqual([read.error.line, read.error.col], [line, col], read.error.message);
    const result = updateIndexYaml(text, [summary('a.txt')], COLLECTION);
    assert.equal(result.ok, false);
  }
});

test('unknown status values and duplicate entries are warnings, not errors', () => {
  const read = readIndexYaml('documents:\n  - file: a.txt\n    status: done\n  - file: a.txt\n');
  assert.equal(read.error, undefined);
  assert.equal(read.entries.get('a.txt')!.status, 'unreviewed');
  assert.equal(read.warnings.length, 2);
});

test('a flow-style documents list is edited as one document, with the same rules', () => {
  const text = update('documents: [{file: a.txt, notes: "seen", published: 2020-01-01}]\n', [summary('a.txt'), summary('b.txt')]);
  const entries = readIndexYaml(text).entries;
  assert.equal(entries.get('a.txt')!.notes, 'seen');
  assert.equal(entries.get('a.txt')!.published, '2020-01-01');
  assert.equal(entries.get('b.txt')!.status, 'unreviewed');
});

test('entries as the last write left them are copied; an entry the user edited is merged', () => {
  const first = updateIndexYaml(null, [summary('a.txt'), summary('b.txt')], COLLECTION);
  assert.ok(first.ok);
  assert.equal(first.written.size, 2);
  const edited = first.text.replace('notes: ""', 'notes: "call the desk" # urgent');
  const second = updateIndexYaml(edited, [summary('a.txt', { quotes: 9 }), summary('b.txt')], COLLECTION, first.written);
  assert.ok(second.ok);
  const entries = readIndexYaml(second.text).entries;
  assert.equal(entries.get('a.txt')!.fields['quotes'], 9);
  assert.equal(entries.get('a.txt')!.notes, 'call the desk');
  assert.match(second.text, /notes: "call the desk" # urgent/);
  const unchanged = updateIndexYaml(second.text, [summary('a.txt', { quotes: 9 }), summary('b.txt')], COLLECTION, second.written);
  assert.ok(unchanged.ok);
  assert.equal(unchanged.text, second.text);
});
