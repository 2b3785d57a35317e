/** Worker-thread entry (dist/indexWorker.js): does the indexer's and `facts`' per-document work off the main thread. */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { analyseInBulk } from '../core/analyze';
import { type IndexWorkerData, replyTo, type WorkerReply, type WorkerRequest } from './workerRequest';

analyseInBulk((workerData as IndexWorkerData | null)?.namesModel);

/**
 * Replies go out in fours while requests are queued, so that the main thread, which wakes for each
 * message and on two cores takes a worker's core to do so, wakes a quarter as often; a worker with
 * nothing queued replies at once, and one with four replies ready still has requests to work on
 * while the main thread sends more.
 */
const REPLIES_PER_MESSAGE = 4;

parentPort?.on('message', (first: WorkerRequest) => {
  let replies: WorkerReply[] = [];
  let moved: ArrayBuffer[] = [];
  for (let request: WorkerRequest | undefined = first; request; ) {
    const reply = replyTo(request);
    replies.push(reply);
    // A facts line's buffer is moved, not copied, to the writing thread.
    if (reply.ok && 'line' in reply.value) moved.push(reply.value.line.buffer as ArrayBuffer);
    request = receiveMessageOnPort(parentPort!)?.message as WorkerRequest | undefined;
    if (request && replies.length < REPLIES_PER_MESSAGE) continue;
    parentPort!.postMessage(replies, moved);
    replies = [];
    moved = [];
  }
});
