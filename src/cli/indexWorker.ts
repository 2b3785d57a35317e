/** Worker-thread entry (dist/indexWorker.js): does the indexer's and `facts`' per-document work off the main thread. */
import { parentPort } from 'node:worker_threads';
import { analyzeBytes, factsBytes, NotTextError, profileBytes } from '../corpus/documentWork';
import type { WorkerReply, WorkerRequest } from './workerPool';

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const value = request.kind === 'profile' ? profileBytes(request.bytes) : request.kind === 'analyze' ? analyzeBytes(request.job) : factsBytes(request.job);
    reply = { id: request.id, ok: true, value };
  } catch (error) {
    reply = { id: request.id, ok: false, notText: error instanceof NotTextError, message: error instanceof Error ? error.message : String(error) };
  }
  // A facts line's buffer is moved, not copied, to the writing thread.
  parentPort?.postMessage(reply, reply.ok && 'line' in reply.value ? [reply.value.line.buffer as ArrayBuffer] : []);
});
