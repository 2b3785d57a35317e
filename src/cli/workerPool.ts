/** A DocumentWorker (and `facts` worker) over node:worker_threads: the CLI's way to use every core. */
import { Worker } from 'node:worker_threads';
import { namesModelParts } from '../core/analyze';
import { type AnalysisJob, type AnalysisOutput, type DocumentWorker, type FactsJob, type FactsOutput, type FileAnalysisJob, inThreadWorker, NotTextError, type ProfiledFile } from '../corpus/documentWork';
import type { DocumentProfile } from '../corpus/profile';
import { KeptReplies } from './keptReplies';
import { type IndexWorkerData, valueOf, type WorkerReply, type WorkerRequest, type WorkerValue } from './workerRequest';
import { restoreHeapFlags } from './youngGeneration';

interface Pending {
  request: WorkerRequest;
  resolve(value: WorkerValue): void;
  reject(error: Error): void;
  thread: ThreadState;
}

interface ThreadState {
  worker: Worker;
  inFlight: number;
  /** Runs one request lost with a crashed thread, alone (see failThread). */
  alone: boolean;
}

/**
 * V8 grows a busy heap well before it collects; capped, a thread stays near 100 MB. The engine's
 * caches are bounded (names tagger: 1,000 lines, 30,000 words) and hold ~25 MB once full, so a
 * thread is not recycled: a fresh one costs ~0.3 s of CPU (start, model, JIT warm-up), which every
 * 400 documents made a quarter of a 10,000-document run's CPU.
 * - A 6 MB young generation lets a document's short-lived objects die young: over 10,000 documents
 *   it took the same CPU as 8 MB at 10 MB less peak memory, and 4 MB saved no more memory (an
 *   earlier engine, which made more garbage, needed 30% more CPU at 4 MB).
 * - The old generation keeps room for full caches and a big document: at 40 MB an earlier engine's
 *   full caches left so little that collecting took 70% more CPU.
 * The old generation grows with the largest document of the run (see threadMemory). A thread that
 * still reaches its cap is dropped and each of its requests is run again alone on a fresh thread,
 * so only the document that does not fit fails, never its neighbours.
 */
const BASE_OLD_GENERATION_MB = 64;
/** Old-generation room per megabyte of the largest document: a 3 MB document took 200 MB of heap (the engine keeps objects per line and word). */
const OLD_GENERATION_MB_PER_MB = 100;

export function threadMemory(largestBytes: number): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  return { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: BASE_OLD_GENERATION_MB + Math.ceil((largestBytes / 2 ** 20) * OLD_GENERATION_MB_PER_MB) };
}

export interface PoolOptions {
  /** The largest document the run will send, which sizes each thread's heap. */
  largestBytes?: number;
  /**
   * This thread is one of the `size` that work (the default), and starts size - 1 worker threads. It
   * loads the engine anyway: a run's first requests are worked here, before a thread would be ready,
   * and so is a run that re-analyses a few changed files. A thread of its own costs 40-60 MB (heap,
   * names model, caches): a cold `index` of 20,000 seed copies on two cores peaked at 214 MB with two
   * worker threads, 207 MB with one beside this thread, for the same CPU.
   */
  workHere?: boolean;
}

