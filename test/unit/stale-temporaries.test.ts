import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { removeStaleTemporaries, removeTemporariesOf } from '../../src/cli/staleTemporaries';

test('temporaries of a process that is gone are removed; a live one\'s and other files are kept', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-stale-'));
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  for (const name of [`made.${gone}.tmp`, `made.${process.pid}.tmp`, 'entries.jsonl', 'notes.tmp']) writeFileSync(join(folder, name), 'x');
  await removeStaleTemporaries(folder);
  assert.deepEqual(readdirSync(folder).sort(), ['entries.jsonl', `made.${process.pid}.tmp`, 'notes.tmp'].sort());
  await removeStaleTemporaries(join(folder, 'absent')); // no folder yet: nothing to do
});

test('the lock holder removes the other temporaries of INDEX.yaml only, never a reviewer\'s files', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-index-temporaries-'));
  const names = ['INDEX.yaml', 'INDEX.yaml.lock', 'INDEX.yaml.111.tmp', 'INDEX.yaml.222.tmp', 'INDEX.yaml.draft.tmp', 'INDEX.yaml.1.2.tmp', 'story.333.tmp', 'OTHER.yaml.444.tmp'];
  for (const name of names) writeFileSync(join(folder, name), 'x');
  await removeTemporariesOf(folder, 'INDEX.yaml', 'INDEX.yaml.222.tmp');
  assert.deepEqual(readdirSync(folder).sort(), names.filter((name) => name !== 'INDEX.yaml.111.tmp').sort());
});
