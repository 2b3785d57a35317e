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
  request: WorkerRequest;
  resolve(value: DocumentProfile | AnalysisOutput): void;
  reject(error: Error): void;
  thread: ThreadState;
  /** A request lost with a crashed thread is sent once more before it fails. */
  retried: boolean;
}

interface ThreadState {
  worker: Worker;
  inFlight: number;
  /** Analyses sent to it so far; past RECYCLE_AFTER it takes no more and ends when idle. */
  analyses: number;
}

/**
 * V8 grows a busy heap well before it collects; capped (and recycled, below), a thread stays near
 * 40 MB. A thread that reaches the cap is dropped and its requests are sent once more elsewhere,
 * so only a document too big for the cap on its own fails.
 */
const THREAD_MEMORY = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };

/**
 * The first requests run in the calling thread: a run that re-analyses a few changed files is
 * done before a thread (50-100 ms and as many MB to start) would be ready.
 */
const IN_THREAD_REQUESTS = 8;

/**
 * The engine's names tagger caches every distinct line it has seen (~65 KB per document, up to
 * 60,000 lines), so a thread's heap grows with the documents it analyses. A fresh thread every
 * 400 analyses keeps it near 40 MB; each costs ~0.3 s of CPU (start, model, JIT warm-up), a few
 * percent of a 10,000-document run; recycling far more often costs more CPU than it saves memory.
 */
const RECYCLE_AFTER = 400;

/** Threads start when every running one is busy, so a run answered from the cache starts none (each costs ~30 MB). */
export class WorkerPool implements DocumentWorker {
  /** Threads taking work; a retiring one leaves this list and ends once its last request is answered. */
  private threads: ThreadState[] = [];
  private readonly retiring = new Set<ThreadState>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private requests = 0;
  private widest = 0;

  constructor(
    private readonly script: string,
    private readonly size: number,
  ) {}

  /** How many threads worked at once. */
  get started(): number {
    return this.widest;
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
    await Promise.all([...this.threads, ...this.retiring].map((thread) => thread.worker.terminate()));
  }

  private send(request: WorkerRequest): Promise<DocumentProfile | AnalysisOutput> {
    return new Promise((resolve, reject) => this.dispatch({ request, resolve, reject, retried: false }));
  }

  private dispatch(request: Omit<Pending, 'thread'>): void {
    const thread = this.pickThread();
    thread.inFlight++;
    if (request.request.kind === 'analyze' && ++thread.analyses >= RECYCLE_AFTER) this.retire(thread);
    this.pending.set(request.request.id, { ...request, thread });
    thread.worker.postMessage(request.request);
  }

  /** The least busy thread; a new one when every thread is busy and there is room. */
  private pickThread(): ThreadState {
    if (this.threads.length < this.size && !this.threads.some((candidate) => candidate.inFlight === 0)) {
      const thread = this.startThread();
      this.threads.push(thread);
      this.widest = Math.max(this.widest, this.threads.length);
      return thread;
    }
    return this.threads.reduce((least, candidate) => (candidate.inFlight < least.inFlight ? candidate : least));
  }

  private retire(thread: ThreadState): void {
    this.threads = this.threads.filter((candidate) => candidate !== thread);
    this.retiring.add(thread);
  }

  private startThread(): ThreadState {
    const thread: ThreadState = { worker: new Worker(this.script, { resourceLimits: THREAD_MEMORY }), inFlight: 0, analyses: 0 };
    thread.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    thread.worker.on('error', (error) => this.failThread(thread, error));
    return thread;
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    const { thread } = pending;
    if (--thread.inFlight === 0 && this.retiring.delete(thread)) void thread.worker.terminate();
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(reply.notText ? new NotTextError(reply.message) : new Error(reply.message));
  }

  /**
   * A crashed thread (out of memory on a huge document, or a neighbour's) is dropped; its requests
   * go once more to another thread, and fail on a second crash.
   */
  private failThread(thread: ThreadState, error: Error): void {
    this.retire(thread);
    this.retiring.delete(thread);
    for (const [id, pending] of this.pending) {
      if (pending.thread !== thread) continue;
      this.pending.delete(id);
      if (pending.retried) pending.reject(error);
      else this.dispatch({ ...pending, retried: true });
    }
  }
}
