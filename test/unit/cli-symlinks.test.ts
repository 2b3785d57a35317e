/**
 * What README's "Symbolic links" section promises, on the built command line: links to files are
 * followed inside the folder and out of it, links to folders are not walked (a folder link named on
 * the command line is read, as the reviewer chose it), a dangling or looping link is named (exit 1).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES } from './fixtures';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], cache: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL', env: { ...process.env, XDG_CACHE_HOME: cache } });
  assert.equal(result.error, undefined, `hang or spawn failure: ${String(result.error)}`);
  return result;
}

/** root/collection with a seed, links to it and out of it, a folder link, a dangling link and a loop. */
function linkedCollection(): { root: string; collection: string } {
  const root = mkdtempSync(join(tmpdir(), 'source-review-symlinks-'));
  const collection = join(root, 'collection');
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(collection);
  mkdirSync(elsewhere);
  copyFileSync(join(FIXTURES, '000_93e29ae284e8c2f5.txt'), join(collection, 'own.txt'));
  copyFileSync(join(FIXTURES, '002_c5cc658af23e45c8.txt'), join(elsewhere, 'outside.txt'));
  copyFileSync(join(FIXTURES, '002_c5cc658af23e45c8.txt'), join(elsewhere, 'only-through-folder-link.txt'));
  symlinkSync('own.txt', join(collection, 'inside-link.txt'));
  symlinkSync('../elsewhere/outside.txt', join(collection, 'outside-link.txt'));
  symlinkSync('../elsewhere', join(collection, 'folder-link'));
  symlinkSync('nowhere.txt', join(collection, 'dangling.txt'));
  symlinkSync('loop.txt', join(collection, 'loop.txt'));
  return { root, collection };
}

const filesOf = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { file: string }).file).sort();

test('facts follows links to files, skips folder links in a walk, names dangling and looping links', () => {
  const { root, collection } = linkedCollection();
  const facts = run(['facts', collection], join(root, 'cache'));
  assert.equal(facts.status, 1);
  assert.deepEqual(filesOf(facts.stdout).map((file) => basename(file)), ['inside-link.txt', 'outside-link.txt', 'own.txt']);
  assert.match(facts.stderr, /dangling\.txt: no such file/);
  assert.match(facts.stderr, /loop\.txt: a symbolic link loop/);
  const named = run(['facts', join(collection, 'folder-link')], join(root, 'cache'));
  assert.equal(named.status, 0);
  assert.equal(filesOf(named.stdout).length, 2, 'a folder link named on the command line is read');
});

test('index does the same: linked files indexed, the folder link not walked, the broken links reported', () => {
  const { root, collection } = linkedCollection();
  const index = run(['index', collection], join(root, 'cache'));
  assert.equal(index.status, 1);
  const written = readFileSync(join(collection, 'INDEX.yaml'), 'utf8');
  for (const file of ['own.txt', 'inside-link.txt', 'outside-link.txt']) assert.match(written, new RegExp(`file: ${file.replace('.', '\\.')}`));
  assert.doesNotMatch(written, /only-through-folder-link|folder-link\//);
  assert.match(index.stdout, /dangling\.txt: could not be indexed: no such file/);
  assert.match(index.stdout, /loop\.txt: could not be indexed: a symbolic link loop/);
});
