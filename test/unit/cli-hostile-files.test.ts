/**
 * The command line on files that are not what their names say (issue 18): FIFOs, devices, missing
 * arguments, folders that cannot be listed, names that are not UTF-8, control characters. Each
 * run is bounded by a timeout, so a hang fails the test instead of stalling the suite.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES } from './fixtures';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEED = '002_c5cc658af23e45c8.txt';

function run(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' });
  assert.equal(result.error, undefined, `hang or spawn failure: ${String(result.error)}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, records: args[0] === 'facts' ? records(result.stdout) : [] };
}

function records(stdout: string): { file: string; published: string | null }[] {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { file: string; published: string | null });
}

function folderWithSeed(): string {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-hostile-files-'));
  copyFileSync(join(FIXTURES, SEED), join(folder, 'good.txt'));
  return folder;
}

test('facts: a FIFO named .txt is refused at once, named, and the others are processed (exit 1)', () => {
  const folder = folderWithSeed();
  execFileSync('mkfifo', [join(folder, 'fifo.txt')]);
  const result = run(['facts', folder]);
  assert.equal(result.code, 1);
  assert.equal(result.records.length, 1);
  assert.match(result.stderr, /fifo\.txt: not a regular file \(a FIFO\)/);
});

test('summary and index: a FIFO does not block either', () => {
  const folder = folderWithSeed();
  execFileSync('mkfifo', [join(folder, 'fifo.txt')]);
  assert.equal(run(['summary', join(folder, 'fifo.txt')]).code, 1);
  const index = run(['index', folder, '--no-cache']);
  assert.equal(index.code, 1);
  assert.match(index.stdout, /fifo\.txt: .*not a regular file \(a FIFO\)/);
});

test('facts: a link to /dev/zero named .txt is refused without reading it', () => {
  const folder = folderWithSeed();
  symlinkSync('/dev/zero', join(folder, 'zero.txt'));
  const result = run(['facts', folder]);
  assert.equal(result.code, 1);
  assert.equal(result.records.length, 1);
  assert.match(result.stderr, /zero\.txt: not a regular file \(a character device\)/);
});

test('facts good.txt missing.txt: exit 1, the good one processed, the missing one named', () => {
  const folder = folderWithSeed();
  const result = run(['facts', join(folder, 'good.txt'), join(folder, 'missing.txt')]);
  assert.equal(result.code, 1);
  assert.equal(result.records.length, 1);
  assert.match(result.stderr, /missing\.txt: no such file/);
});

test('a sub-folder that cannot be listed (path too long) is reported and skipped; the rest is processed', () => {
  const folder = folderWithSeed();
  const home = process.cwd();
  try {
    // Relative steps: the whole path (6,000 characters) is beyond PATH_MAX, each step is not.
    process.chdir(folder);
    for (let level = 0; level < 30; level++) {
      mkdirSync('d'.repeat(200));
      process.chdir('d'.repeat(200));
    }
  } finally {
    process.chdir(home);
  }
  const facts = run(['facts', folder]);
  assert.equal(facts.code, 1);
  assert.equal(facts.records.length, 1);
  assert.match(facts.stderr, /folder not read \(ENAMETOOLONG\); skipped/);
  const index = run(['index', folder, '--no-cache']);
  assert.equal(index.code, 1);
  assert.match(index.stdout, /Indexed 1 documents/);
  assert.match(index.stderr, /ENAMETOOLONG/);
});

test('facts: a file whose name is not UTF-8 is read, its name shown with the bad bytes escaped', () => {
  const folder = folderWithSeed();
  writeFileSync(Buffer.concat([Buffer.from(`${folder}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('name.txt')]), 'Headline\n\nPutin said on Sunday that "it was fine".\n');
  const result = run(['facts', folder]);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(result.records.map((record) => record.file.split('/').pop()), ['bad\\xFF\\xFEname.txt', 'good.txt']);
  const index = run(['index', folder, '--no-cache']);
  assert.equal(index.code, 0, index.stderr);
});

test('control characters of a text and of a file name are escaped on the terminal', () => {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-controls-'));
  writeFileSync(join(folder, 'a.txt'), 'Putin \x1b]0;title\x07Visits \x1b[31mRed\x1b[0m Square\n\nPutin said on Sunday that "the \x1b[2J visit was fine".\n');
  const summary = run(['summary', join(folder, 'a.txt')]);
  assert.equal(summary.code, 0, summary.stderr);
  assert.doesNotMatch(summary.stdout, /[\x1b\x07]/); // eslint-disable-line no-control-regex
  assert.match(summary.stdout, /Putin \\x1B\]0;title\\x07Visits/);
  const facts = run(['facts', join(folder, 'evil\x1b[2Jname.txt')]);
  assert.equal(facts.code, 1);
  assert.doesNotMatch(facts.stderr, /\x1b/); // eslint-disable-line no-control-regex
  assert.match(facts.stderr, /evil\\x1B\[2Jname\.txt: no such file/);
});

test('index --jobs: whole numbers up to twice the cores; anything else is bad usage (exit 2)', () => {
  const folder = folderWithSeed();
  for (const jobs of ['1e9', '100000', '0', '2.5', '0x4', 'many']) {
    const result = run(['index', folder, '--no-cache', '--jobs', jobs]);
    assert.equal(result.code, 2, `--jobs ${jobs}: ${result.stderr}`);
    assert.match(result.stderr, /--jobs/);
  }
  assert.equal(run(['index', folder, '--no-cache', '--jobs', '1']).code, 0);
});

test('an INDEX.yaml that is a FIFO or a link to /dev/zero: facts still gives every record, index refuses (exit 1)', () => {
  for (const make of [(path: string) => execFileSync('mkfifo', [path]), (path: string) => symlinkSync('/dev/zero', path)]) {
    const folder = folderWithSeed();
    make(join(folder, 'INDEX.yaml'));
    const facts = run(['facts', folder]);
    assert.equal(facts.records.length, 1);
    assert.match(facts.stderr, /INDEX\.yaml: not read \(not a regular file/);
    const index = run(['index', folder, '--no-cache']);
    assert.equal(index.code, 1);
    assert.match(index.stderr, /INDEX\.yaml: cannot be read \(not a regular file/);
  }
});
