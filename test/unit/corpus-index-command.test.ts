import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readIndexYaml } from '../../src/corpus/indexFile';
import { FIXTURES, SEED_000, SEED_002 } from './fixtures';

// Tested as built (npm test builds first): the worker threads run dist/indexWorker.js.
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEEDS = ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt'];

function index(folder: string, ...options: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'index', folder, '--cache', join(folder, '..', 'cache'), ...options], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function seedFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'source-review-index-')), 'seeds');
  mkdirSync(folder);
  for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(folder, name));
  return folder;
}

test('index writes INDEX.yaml, reports a file that is not text, and prints the collection', () => {
  const folder = seedFolder();
  writeFileSync(join(folder, '003_image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const result = index(folder);
  assert.equal(result.code, 1, 'a file could not be indexed');
  assert.match(result.stdout, /Indexed 2 documents/);
  assert.match(result.stdout, /Gaps: +001/);
  assert.match(result.stdout, /003_image.txt: binary file/);
  const written = readIndexYaml(readFileSync(join(folder, 'INDEX.yaml'), 'utf8'));
  assert.equal(written.error, undefined);
  assert.deepEqual([...written.entries.keys()], SEEDS);
  assert.equal(written.entries.get(SEEDS[0]!)!.published, '2025-08-29');
  assert.equal(written.entries.get(SEEDS[0]!)!.fields['source'], 'PTI');
  assert.equal(written.entries.get(SEEDS[1]!)!.status, 'unreviewed');
});

test('a second run comes from the cache and keeps the reviewer\'s edits and comments', () => {
  const folder = seedFolder();
  assert.equal(index(folder).code, 0);
  const path = join(folder, 'INDEX.yaml');
  const edited = readFileSync(path, 'utf8').replace('status: unreviewed', 'status: flagged # date looks wrong\n    checkedBy: ana');
  writeFileSync(path, edited);
  const second = index(folder);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /2 from cache/);
  assert.equal(readFileSync(path, 'utf8'), edited, 'nothing changed, so nothing is rewritten');
  writeFileSync(join(folder, '004_new.txt'), SEED_002.replace('Putin and Xi', 'Xi and Putin'));
  assert.equal(index(folder).code, 0);
  const third = readFileSync(path, 'utf8');
  assert.match(third, /status: flagged # date looks wrong\n {4}checkedBy: ana/);
  assert.match(third, /file: 004_new.txt/);
  assert.match(third, /duplicates:\n {4}- \[ 002_c5cc658af23e45c8.txt, 004_new.txt \]/);
});

test("a rewritten seed's title follows its new text in INDEX.yaml, as a fresh index gives it; a reviewer's title stays", () => {
  const folder = seedFolder();
  writeFileSync(join(folder, '005_story.txt'), 'Harbour plan approved\n\nThe council approved the harbour plan on Sunday, the mayor said.\n');
  assert.equal(index(folder).code, 0);
  const path = join(folder, 'INDEX.yaml');
  const first = readIndexYaml(readFileSync(path, 'utf8')).entries;
  const reviewerTitle = 'Fixed by a reviewer';
  writeFileSync(path, readFileSync(path, 'utf8').replace(`title: ${String(first.get(SEEDS[1]!)!.fields['title'])}`, `title: ${reviewerTitle}`));
  writeFileSync(join(folder, '005_story.txt'), 'Bridge plan rejected\n\nThe council rejected the bridge plan on Monday, the mayor said.\n');
  writeFileSync(join(folder, SEEDS[1]!), SEED_002.replace(/^.*$/m, 'A rewritten headline for the second seed'));
  assert.equal(index(folder).code, 0);
  const after = readIndexYaml(readFileSync(path, 'utf8')).entries;
  assert.equal(after.get('005_story.txt')!.fields['title'], 'Bridge plan rejected');
  assert.equal(after.get('005_story.txt')!.fields['engine'], undefined);
  assert.equal(after.get(SEEDS[1]!)!.fields['title'], reviewerTitle);
  const fresh = join(mkdtempSync(join(tmpdir(), 'source-review-fresh-')), 'seeds');
  mkdirSync(fresh);
  for (const name of readdirSync(folder).filter((name) => name.endsWith('.txt'))) copyFileSync(join(folder, name), join(fresh, name));
  assert.equal(spawnSync(process.execPath, [CLI, 'index', fresh, '--no-cache']).status, 0);
  assert.equal(readIndexYaml(readFileSync(join(fresh, 'INDEX.yaml'), 'utf8')).entries.get('005_story.txt')!.fields['title'], 'Bridge plan rejected');
});

test('the cache keeps a run\'s new entries in its entries file or journal, and leaves no spool behind', () => {
  const folder = seedFolder();
  const cache = join(folder, '..', 'cache', 'v3');
  assert.equal(index(folder).code, 0);
  assert.equal(readFileSync(join(cache, 'entries.jsonl'), 'utf8').trim().split('\n').length, 2);
  writeFileSync(join(folder, '004_new.txt'), SEED_000.replace('Moscow', 'Kazan'));
  assert.equal(index(folder).code, 0);
  assert.equal(readFileSync(join(cache, 'journal.jsonl'), 'utf8').trim().split('\n').length, 1, 'one new document, one journal line');
  assert.deepEqual(readdirSync(cache).filter((name) => name.endsWith('.tmp')), []);
  writeFileSync(join(folder, '005_new.txt'), SEED_002.replace('Moscow', 'Kazan'));
  const fourth = index(folder);
  assert.match(fourth.stdout, /3 from cache/, fourth.stdout);
});

test('a run that finds nothing changed replays the last report; an edited INDEX.yaml or seed is still seen', () => {
  const folder = seedFolder();
  const first = index(folder);
  assert.equal(first.code, 0, first.stderr);
  const second = index(folder);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /2 from cache/);
  assert.deepEqual(second.stdout.split('\n').slice(1, -2), first.stdout.split('\n').slice(1, -2));
  assert.match(second.stdout, /INDEX\.yaml unchanged\n$/);
  writeFileSync(join(folder, SEEDS[1]!), SEED_002.replace(/Putin/g, 'Medvedev'));
  assert.match(index(folder).stdout, /1 from cache/);
  writeFileSync(join(folder, 'INDEX.yaml'), 'documents: [unclosed\n');
  const malformed = index(folder);
  assert.equal(malformed.code, 1);
  assert.match(malformed.stderr, /INDEX\.yaml:\d+:\d+: /);
});

test('a malformed INDEX.yaml is reported with line and column and left as it was', () => {
  const folder = seedFolder();
  const malformed = 'documents:\n  - file: 000_93e29ae284e8c2f5.txt\n    notes: [unclosed\n';
  writeFileSync(join(folder, 'INDEX.yaml'), malformed);
  const result = index(folder);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /INDEX\.yaml:\d+:\d+: /);
  assert.equal(readFileSync(join(folder, 'INDEX.yaml'), 'utf8'), malformed);
});

