import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXPORT_COLUMNS } from '../../src/corpus/exportRows';
import { parseCsv } from './csv';
import { FIXTURES } from './fixtures';

// Tested as built (npm test builds first).
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEEDS = ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt'];

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder indexed, then INDEX.yaml edited by hand: a status, tags and notes with a comma, quotes and a line break. */
function reviewedFolder(): { folder: string; cache: string } {
  const folder = join(mkdtempSync(join(tmpdir(), 'source-review-export-')), 'seeds');
  mkdirSync(folder);
  for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(folder, name));
  const cache = join(folder, '..', 'cache');
  assert.equal(run('index', folder, '--cache', cache).code, 0);
  const path = join(folder, 'INDEX.yaml');
  const edited = readFileSync(path, 'utf8').replace(/status: unreviewed\n(\s+)notes: ""/, 'status: flagged\n$1tags: [ story-a, "wire, check" ]\n$1notes: "Date looks wrong, \\"PTI\\" says\\nFriday"');
  assert.notEqual(edited, readFileSync(path, 'utf8'), 'the first entry was edited');
  writeFileSync(path, edited);
  return { folder, cache };
}

test('export --format csv: a header and one row per document that a strict CSV reader reads back, with the hand-set status, tags and notes', () => {
  const { folder, cache } = reviewedFolder();
  const result = run('export', folder, '--format', 'csv', '--cache', cache);
  assert.equal(result.code, 0, result.stderr);
  const [header, ...rows] = parseCsv(result.stdout);
  assert.deepEqual(header, [...EXPORT_COLUMNS]);
  assert.deepEqual(rows.map((row) => row[0]), SEEDS);
  const cell = (row: string[], column: (typeof EXPORT_COLUMNS)[number]): string => row[EXPORT_COLUMNS.indexOf(column)]!;
  const [first, second] = rows as [string[], string[]];
  assert.equal(cell(first, 'status'), 'flagged');
  assert.equal(cell(first, 'tags'), 'story-a; wire, check');
  assert.equal(cell(first, 'notes'), 'Date looks wrong, "PTI" says\nFriday');
  assert.equal(cell(first, 'published'), '2025-08-29');
  assert.equal(cell(first, 'source'), 'PTI');
  assert.match(cell(first, 'people'), /Vladimir Putin; /);
  assert.equal(cell(second, 'status'), 'unreviewed');
  assert.equal(cell(second, 'tags'), '');
  assert.equal(run('export', folder, '--cache', cache).stdout, result.stdout, 'csv is the default');
});

test('export --format jsonl: one JSON object per document, lists as arrays', () => {
  const { folder } = reviewedFolder();
  const result = run('export', folder, '--format', 'jsonl', '--no-cache');
  assert.equal(result.code, 0, result.stderr);
  const rows = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(rows.map((row) => row['file']), SEEDS);
  assert.deepEqual(Object.keys(rows[0]!), [...EXPORT_COLUMNS]);
  assert.equal(rows[0]!['status'], 'flagged');
  assert.deepEqual(rows[0]!['tags'], ['story-a', 'wire, check']);
  assert.equal(rows[0]!['notes'], 'Date looks wrong, "PTI" says\nFriday');
  assert.ok(Array.isArray(rows[0]!['people']));
  assert.equal(typeof rows[0]!['quotations'], 'number');
});

test('export: no INDEX.yaml exits 1 and says to index first; bad usage exits 2', () => {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-export-'));
  const missing = run('export', folder, '--no-cache');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /INDEX\.yaml: cannot be read; run `source-review index/);
  assert.equal(run('export', folder, '--format', 'xlsx').code, 2);
  assert.equal(run('export').code, 2);
});
