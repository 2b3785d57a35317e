import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frameText, splitIndexText } from '../../src/corpus/indexChunks';
import { readIndexYaml } from '../../src/corpus/indexFile';

test('an INDEX.yaml is cut into a frame and one chunk per entry, comments going with what follows', () => {
  const text = '# head\ncollection:\n  documents: 2\ndocuments: # list\n  # first\n  - file: a.txt\n    # inner\n    title: x\n\n  - file: b.txt\n# after\nother: 1\n';
  const chunks = splitIndexText(text);
  assert.ok(chunks);
  assert.deepEqual(chunks.entries, [
    { text: '  # first\n  - file: a.txt\n    # inner\n    title: x', line: 5 },
    { text: '\n  - file: b.txt', line: 9 },
  ]);
  assert.equal(frameText(chunks), '# head\ncollection:\n  documents: 2\ndocuments: []\n# after\nother: 1\n');
});

test('lists at column 0 and empty lists are cut too; other shapes are left to the whole-document parse', () => {
  assert.deepEqual(splitIndexText('documents:\n- file: a\n- file: b\n')?.entries.map((e) => e.text), ['- file: a', '- file: b']);
  assert.deepEqual(splitIndexText('documents:\ncollection: 1\n')?.entries, []);
  assert.equal(splitIndexText('documents: [{file: a}]\n'), null);
  assert.equal(splitIndexText('documents:\r\n  - file: a\r\n'), null);
  assert.equal(splitIndexText('---\ndocuments:\n  - file: a\n'), null);
  assert.equal(splitIndexText('documents:\n  - file: a\n bad\n'), null);
});

test('entries that only parse together (an alias to another entry) are read as one document', () => {
  const read = readIndexYaml('documents:\n  - file: a.txt\n    tags: &shared [x]\n  - file: b.txt\n    tags: *shared\n');
  assert.equal(read.error, undefined);
  assert.deepEqual(read.entries.get('b.txt')!.fields['tags'], ['x']);
});
