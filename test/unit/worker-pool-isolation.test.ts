/** A crashed worker thread loses only the document that crashed it (issue 18). */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { threadMemory, WorkerPool } from '../../src/cli/workerPool';

/** A stand-in worker: answers each facts request with its file name, and dies on the file "bad" (as on a heap limit). */
function crashingWorker(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'source-review-pool-')), 'worker.cjs');
  writeFileSync(path, `const { parentPort } = require('node:worker_threads');
let queue = [];
parentPort.on('message', (request) => {
  queue.push(request);
  // Answer a moment later, so that several requests are on the thread when it dies.
  setTimeout(() => {
    const requests = queue;
    queue = [];
    if (requests.some((r) => r.job.file === 'bad')) throw new Error('crashed');
    parentPort.postMessage(requests.map((r) => ({ id: r.id, ok: true, value: { line: new Uint8Array(), warnings: [r.job.file] } })));
  }, 50);
});
`);
  return path;
}

test('the requests of a crashed thread run again one by one: its good neighbours succeed, only the culprit fails', async () => {
  // Every request on a thread: the stand-in worker is what is tested, not this thread's engine.
  const pool = new WorkerPool(crashingWorker(), 1, { workHere: false });
  const files = ['a', 'b', 'bad', 'c', 'd'];
  const outcomes = await Promise.allSettled(files.map((file) => pool.facts({ file, bytes: new Uint8Array(), published: null })));
  await pool.close();
  assert.deepEqual(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.warnings[0] : `failed: ${(outcome.reason as Error).message}`)), ['a', 'b', 'failed: crashed', 'c', 'd']);
});

test('thread heaps grow with the largest document', () => {
  assert.equal(threadMemory(0).maxOldGenerationSizeMb, 64);
  assert.ok(threadMemory(3 * 2 ** 20).maxOldGenerationSizeMb >= 300, 'a 3 MB document took 200 MB of heap');
});
