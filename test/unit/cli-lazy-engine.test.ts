/**
 * The command line loads its engine (dist/cliEngine.js) only when a command analyses: a warm
 * `index` that replays its last run never reads it (issue 17). Runs the built CLI with a preloaded
 * hook that names every bundle of dist/ the run requires.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES } from './fixtures';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEEDS = ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt'];

/** A hook that writes `loaded <file>` on stderr for each module of dist/ the run requires. */
function loadRecorder(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'source-review-hook-')), 'hook.cjs');
  writeFileSync(path, `
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  const loaded = load.call(this, request, parent, ...rest);
  if (/(^|[\\\\/])cliEngine(\\.js)?$/.test(request)) process.stderr.write('loaded cliEngine.js\\n');
  return loaded;
};
`);
  return path;
}

function index(folder: string, hook: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--require', hook, CLI, 'index', folder, '--cache', join(folder, '..', 'cache')], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('a warm index with nothing changed replays its report without loading the engine; a changed seed loads it', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'source-review-lazy-')), 'seeds');
  mkdirSync(folder);
  for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(folder, name));
  const hook = loadRecorder();
  const cold = index(folder, hook);
  assert.equal(cold.code, 0, cold.stderr);
  assert.match(cold.stderr, /loaded cliEngine\.js/);
  const warm = index(folder, hook);
  assert.equal(warm.code, 0, warm.stderr);
  assert.match(warm.stdout, /INDEX\.yaml unchanged\n$/);
  assert.doesNotMatch(warm.stderr, /loaded cliEngine/);
  writeFileSync(join(folder, 'new.txt'), 'Headline\n\nPutin said on Sunday that "it was fine".\n');
  const changed = index(folder, hook);
  assert.equal(changed.code, 0, changed.stderr);
  assert.match(changed.stderr, /loaded cliEngine\.js/);
});

test('index reads a file whose name is not UTF-8 through the names the listing met', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'source-review-lazy-')), 'seeds');
  mkdirSync(folder);
  copyFileSync(join(FIXTURES, SEEDS[0]!), join(folder, SEEDS[0]!));
  writeFileSync(Buffer.concat([Buffer.from(`${folder}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('name.txt')]), 'Headline\n\nPutin said on Sunday that "it was fine".\n');
  const result = index(folder, loadRecorder());
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /2 documents/);
});