test('worker threads give the same INDEX.yaml as one thread', () => {
  const folder = seedFolder();
  for (let n = 10; n < 80; n++) {
    const seed = n % 2 === 0 ? SEED_000 : SEED_002;
    writeFileSync(join(folder, `${n}_copy.txt`), seed.replace(/Putin/g, `Person${n}`));
  }
  const threaded = index(folder, '--no-cache', '--jobs', '2');
  assert.equal(threaded.code, 0, threaded.stderr);
  assert.match(threaded.stdout, /2 threads/);
  const first = readFileSync(join(folder, 'INDEX.yaml'), 'utf8');
  const single = index(folder, '--no-cache', '--jobs', '1');
  assert.match(single.stdout, /one thread/);
  assert.match(single.stdout, /INDEX.yaml unchanged/);
  assert.equal(readFileSync(join(folder, 'INDEX.yaml'), 'utf8'), first);
});

test('bad usage exits 2', () => {
  assert.equal(spawnSync(process.execPath, [CLI, 'index'], { encoding: 'utf8' }).status, 2);
  assert.equal(spawnSync(process.execPath, [CLI, 'index', 'a', 'b'], { encoding: 'utf8' }).status, 2);
  assert.equal(spawnSync(process.execPath, [CLI, 'index', join(tmpdir(), 'no-such-folder-here')], { encoding: 'utf8' }).status, 2);
});
