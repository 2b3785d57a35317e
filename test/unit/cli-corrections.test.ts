import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { FIXTURES } from './fixtures';

// The CLI is tested as built (npm test builds first): the bundle is what pipelines run.
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEED = '000_93e29ae284e8c2f5.txt';
const CORRECTIONS = 'notNames: [Awara Kutto Se Darna]\nnameTypes: {White House: organization}\naliases: {Vladimir Putin: [V. Putin]}\n';

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function seedFolder(corrections?: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-corrections-'));
  mkdirSync(join(folder, 'seeds'));
  copyFileSync(join(FIXTURES, SEED), join(folder, 'seeds', SEED));
  if (corrections !== undefined) writeFileSync(join(folder, 'seeds', '.sourcereview.yaml'), corrections);
  return folder;
}

interface Name {
  text: string;
  canonical: string;
  type: string;
}

function namesOf(stdout: string): Name[] {
  return (JSON.parse(stdout.trim()) as { names: Name[] }).names;
}

test('facts: .sourcereview.yaml beside the seeds removes, retypes and merges names', () => {
  const before = namesOf(run(['facts', `seeds/${SEED}`], seedFolder()).stdout);
  assert.ok(before.some((name) => name.text === 'Dmitry Peskov'), 'the engine alone finds Peskov');
  assert.ok(before.some((name) => name.text === 'White House' && name.type === 'place'));

  const result = run(['facts', `seeds/${SEED}`], seedFolder(CORRECTIONS.replace('[Awara Kutto Se Darna]', '[Awara Kutto Se Darna, Dmitry Peskov]')));
  assert.equal(result.code, 0, result.stderr);
  const names = namesOf(result.stdout);
  assert.ok(!names.some((name) => ['Awara Kutto Se Darna', 'Dmitry Peskov'].includes(name.canonical)));
  const whiteHouse = names.filter((name) => name.text === 'White House');
  assert.ok(whiteHouse.length > 0 && whiteHouse.every((name) => name.type === 'organization'));
  const putins = names.filter((name) => name.type === 'person' && name.text.includes('Putin'));
  assert.ok(putins.length > 0 && putins.every((name) => name.canonical === 'Vladimir Putin'));
});

test('facts: a file in a parent folder applies too, and the nearer file wins', () => {
  const folder = seedFolder('nameTypes: {White House: organization}\n');
  writeFileSync(join(folder, '.sourcereview.yaml'), 'nameTypes: {White House: person}\nnotNames: [Awara Kutto Se Darna]\n');
  const names = namesOf(run(['facts', `seeds/${SEED}`], folder).stdout);
  assert.ok(names.filter((name) => name.text === 'White House').every((name) => name.type === 'organization'));
  assert.ok(!names.some((name) => name.text === 'Awara Kutto Se Darna'));
});

test('facts: a malformed .sourcereview.yaml is named with line and column, facts come without corrections, exit 1', () => {
  const folder = seedFolder('notNames: [Dmitry Peskov\nnameTypes: {White House: organization}\n');
  const result = run(['facts', `seeds/${SEED}`], folder);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /seeds\/\.sourcereview\.yaml:\d+:\d+: /);
  assert.match(result.stderr, /\n(?:source-review: )?\.sourcereview\.yaml is malformed/, 'the second sentence on a line of its own, not an escaped \\n');
  const names = namesOf(result.stdout);
  assert.ok(names.some((name) => name.text === 'Dmitry Peskov'));
  assert.equal(readFileSync(join(folder, 'seeds', '.sourcereview.yaml'), 'utf8'), 'notNames: [Dmitry Peskov\nnameTypes: {White House: organization}\n', 'left as it was');
});

test('summary: applies the corrections', () => {
  const folder = seedFolder('notNames: [Dmitry Peskov]\n');
  const result = run(['summary', `seeds/${SEED}`], folder);
  assert.equal(result.code, 0, result.stderr);
  assert.doesNotMatch(result.stdout, /Dmitry Peskov/);
  assert.match(run(['summary', `seeds/${SEED}`], seedFolder()).stdout, /Dmitry Peskov/);
});

test('index: INDEX.yaml lists the corrected names, and a changed corrections file is not answered from the cache', () => {
  const folder = seedFolder(`${CORRECTIONS}nameTypes: {Kremlin: place}\n`.replace('nameTypes: {White House: organization}\n', ''));
  const cache = join(folder, 'cache');
  const entry = () => (parse(readFileSync(join(folder, 'seeds', 'INDEX.yaml'), 'utf8')) as { documents: Record<string, string[]>[] }).documents[0]!;
  assert.equal(run(['index', 'seeds', '--cache', cache], folder).code, 0);
  assert.ok(entry().places!.includes('Kremlin'));
  assert.ok(!entry().organizations!.includes('Kremlin'));

  writeFileSync(join(folder, 'seeds', '.sourcereview.yaml'), 'notNames: [Tianjin]\n');
  const second = run(['index', 'seeds', '--cache', cache], folder);
  assert.equal(second.code, 0, second.stderr);
  assert.ok(entry().organizations!.includes('Kremlin'), 'the type correction was removed');
  assert.ok(!entry().places!.includes('Tianjin'));
});

test('index: a malformed .sourcereview.yaml is named, the index is written without corrections, exit 1', () => {
  const folder = seedFolder('notNames: [Tianjin\n');
  const result = run(['index', 'seeds', '--no-cache'], folder);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /\.sourcereview\.yaml:\d+:\d+: /);
  assert.match(readFileSync(join(folder, 'seeds', 'INDEX.yaml'), 'utf8'), /Tianjin/);
});

test("index: a reviewer's title in INDEX.yaml stays across two runs, the engine's kept under engine:", () => {
  const folder = seedFolder();
  assert.equal(run(['index', 'seeds', '--no-cache'], folder).code, 0);
  const indexPath = join(folder, 'seeds', 'INDEX.yaml');
  const written = readFileSync(indexPath, 'utf8');
  const engineTitle = (parse(written) as { documents: { title: string }[] }).documents[0]!.title;
  writeFileSync(indexPath, written.replace(/^ {4}title: .*$/m, '    title: Russia and China, by the reviewer'));
  for (let runs = 0; runs < 2; runs++) assert.equal(run(['index', 'seeds', '--no-cache'], folder).code, 0);
  const entry = (parse(readFileSync(indexPath, 'utf8')) as { documents: { title: string; engine: { title: string } }[] }).documents[0]!;
  assert.equal(entry.title, 'Russia and China, by the reviewer');
  assert.equal(entry.engine.title, engineTitle);
});
