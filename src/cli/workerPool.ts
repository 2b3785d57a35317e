/** A DocumentWorker over node:worker_threads: the CLI's way to use every core. */
import { Worker } from 'node:worker_threads';
import { type AnalysisJob, type AnalysisOutput, type DocumentWorker, inThreadWorker, NotTextError } from '../corpus/documentWork';
import type { DocumentProfile } from '../corpus/profile';

export type WorkerRequest =
  | { id: number; kind: 'profile'; bytes: Uint8Array }
  | { id: number; kind: 'analyze'; job: AnalysisJob };

export type WorkerReply =
  | { id: number; ok: true; value: DocumentProfile | AnalysisOutput }
  | { id: number; ok: false; notText: boolean; message: string };

interface Pending {
  resolve(value: DocumentProfile | AnalysisOutput): void;
  reject(error: Error): void;
  thread: ThreadState;
}

interface ThreadState {
  worker: Worker;
  inFlight: number;
}

/**
 * V8 grows a busy heap well before it collects; capped, two threads stay within the 250 MB the
 * whole run may use. A document too big for the cap fails alone: its thread is replaced.
 */
const THREAD_MEMORY = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };

/**
 * The first requests run in the calling thread: a run that re-analyses a few changed files is
 * done before a thread (50-100 ms and as many MB to start) would be ready.
 */
const IN_THREAD_REQUESTS = 8;

/** Threads start when every running one is busy, so a run answered from the cache starts none (each costs ~30 MB). */
export class WorkerPool implements DocumentWorker {
  private threads: ThreadState[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private requests = 0;

  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {}

  /** How many threads did work. */
  get started(): number {
    return this.threads.length;
  }

  profile(bytes: Uint8Array): Promise<DocumentProfile> {
    if (this.requests++ < IN_THREAD_REQUESTS) return inThreadWorker.profile(bytes);
    return this.send({ id: this.nextId++, kind: 'profile', bytes }) as Promise<DocumentProfile>;
  }

  analyze(job: AnalysisJob): Promise<AnalysisOutput> {
    if (this.requests++ < IN_THREAD_REQUESTS) return inThreadWorker.analyze(job);
    return this.send({ id: this.nextId++, kind: 'analyze', job }) as Promise<AnalysisOutput>;
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  private send(request: WorkerRequest): Promise<DocumentProfile | AnalysisOutput> {
    const idle = this.threads.find((candidate) => candidate.inFlight === 0);
    if (!idle && this.threads.length < this.size) this.threads.push(this.startThread());
    const thread = this.threads.reduce((least, candidate) => (candidate.inFlight < least.inFlight ? candidate : least));
    thread.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject, thread });
      thread.worker.postMessage(request);
    });
  }

  private startThread(): ThreadState {
    const thread: ThreadState = { worker: new Worker(this.script, { resourceLimits: THREAD_MEMORY }), inFlight: 0 };
    thread.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    thread.worker.on('error', (error) => this.failThread(thread, error));
    return thread;
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    pending.thread.inFlight--;
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(reply.notText ? new NotTextError(reply.message) : new Error(reply.message));
  }

  /** A crashed thread (out of memory on a huge document) fails its own requests and is replaced. */
  private failThread(thread: ThreadState, error: Error): void {
    for (const [id, pending] of this.pending) {
      if (pending.thread !== thread) continue;
      this.pending.delete(id);
      pending.reject(error);
    }
    const index = this.threads.indexOf(thread);
    if (index >= 0) this.threads[index] = this.startThread();
  }
}