/** Threads start when every running one is busy, so a run answered from the cache starts none. */
export class WorkerPool implements DocumentWorker {
  private threads: ThreadState[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private widest = 0;
  /** Requests lost with a crashed thread, run one at a time, each alone on a fresh thread. */
  private readonly toIsolate: Omit<Pending, 'thread'>[] = [];
  private isolating: ThreadState | undefined;
  private readonly memory: ReturnType<typeof threadMemory>;
  private readonly kept = new KeptReplies();
  private readonly threadRoom: number;
  private readonly workHere: boolean;
  /** Whether this thread has a request to work on (one at a time); with no thread room, the next ones wait here. */
  private busyHere = false;
  private workedHere = false;
  private readonly waitingHere: (() => void)[] = [];

  /** `size`: how many threads work, this one included unless options.workHere is false. */
  constructor(
    private readonly script: string,
    size: number,
    options: PoolOptions = {},
  ) {
    this.memory = threadMemory(options.largestBytes ?? 0);
    this.workHere = options.workHere ?? true;
    this.threadRoom = this.workHere ? Math.max(size - 1, 0) : Math.max(size, 1);
  }

  /** How many threads worked at once, this one included. */
  get started(): number {
    return this.widest + (this.workedHere ? 1 : 0);
  }

  // The threads read their files themselves (profileFile, analyzeFile); the command line gives every
  // source a path, so bytes come here only from a caller without one, and are worked on in this thread.
  profile(bytes: Uint8Array): Promise<DocumentProfile> {
    return inThreadWorker.profile(bytes);
  }

  analyze(job: AnalysisJob): Promise<AnalysisOutput> {
    return inThreadWorker.analyze(job);
  }

  profileFile(path: string): Promise<ProfiledFile> {
    return this.run({ id: this.nextId++, kind: 'profileFile', path }) as Promise<ProfiledFile>;
  }

  analyzeFile(job: FileAnalysisJob): Promise<AnalysisOutput> {
    return this.run({ id: this.nextId++, kind: 'analyzeFile', job }) as Promise<AnalysisOutput>;
  }

  facts(job: FactsJob): Promise<FactsOutput> {
    return this.run({ id: this.nextId++, kind: 'facts', job }) as Promise<FactsOutput>;
  }

  /** Threads end; a later request starts a new one. */
  async close(): Promise<void> {
    const threads = [...this.threads, ...(this.isolating ? [this.isolating] : [])];
    this.threads = [];
    this.isolating = undefined;
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  release(): Promise<void> {
    return this.close();
  }

  /** Here when this thread is free, else on a thread; here later when there is no thread to have. */
  private run(request: WorkerRequest): Promise<WorkerValue> {
    if (this.workHere && !this.busyHere) return this.runHere(request);
    if (this.threadRoom > 0) return new Promise((resolve, reject) => this.dispatch({ request, resolve, reject }));
    return new Promise((resolve) => this.waitingHere.push(() => resolve(this.runHere(request))));
  }

  /**
   * From a macrotask, not a chain of promise callbacks: between two documents worked here, the
   * threads' replies are taken in and the threads given more work.
   */
  private runHere(request: WorkerRequest): Promise<WorkerValue> {
    this.busyHere = true;
    this.workedHere = true;
    return new Promise((resolve, reject) => setImmediate(() => {
      try {
        // Cloned as a thread's reply is: a summary's title or name made here is a slice of the
        // document's text and would keep all of it (20,000 small files: 100 MB more at the end).
        const value = valueOf(request);
        resolve(this.keptValue(request, request.kind === 'facts' ? value : structuredClone(value)));
      } catch (error) {
        reject(error);
      } finally {
        this.busyHere = false;
        this.waitingHere.shift()?.();
      }
    }));
  }

  private dispatch(request: Omit<Pending, 'thread'>, thread = this.pickThread()): void {
    thread.inFlight++;
    this.pending.set(request.request.id, { ...request, thread });
    thread.worker.postMessage(request.request);
  }

  /** The least busy thread; a new one when every thread is busy and there is room. */
  private pickThread(): ThreadState {
    if (this.threads.length < this.threadRoom && !this.threads.some((candidate) => candidate.inFlight === 0)) return this.addThread();
    return this.threads.reduce((least, candidate) => (candidate.inFlight < least.inFlight ? candidate : least));
  }

  private addThread(): ThreadState {
    const thread = this.startThread();
    this.threads.push(thread);
    this.widest = Math.max(this.widest, this.threads.length);
    return thread;
  }

  private startThread(alone = false): ThreadState {
    // The names model this thread decoded, its arrays shared (see ModelParts): a thread need not read and decode its own.
    const workerData: IndexWorkerData = { namesModel: namesModelParts() };
    const thread: ThreadState = { worker: new Worker(this.script, { resourceLimits: this.memory, workerData }), inFlight: 0, alone };
    thread.worker.on('message', (replies: WorkerReply[]) => {
      for (const reply of replies) this.settle(reply);
    });
    thread.worker.on('error', (error) => this.failThread(thread, error));
    thread.worker.once('online', restoreHeapFlags);
    return thread;
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    const { thread } = pending;
    thread.inFlight--;
    if (reply.ok) pending.resolve(this.keptValue(pending.request, reply.value));
    else pending.reject(reply.notText ? new NotTextError(reply.message) : new Error(reply.message));
    if (thread.alone) this.isolateNext(thread);
  }

  /** The reply as this thread keeps it (see keptReplies.ts). */
  private keptValue(request: WorkerRequest, value: WorkerValue): WorkerValue {
    switch (request.kind) {
      case 'profileFile': return this.kept.profile(value as ProfiledFile);
      case 'analyzeFile': return this.kept.analysis(value as AnalysisOutput, request.job.file);
      case 'facts': return value;
    }
  }

  /**
   * A crashed thread (out of memory on a huge document) is dropped. A request that was alone on it
   * fails; the requests of a shared thread are each run again alone, one after another, so a good
   * document that shared a thread with the culprit is analysed and only the culprit fails.
   */
  private failThread(thread: ThreadState, error: Error): void {
    this.threads = this.threads.filter((candidate) => candidate !== thread);
    for (const [id, pending] of this.pending) {
      if (pending.thread !== thread) continue;
      this.pending.delete(id);
      if (thread.alone) pending.reject(error);
      else this.toIsolate.push(pending);
    }
    if (thread.alone) this.isolateNext(thread);
    else if (!this.isolating) this.isolateNext(undefined);
  }

  /** Ends the thread that ran the last isolated request, and starts the next one on a fresh thread. */
  private isolateNext(finished: ThreadState | undefined): void {
    if (finished) void finished.worker.terminate();
    this.isolating = undefined;
    const next = this.toIsolate.shift();
    if (!next) return;
    this.isolating = this.startThread(true);
    this.dispatch(next, this.isolating);
  }
}
