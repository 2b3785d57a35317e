/** INDEX.yaml read and written under hostile content and timing (issue 18). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { MAX_FLOW_DEPTH, readIndexYaml } from '../../src/corpus/indexFile';
import { updateIndexYaml } from '../../src/corpus/indexUpdate';
import { FIXTURES } from './fixtures';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const UNDATED = 'Headline\n\nHe said on Sunday that it was fine, Putin said.\n';

function run(args: string[], options: { preload?: string; env?: Record<string, string> } = {}) {
  const preload = options.preload ? ['--require', options.preload] : [];
  const result = spawnSync(process.execPath, [...preload, CLI, ...args], { encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL', env: { ...process.env, ...options.env } });
  assert.equal(result.error, undefined, String(result.error));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'source-review-index-hardening-')), 'seeds');
  mkdirSync(path);
  copyFileSync(join(FIXTURES, '002_c5cc658af23e45c8.txt'), join(path, '002_c5cc658af23e45c8.txt'));
  return path;
}

function published(stdout: string, suffix: string): unknown {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { file: string; published: unknown }).find((record) => record.file.endsWith(suffix))?.published;
}

test('published values that are not real dates are dropped with a warning', () => {
  const contents = readIndexYaml('documents:\n  - file: a.txt\n    published: yesterday\n  - file: b.txt\n    published: 2025-02-30\n  - file: c.txt\n    published: 2025-02-28\n');
  assert.deepEqual([...contents.entries.values()].map((entry) => entry.published), [null, null, '2025-02-28']);
  assert.equal(contents.warnings.length, 2);
  assert.match(contents.warnings[0]!, /a\.txt: published "yesterday" is not a date/);
});

test('flow collections nested beyond the limit are an error with a place, not a V8 abort', () => {
  const deep = `x: ${'['.repeat(8000)}${']'.repeat(8000)}\ndocuments:\n  - file: a.txt\n`;
  assert.deepEqual(readIndexYaml(deep).error, { message: `flow lists or maps nested more than ${MAX_FLOW_DEPTH} deep`, line: 1, col: 4 + MAX_FLOW_DEPTH });
  const update = updateIndexYaml(deep, [], { documents: 0, dateRange: null, gaps: [], duplicates: [], repeatedLines: [] } as never);
  assert.equal(update.ok, false);
  const brackets = `documents:\n  - file: a.txt\n    notes: "${'['.repeat(300)}"\n    title: a [draft ${'['.repeat(300)}\n    tags: [a, [b]]\n`;
  assert.equal(readIndexYaml(brackets).error, undefined, 'brackets in quotes or plain text do not count');
  const path = folder();
  writeFileSync(join(path, 'INDEX.yaml'), deep);
  const index = run(['index', path, '--no-cache']);
  assert.equal(index.code, 1);
  assert.match(index.stderr, /INDEX\.yaml:1:\d+: flow lists or maps nested/);
  assert.equal(readFileSync(join(path, 'INDEX.yaml'), 'utf8'), deep);
  assert.equal(run(['facts', path]).stdout.trim().split('\n').length, 1);
});

test('index keeps the bytes of an INDEX.yaml that is not UTF-8, says where the first one is, and is stable', () => {
  const path = folder();
  const comment = Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from(' review')]);
  const note = Buffer.concat([Buffer.from('    notes: na'), Buffer.from([0xef]), Buffer.from('ve')]);
  writeFileSync(join(path, 'INDEX.yaml'), Buffer.concat([comment, Buffer.from('\ndocuments:\n  - file: 002_c5cc658af23e45c8.txt\n    status: reviewed\n'), note, Buffer.from('\n')]));
  const index = run(['index', path, '--no-cache']);
  assert.equal(index.code, 0, index.stderr);
  assert.match(index.stderr, /INDEX\.yaml: line 1, column 6: byte 0xE9 is not UTF-8 \(2 such bytes\); kept as it is/);
  const written = readFileSync(join(path, 'INDEX.yaml'));
  assert.ok(written.includes(comment) && written.includes(note), written.toString('latin1'));
  assert.match(written.toString('latin1'), /title: /);
  assert.equal(run(['index', path, '--no-cache']).code, 0);
  assert.ok(readFileSync(join(path, 'INDEX.yaml')).equals(written));
});

test('facts matches INDEX.yaml entries by relative path: not by base name, and a root entry sub/x.txt as index does', () => {
  const path = folder();
  writeFileSync(join(path, 'INDEX.yaml'), 'documents:\n  - file: ../elsewhere/undated.txt\n    published: 1999-01-01\n  - file: sub/nested.txt\n    published: 2001-02-03\n');
  writeFileSync(join(path, 'undated.txt'), UNDATED);
  mkdirSync(join(path, 'sub'));
  writeFileSync(join(path, 'sub', 'nested.txt'), UNDATED);
  const facts = run(['facts', path]);
  assert.equal(published(facts.stdout, '/undated.txt'), null);
  assert.equal(published(facts.stdout, 'sub/nested.txt'), '2001-02-03');
});

test('a UTF-8 byte-order mark at the top of INDEX.yaml is kept', () => {
  const path = folder();
  writeFileSync(join(path, 'INDEX.yaml'), '\uFEFF# header\ndocuments:\n  - file: 002_c5cc658af23e45c8.txt\n    status: reviewed\n');
  assert.equal(run(['index', path, '--no-cache']).code, 0);
  const written = readFileSync(join(path, 'INDEX.yaml'), 'utf8');
  assert.ok(written.startsWith('\uFEFF# header\n'), JSON.stringify(written.slice(0, 20)));
  assert.match(written, /status: reviewed/);
});

test('an INDEX.yaml emptied while index runs (rewritten in place) is not replaced by one without its statuses', () => {
  const path = folder();
  const indexPath = join(path, 'INDEX.yaml');
  writeFileSync(indexPath, 'documents:\n  - file: 002_c5cc658af23e45c8.txt\n    status: reviewed\n    notes: keep me\n');
  // Truncated on the first read of a seed file, as `gen > INDEX.yaml` does before it writes.
  const hook = join(mkdtempSync(join(tmpdir(), 'source-review-hook-')), 'truncate.cjs');
  writeFileSync(hook, `const fs = require('node:fs');
let done = false;
const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  if (!done && typeof file === 'string' && file.endsWith('.txt')) { done = true; fs.writeFileSync(process.env.INDEX_PATH, ''); }
  return openSync.call(this, file, ...rest);
};
`);
  const index = run(['index', path, '--no-cache'], { preload: hook, env: { INDEX_PATH: indexPath } });
  assert.equal(index.code, 1);
  assert.match(index.stderr, /INDEX\.yaml was emptied or deleted while indexing/);
  assert.equal(readFileSync(indexPath, 'utf8'), '', 'left for the pipeline to finish writing');
});

test('a file named with a backslash keeps its entry and review fields (names are kept byte for byte)', () => {
  const path = folder();
  writeFileSync(join(path, 'INDEX.yaml'), 'documents:\n  - file: c\\d.txt\n    status: reviewed\n    notes: keep me\n');
  writeFileSync(join(path, 'c\\d.txt'), UNDATED);
  assert.equal(run(['index', path, '--no-cache']).code, 0);
  const entries = readIndexYaml(readFileSync(join(path, 'INDEX.yaml'), 'utf8')).entries;
  assert.deepEqual([...entries.keys()].sort(), ['002_c5cc658af23e45c8.txt', 'c\\d.txt']);
  assert.deepEqual([entries.get('c\\d.txt')?.status, entries.get('c\\d.txt')?.missing], ['reviewed', false]);
});

test('an INDEX.yaml found empty although the last run wrote it is not regenerated from nothing; a deleted one is', () => {
  const path = folder();
  const cache = join(path, '..', 'cache');
  writeFileSync(join(path, 'INDEX.yaml'), 'documents:\n  - file: 002_c5cc658af23e45c8.txt\n    status: reviewed\n');
  assert.equal(run(['index', path, '--cache', cache]).code, 0);
  writeFileSync(join(path, 'INDEX.yaml'), ''); // truncated by a pipeline that has not written yet
  const emptied = run(['index', path, '--cache', cache]);
  assert.equal(emptied.code, 1);
  assert.match(emptied.stderr, /emptied or deleted/);
  assert.equal(readFileSync(join(path, 'INDEX.yaml'), 'utf8'), '');
  rmSync(join(path, 'INDEX.yaml'));
  assert.equal(run(['index', path, '--cache', cache]).code, 0, 'deleted before the run: a new INDEX.yaml');
  assert.match(readFileSync(join(path, 'INDEX.yaml'), 'utf8'), /status: unreviewed/);
});
