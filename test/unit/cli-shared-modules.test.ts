/**
 * dist/cli.js (the dispatcher and `index`'s light half) and dist/cliEngine.js (loaded when a command
 * analyses) share the modules that hold the process's state, as files of their own: a copy in each
 * bundle kept two states, so flags pinned by `index` were never restored after the workers started
 * (a cold index of 20,000 small files: 187 -> 215 MB) and the walk's names not UTF-8 had to be handed over.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const DIST = join(__dirname, '..', '..', 'dist');
const read = (name: string): string => readFileSync(join(DIST, name), 'utf8');

/** A string only each shared module's code holds. */
const SHARED = [
  { module: 'youngGeneration', marker: '--heap-growing-percent' },
  { module: 'seedPaths', marker: 'folder not read (' },
];

test('the command line bundles require the state-holding modules instead of each holding a copy', () => {
  for (const bundle of ['cli.js', 'cliEngine.js']) {
    const code = read(bundle);
    for (const { module, marker } of SHARED) {
      assert.match(code, new RegExp(`require\\(["']\\./${module}["']\\)`), `${bundle} requires ./${module}`);
      assert.ok(!code.includes(marker), `${bundle} holds its own copy of ${module}`);
    }
  }
  for (const { module, marker } of SHARED) assert.ok(read(`${module}.js`).includes(marker), `dist/${module}.js is built`);
});
