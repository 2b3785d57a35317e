/**
 * `index` killed (kill -9) at each step of writing INDEX.yaml (issue 18, item 1b): the file left
 * behind is the old one or the new one, every reviewed status and note is in it, and the next run
 * exits 0 and leaves no temporary file (a dead run's temporary is removed under the lock).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { FIXTURES } from './fixtures';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEEDS = ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt'];

/** Kills its own process at the step KILL_AT of writing INDEX.yaml's temporary file and renaming it. */
const HOOK = `const fsp = require('node:fs/promises');
const at = process.env.KILL_AT;
const die = () => process.kill(process.pid, 'SIGKILL');
const isIndexTemporary = (file) => typeof file === 'string' && /INDEX\\.yaml\\.\\d+\\.tmp$/.test(file);
const open = fsp.open;
fsp.open = async function (file, ...rest) {
  const handle = await open.call(this, file, ...rest);
  if (!isIndexTemporary(file)) return handle;
  if (at === 'temporary-opened') die();
  if (at === 'temporary-written') handle.sync = async () => die();
  return handle;
};
const rename = fsp.rename;
fsp.rename = async function (from, to) {
  if (isIndexTemporary(from) && at === 'before-rename') die();
  await rename.call(this, from, to);
  if (isIndexTemporary(from) && at === 'after-rename') die();
};
`;

function run(folder: string, env: Record<string, string> = {}, preload?: string) {
  const result = spawnSync(process.execPath, [...(preload ? ['--require', preload] : []), CLI, 'index', folder, '--no-cache'], {
    encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL', env: { ...process.env, ...env },
  });
  assert.equal(result.error, undefined, String(result.error));
  return result;
}

function reviewed(indexPath: string): { file: string; status?: string; notes?: string }[] {
  const entries = (parse(readFileSync(indexPath, 'utf8')) as { documents?: { file: string; status?: string; notes?: string }[] }).documents ?? [];
  return entries.filter((entry) => entry.status === 'reviewed');
}

for (const step of ['temporary-opened', 'temporary-written', 'before-rename', 'after-rename']) {
  test(`index killed at ${step} keeps every reviewed status and note; the next run recovers`, () => {
    const root = mkdtempSync(join(tmpdir(), 'source-review-killed-'));
    const folder = join(root, 'seeds');
    mkdirSync(folder);
    for (const seed of SEEDS) copyFileSync(join(FIXTURES, seed), join(folder, seed));
    const indexPath = join(folder, 'INDEX.yaml');
    writeFileSync(indexPath, `# the reviewers' file\ndocuments:\n${SEEDS.map((seed) => `  - file: ${seed}\n    status: reviewed\n    notes: checked ${seed}\n`).join('')}`);
    const hook = join(root, 'kill.cjs');
    writeFileSync(hook, HOOK);

    const killed = run(folder, { KILL_AT: step }, hook);
    assert.equal(killed.signal, 'SIGKILL', `the run reached ${step}`);
    const expected = SEEDS.map((seed) => ({ file: seed, notes: `checked ${seed}` }));
    assert.deepEqual(reviewed(indexPath).map(({ file, notes }) => ({ file, notes })), expected);

    const next = run(folder);
    assert.equal(next.status, 0, next.stderr);
    assert.deepEqual(reviewed(indexPath).map(({ file, notes }) => ({ file, notes })), expected);
    // The dead run's lock may stay when the next run has nothing to write; it is broken as stale on the next write.
    assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.tmp')), []);
    assert.match(readFileSync(indexPath, 'utf8'), /^# the reviewers' file\n/);
  });
}
