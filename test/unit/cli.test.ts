import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES } from './fixtures';

// The CLI is tested as built (npm test builds first): the bundle is what pipelines run.
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function seedFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-cli-'));
  mkdirSync(join(folder, 'seeds'));
  for (const name of ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt']) copyFileSync(join(FIXTURES, name), join(folder, 'seeds', name));
  return folder;
}

test('facts: one facts/1 record per document of a folder, exit 0', () => {
  const folder = seedFolder();
  const result = run(['facts', 'seeds'], folder);
  assert.equal(result.code, 0, result.stderr);
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(records.map((record) => [record.schema, record.file]), [
    ['facts/1', 'seeds/000_93e29ae284e8c2f5.txt'],
    ['facts/1', 'seeds/002_c5cc658af23e45c8.txt'],
  ]);
  assert.equal(records[0].published, '2025-08-29');
});

test('facts: a binary and a non-UTF-8 file are named on stderr, the others still processed, exit 1', () => {
  const folder = seedFolder();
  writeFileSync(join(folder, 'seeds', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  writeFileSync(join(folder, 'seeds', 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
  writeFileSync(join(folder, 'seeds', 'empty.txt'), '');
  const result = run(['facts', 'seeds'], folder);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /image\.txt: binary file/);
  assert.match(result.stderr, /latin1\.txt: not valid UTF-8/);
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(records.length, 3);
  const empty = records.find((record) => record.file.endsWith('empty.txt'));
  assert.deepEqual([empty.names, empty.dates, empty.quotes, empty.boilerplate], [[], [], [], []]);
});

test('facts: INDEX.yaml supplies the publication date when the text gives none; a malformed one is a warning', () => {
  const folder = seedFolder();
  writeFileSync(join(folder, 'seeds', 'INDEX.yaml'), 'documents:\n  - file: 002_c5cc658af23e45c8.txt\n    published: 2025-05-09\n');
  const records = run(['facts', 'seeds'], folder).stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(records.map((record) => [record.published, record.publishedFrom]), [['2025-08-29', 'text'], ['2025-05-09', 'given']]);

  writeFileSync(join(folder, 'seeds', 'INDEX.yaml'), 'documents:\n  - file: [unclosed\n');
  const malformed = run(['facts', 'seeds'], folder);
  assert.equal(malformed.code, 0);
  assert.match(malformed.stderr, /INDEX\.yaml:3:1: not read, malformed YAML/, "the warning names line and column");
  assert.equal(malformed.stdout.trim().split('\n').length, 2);
});

test('summary: a readable summary of one document', () => {
  const result = run(['summary', join(FIXTURES, '002_c5cc658af23e45c8.txt')], process.cwd());
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^# Putin and Xi Strengthen Moscow-Beijing Ties/);
  assert.match(result.stdout, /\*\*Source:\*\* Orda\.kz/);
  assert.match(result.stdout, /\*\*Authors:\*\* Ruslan Loginov/);
});

test('bad usage exits 2 with the usage text; a missing file exits 1', () => {
  const usage = run(['frobnicate'], process.cwd());
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /usage: source-review/);
  assert.equal(run(['facts'], process.cwd()).code, 2);
  const missing = run(['summary', 'no-such-file.txt'], process.cwd());
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no-such-file\.txt: no such file/);
});

test('facts: a folder big enough for worker threads gives the records in file order, skipping what is not text', () => {
  const folder = seedFolder();
  const seeds = ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt'];
  for (let i = 0; i < 70; i++) copyFileSync(join(FIXTURES, seeds[i % 2]!), join(folder, 'seeds', `copy-${String(i).padStart(2, '0')}.txt`));
  writeFileSync(join(folder, 'seeds', 'copy-33b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  const result = run(['facts', 'seeds'], folder);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /copy-33b\.txt: binary file/);
  assert.match(result.stderr, /72 of 73 documents analysed/);
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const expected = [...Array.from({ length: 70 }, (_, i) => `seeds/copy-${String(i).padStart(2, '0')}.txt`), ...seeds.map((seed) => `seeds/${seed}`)].sort();
  assert.deepEqual(records.map((record) => record.file), expected);
  assert.equal(records.find((record) => record.file === 'seeds/copy-01.txt').title, records.find((record) => record.file === 'seeds/002_c5cc658af23e45c8.txt').title, 'each record is its own file\'s');
});
