/** Worker-thread entry (dist/indexWorker.js): does the indexer's and `facts`' per-document work off the main thread. */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { analyzeBytes, factsBytes, NotTextError, profileBytes, profileFileBytes } from '../corpus/documentWork';
import type { WorkerReply, WorkerRequest, WorkerValue } from './workerPool';

function valueOf(request: WorkerRequest): WorkerValue {
  switch (request.kind) {
    case 'profile': return profileBytes(request.bytes);
    // Read here, so the thread handing out the work never holds the bytes (see DocumentWorker).
    case 'profileFile': return profileFileBytes(readFileSync(request.path));
    case 'analyze': return analyzeBytes(request.job);
    case 'analyzeFile': return analyzeBytes({ ...request.job, bytes: readFileSync(request.job.path) });
    case 'facts': return factsBytes(request.job);
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const value = valueOf(request);
    reply = { id: request.id, ok: true, value };
  } catch (error) {
    reply = { id: request.id, ok: false, notText: error instanceof NotTextError, message: error instanceof Error ? error.message : String(error) };
  }
  // A facts line's buffer is moved, not copied, to the writing thread.
  parentPort?.postMessage(reply, reply.ok && 'line' in reply.value ? [reply.value.line.buffer as ArrayBuffer] : []);
});
