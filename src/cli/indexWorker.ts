/** Worker-thread entry (dist/indexWorker.js): does the indexer's per-document work off the main thread. */
import { parentPort } from 'node:worker_threads';
import { analyzeBytes, NotTextError, profileBytes } from '../corpus/documentWork';
import type { WorkerReply, WorkerRequest } from './workerPool';

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const value = request.kind === 'profile' ? profileBytes(request.bytes) : analyzeBytes(request.job);
    reply = { id: request.id, ok: true, value };
  } catch (error) {
    reply = { id: request.id, ok: false, notText: error instanceof NotTextError, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
