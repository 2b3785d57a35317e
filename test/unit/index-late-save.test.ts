/**
 * replaceWatching on the real file system: a save written into INDEX.yaml through a handle opened
 * before the rename (as an editor saving in place) is read back from the replaced file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { replaceWatching } from '../../src/cli/replaceWatching';

function folder(): { target: string; next: string } {
  const dir = mkdtempSync(join(tmpdir(), 'late-save-'));
  const target = join(dir, 'INDEX.yaml');
  const next = join(dir, 'INDEX.yaml.1.tmp');
  writeFileSync(target, 'documents: []\n');
  writeFileSync(next, 'documents: [ { file: a.txt } ]\n');
  return { target, next };
}

test('a save landing in the replaced file comes back; none, or no old file, gives null', async () => {
  const saved = folder();
  const editor = await open(saved.target, 'r+');
  const late = await replaceWatching(saved.next, saved.target, 'documents: []\n', async (from, to) => {
    await rename(from, to);
    // Truncated and written in two pieces, the second long after the first (a busy machine): read
    // once it is complete, as the caller judges (commitIndex: once it merges).
    await editor.truncate(0);
    await editor.write('documents:\n', 0);
    setTimeout(() => void editor.write('  - file: b.txt\n', 11).then(() => editor.close()), 150);
  }, (text) => text.endsWith('b.txt\n'));
  assert.equal(late, 'documents:\n  - file: b.txt\n');
  assert.equal(readFileSync(saved.target, 'utf8'), 'documents: [ { file: a.txt } ]\n', 'the new file is in place');

  const quiet = folder();
  assert.equal(await replaceWatching(quiet.next, quiet.target, 'documents: []\n', rename), null);
  const fresh = folder();
  writeFileSync(fresh.target, '');
  assert.equal(await replaceWatching(fresh.next, fresh.target, '', rename), null);
});

test('a save begun after the rename, through a handle opened before it, is still seen', async () => {
  // An editor descheduled between its open and its write on a loaded machine.
  const saved = folder();
  const editor = await open(saved.target, 'r+');
  const late = await replaceWatching(saved.next, saved.target, 'documents: []\n', async (from, to) => {
    await rename(from, to);
    setTimeout(() => void editor.truncate(0).then(() => editor.write('documents:\n  - file: b.txt\n', 0)).then(() => editor.close()), 60);
  });
  assert.equal(late, 'documents:\n  - file: b.txt\n');
});

test('a save cut off mid-line is read again until it ends at a line end, even when it would merge', async () => {
  const saved = folder();
  const editor = await open(saved.target, 'r+');
  const late = await replaceWatching(saved.next, saved.target, 'documents: []\n', async (from, to) => {
    await rename(from, to);
    await editor.truncate(0);
    await editor.write('documents:\n  - file: b.t', 0);
    setTimeout(() => void editor.write('xt\n  - file: c.txt\n', 24).then(() => editor.close()), 150);
  });
  assert.equal(late, 'documents:\n  - file: b.txt\n  - file: c.txt\n');
});

test("a FIFO in the old file's place is not waited on", { skip: process.platform === 'win32' }, async () => {
  const fifo = folder();
  execFileSync('rm', [fifo.target]);
  execFileSync('mkfifo', [fifo.target]);
  assert.equal(await replaceWatching(fifo.next, fifo.target, null, rename), null);
});
