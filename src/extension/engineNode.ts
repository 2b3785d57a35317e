/**
 * The engine for the Node extension host (dist/engineNode.js): the background index analyses in
 * worker threads (dist/indexWorker.js), the pool and sizing the command line's `index` uses, so
 * the extension host's thread stays free for typing and an index takes what the CLI's does.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { WorkerPool } from '../cli/workerPool';
import { analyze } from '../core/analyze';
import { LiveCollection } from '../corpus/liveCollection';
import type { Engine, IndexWorkers } from './engine';

/** As `index` does by default; eight documents in flight per thread (see src/cli/indexWorker.ts). */
const THREADS = Math.min(availableParallelism(), 4);
const IN_FLIGHT_PER_THREAD = 8;

function startWorkers(): IndexWorkers {
  const pool = new WorkerPool(join(__dirname, 'indexWorker.js'), THREADS);
  return { worker: pool, concurrency: THREADS * IN_FLIGHT_PER_THREAD, readsFiles: true, close: () => pool.close() };
}

export const engine: Engine = { analyze, LiveCollection, startWorkers };
