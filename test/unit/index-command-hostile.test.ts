/**
 * `index` under hostile conditions (issue 7): files changing while it runs, a big folder, an
 * INDEX.yaml that cannot be written, an INDEX.yaml edited during the run. Runs the built CLI
 * (dist/cli.js), with a preloaded hook script where the test needs to act inside the run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readIndexYaml } from '../../src/corpus/indexFile';
import { FIXTURES, SEED_000, SEED_002 } from './fixtures';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEEDS = ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function index(folder: string, options: { preload?: string; env?: Record<string, string>; args?: string[] } = {}): Run {
  const preload = options.preload ? ['--require', options.preload] : [];
  const result = spawnSync(process.execPath, [...preload, CLI, 'index', folder, '--cache', join(folder, '..', 'cache'), ...(options.args ?? [])], {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function seedFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'source-review-hostile-')), 'seeds');
  mkdirSync(folder);
  for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(folder, name));
  return folder;
}

/**
 * Writes a CommonJS hook that `node --require` loads before the CLI; `body` runs once, on the first
 * read of a seed file, whether the CLI reads it with fs.openSync, fs.readFileSync or fs/promises' readFile.
 */
function hookOnFirstSeedRead(body: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'source-review-hook-')), 'hook.cjs');
  writeFileSync(path, `
const fs = require('node:fs');
const promises = require('node:fs/promises');
const path = require('node:path');
const folder = process.env.SEED_FOLDER;
let done = false;
const onRead = (file) => {
  if (!done && typeof file === 'string' && file.endsWith('.txt')) {
    done = true;
    ${body}
  }
};
const readFile = promises.readFile;
promises.readFile = function (file, ...rest) {
  onRead(file);
  return readFile.call(this, file, ...rest);
};
const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  onRead(file);
  return readFileSync.call(this, file, ...rest);
};
const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  onRead(file);
  return openSync.call(this, file, ...rest);
};
`);
  return path;
}

/** Every seed file named in INDEX.yaml or in the command's output. */
function listedOrReported(folder: string, run: Run): (file: string) => boolean {
  const indexed = new Set(readIndexYaml(readFileSync(join(folder, 'INDEX.yaml'), 'utf8')).entries.keys());
  return (file) => indexed.has(file) || run.stdout.includes(file) || run.stderr.includes(file);
}

function seedFilesNow(folder: string): string[] {
  return readdirSync(folder).filter((file) => file.endsWith('.txt')).sort();
}

test('a file deleted or changed while index runs is reported or indexed, and nothing crashes', () => {
  const folder = seedFolder();
  writeFileSync(join(folder, '003_changing.txt'), SEED_000.replace(/Putin/g, 'Medvedev'));
  writeFileSync(join(folder, '004_deleted.txt'), SEED_002);
  const hook = hookOnFirstSeedRead(`
    fs.unlinkSync(path.join(folder, '004_deleted.txt'));
    fs.writeFileSync(path.join(folder, '003_changing.txt'), 'Changed Headline\\n\\nLavrov said on Monday that "talks went well".\\n');`);
  const run = index(folder, { preload: hook, env: { SEED_FOLDER: folder }, args: ['--no-cache'] });
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /, run.stderr);
  assert.equal(run.code, 1, 'a file could not be indexed');
  assert.match(run.stdout + run.stderr, /004_deleted\.txt: .*(ENOENT|no such file)/);
  const found = listedOrReported(folder, run);
  for (const file of seedFilesNow(folder)) assert.ok(found(file), `${file} is neither indexed nor reported`);
});

test('files created or renamed while index runs are indexed or reported', () => {
  const folder = seedFolder();
  writeFileSync(join(folder, '003_renamed.txt'), SEED_000.replace(/Putin/g, 'Medvedev'));
  const hook = hookOnFirstSeedRead(`
    fs.renameSync(path.join(folder, '003_renamed.txt'), path.join(folder, '005_new_name.txt'));
    fs.writeFileSync(path.join(folder, '004_created.txt'), 'Created Headline\\n\\nLavrov said on Monday that "talks went well".\\n');`);
  const run = index(folder, { preload: hook, env: { SEED_FOLDER: folder }, args: ['--no-cache'] });
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /, run.stderr);
  const found = listedOrReported(folder, run);
  for (const file of seedFilesNow(folder)) assert.ok(found(file), `${file} is neither indexed nor reported`);
});

