/**
 * What youngGeneration.ts sets, seen from V8's heap statistics. Each test file runs in a process of
 * its own and these flags are process-wide: the tests run in order, the first one setting them.
 * Without the flags (checked by leaving each call out) the young generation grows to 32 MB and the
 * old generation to twice the size reached with them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { getHeapSpaceStatistics } from 'node:v8';
import { WorkerPool } from '../../src/cli/workerPool';
import { keepHeapSmall } from '../../src/cli/youngGeneration';

const spaceSize = (name: string): number => getHeapSpaceStatistics().find((space) => space.space_name === name)!.space_size;

/**
 * Objects that live through a few young collections, then die: what the young generation grows
 * for, and, past a window the young generation cannot hold, garbage that reaches the old one.
 * Returns the largest old generation seen.
 */
function churn(count: number, window: number): number {
  let kept: object[] = [];
  let largest = 0;
  for (let i = 0; i < count; i++) {
    kept.push({ i, pair: [i, i + 1] });
    if (kept.length <= window) continue;
    kept = [];
    largest = Math.max(largest, spaceSize('old_space'));
  }
  return largest;
}

test('keepHeapSmall: the old generation grows little past what lives, under garbage that reaches it', () => {
  keepHeapSmall();
  const live: object[] = [];
  for (let i = 0; i < 100_000; i++) live.push({ i, pair: [i, i + 1], text: `entry ${i}` });
  const largest = churn(1_500_000, 100_000);
  // Here 62 MB with the flag, 134 MB without it (V8 grows the heap to up to four times what survived).
  assert.ok(largest < 96 * 2 ** 20, `old space reached ${(largest / 2 ** 20).toFixed(1)} MB`);
  assert.equal(live.length, 100_000);
});

test('keepHeapSmall: the young generation no longer grows under surviving garbage', () => {
  const atStart = spaceSize('new_space');
  churn(400_000, 50_000);
  // It grew to 32 MB without the flag. V8 ignores a flag it does not know, so this also catches a Node whose V8 renamed it.
  assert.ok(spaceSize('new_space') <= Math.max(atStart, 4 * 2 ** 20), `new space ${spaceSize('new_space')} bytes, ${atStart} at start`);
});

test('WorkerPool: the flags hold in this thread after a worker thread started (which sets them back)', async () => {
  const script = join(mkdtempSync(join(tmpdir(), 'source-review-heap-flags-')), 'worker.cjs');
  writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (request) => parentPort.postMessage([{ id: request.id, ok: true, value: { line: new Uint8Array(0), warnings: [] } }]));`);
  const pool = new WorkerPool(script, 1);
  await pool.facts({ file: 'a.txt', bytes: new Uint8Array(0), size: 0, published: null });
  await pool.close();
  const atStart = spaceSize('new_space');
  churn(400_000, 50_000);
  assert.ok(spaceSize('new_space') <= Math.max(atStart, 4 * 2 ** 20), `new space ${spaceSize('new_space')} bytes, ${atStart} at start`);
});
