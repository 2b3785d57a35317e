import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { removeStaleTemporaries } from '../../src/cli/staleTemporaries';

test('temporaries of a process that is gone are removed; a live one\'s and other files are kept', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-stale-'));
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  for (const name of [`made.${gone}.tmp`, `made.${process.pid}.tmp`, 'entries.jsonl', 'notes.tmp']) writeFileSync(join(folder, name), 'x');
  await removeStaleTemporaries(folder);
  assert.deepEqual(readdirSync(folder).sort(), ['entries.jsonl', `made.${process.pid}.tmp`, 'notes.tmp'].sort());
  await removeStaleTemporaries(join(folder, 'absent')); // no folder yet: nothing to do
});