test('a folder of 20,000 small files is indexed completely', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'source-review-20k-')), 'seeds');
  mkdirSync(folder);
  const count = 20_000;
  for (let n = 0; n < count; n++) {
    writeFileSync(join(folder, `${String(n).padStart(5, '0')}.txt`), `Story ${n} Headline\n\nMinister ${n} said on Monday that "item ${n} is ready".\n`);
  }
  const run = index(folder, { args: ['--no-cache'] });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Indexed 20,?000 documents/);
  const written = readIndexYaml(readFileSync(join(folder, 'INDEX.yaml'), 'utf8'));
  assert.equal(written.entries.size, count);
});

/** A seed folder whose INDEX.yaml is a directory holding user data: it can be neither read nor replaced (chmod cannot stop root). */
function folderWithUnwritableIndex(): string {
  const folder = seedFolder();
  mkdirSync(join(folder, 'INDEX.yaml'));
  writeFileSync(join(folder, 'INDEX.yaml', 'keep.txt'), 'user data');
  return folder;
}

test('an INDEX.yaml that cannot be written (a directory) fails with exit 1 and loses nothing', () => {
  const folder = folderWithUnwritableIndex();
  const before = SEEDS.map((name) => readFileSync(join(folder, name), 'utf8'));
  const run = index(folder);
  assert.equal(run.code, 1);
  assert.ok(statSync(join(folder, 'INDEX.yaml')).isDirectory());
  assert.equal(readFileSync(join(folder, 'INDEX.yaml', 'keep.txt'), 'utf8'), 'user data');
  assert.deepEqual(SEEDS.map((name) => readFileSync(join(folder, name), 'utf8')), before);
  assert.deepEqual(readdirSync(folder).sort(), [...SEEDS, 'INDEX.yaml'].sort(), 'no temporary file left behind');
});

test('an INDEX.yaml that cannot be read says which file and why', () => {
  const run = index(folderWithUnwritableIndex());
  assert.doesNotMatch(run.stderr, /internal error/);
  assert.match(run.stderr, /INDEX\.yaml.*(EISDIR|is a directory|not a (regular )?file)/i);
});

test('a failed write leaves the old INDEX.yaml intact and says so', () => {
  const folder = seedFolder();
  assert.equal(index(folder).code, 0);
  const indexPath = join(folder, 'INDEX.yaml');
  const old = readFileSync(indexPath, 'utf8');
  writeFileSync(join(folder, '004_new.txt'), SEED_002.replace('Putin and Xi', 'Xi and Putin'));
  // The temporary file's path (INDEX.yaml.<pid>.tmp) is taken by a directory, so writing it fails.
  const hook = join(mkdtempSync(join(tmpdir(), 'source-review-hook-')), 'block-temporary.cjs');
  writeFileSync(hook, "require('node:fs').mkdirSync(`${process.env.INDEX_PATH}.${process.pid}.tmp`);\n");
  const run = index(folder, { preload: hook, env: { INDEX_PATH: indexPath } });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /could not write .*INDEX\.yaml.*the old file is intact/);
  assert.equal(readFileSync(indexPath, 'utf8'), old);
});

test('INDEX.yaml edited while index runs keeps the edit (no lost update)', () => {
  const folder = seedFolder();
  assert.equal(index(folder).code, 0);
  const indexPath = join(folder, 'INDEX.yaml');
  writeFileSync(join(folder, '004_new.txt'), SEED_002.replace('Putin and Xi', 'Xi and Putin'));
  // The reviewer saves INDEX.yaml after the command read it and before it writes: on the first seed read.
  const hook = hookOnFirstSeedRead(`
    const indexPath = path.join(folder, 'INDEX.yaml');
    fs.writeFileSync(indexPath, fs.readFileSync(indexPath, 'utf8').replace('status: unreviewed', 'status: flagged # edited during the run'));`);
  const run = index(folder, { preload: hook, env: { SEED_FOLDER: folder }, args: ['--no-cache'] });
  assert.equal(run.code, 0, run.stderr);
  const written = readFileSync(indexPath, 'utf8');
  assert.match(written, /status: flagged # edited during the run/);
  assert.match(written, /file: 004_new\.txt/);
});
