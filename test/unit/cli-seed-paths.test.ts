/**
 * The command line's folder walk (seedPaths.ts): folders are listed by name as UTF-8, and a folder
 * holding a name that is not UTF-8 is listed again by bytes. These pin what both listings must agree on.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fsPath, seedPathsUnder } from '../../src/cli/seedPaths';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const TEXT = 'Headline\n\nPutin said on Sunday that "it was fine".\n';

function folderOf(files: readonly (string | Buffer)[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-seed-paths-'));
  for (const name of files) {
    const path = typeof name === 'string' ? Buffer.from(join(folder, name)) : Buffer.concat([Buffer.from(`${folder}/`), name]);
    mkdirSync(path.subarray(0, path.lastIndexOf('/')), { recursive: true });
    writeFileSync(path, TEXT);
  }
  return folder;
}

test('a folder is walked by names: sub-folders, case of .txt, hidden folders and other files skipped', () => {
  const folder = folderOf(['b.txt', 'A.TXT', 'sub/c.txt', 'sub/deeper/d.txt', '.hidden/e.txt', 'node_modules/f.txt', 'notes.md']);
  assert.deepEqual(seedPathsUnder(folder), ['A.TXT', 'b.txt', 'sub/c.txt', 'sub/deeper/d.txt']);
});

test('a name that is not UTF-8 is listed with its bad bytes escaped and opened by its bytes; a real U+FFFD in a name is kept', () => {
  const bad = Buffer.concat([Buffer.from('bad'), Buffer.from([0xff]), Buffer.from('.txt')]);
  const folder = folderOf(['good.txt', 'odd\uFFFDname.txt', bad, 'sub/inner.txt']);
  const listed = seedPathsUnder(folder);
  assert.deepEqual(listed, ['bad\\xFF.txt', 'good.txt', 'odd\uFFFDname.txt', 'sub/inner.txt']);
  assert.equal(readFileSync(fsPath(join(folder, 'bad\\xFF.txt')), 'utf8'), TEXT);
  assert.equal(typeof fsPath(join(folder, 'odd\uFFFDname.txt')), 'string');
  assert.equal(readFileSync(fsPath(join(folder, 'odd\uFFFDname.txt')), 'utf8'), TEXT);
});

test('index of "." run inside the folder stats a name that is not UTF-8, so the next run is replayed without the engine', () => {
  const folder = folderOf(['good.txt', Buffer.concat([Buffer.from('bad'), Buffer.from([0xfe]), Buffer.from('.txt')])]);
  const cache = mkdtempSync(join(tmpdir(), 'source-review-seed-paths-cache-'));
  // Names every load of the engine's bundle: a replayed run has none.
  const hook = join(cache, 'hook.cjs');
  writeFileSync(hook, `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/cliEngine/.test(request)) process.stderr.write('loaded cliEngine.js\\n');
  return load.call(this, request, ...rest);
};`);
  const run = () => spawnSync(process.execPath, ['--require', hook, CLI, 'index', '.', '--cache', join(cache, 'cache')], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
  const cold = run();
  assert.equal(cold.status, 0, cold.stderr);
  assert.match(cold.stdout, /Indexed 2 documents/);
  const warm = run();
  assert.equal(warm.status, 0, warm.stderr);
  assert.match(warm.stdout, /INDEX\.yaml unchanged/);
  assert.doesNotMatch(warm.stderr, /loaded cliEngine/);
});
