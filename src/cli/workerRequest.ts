/** The per-document work of `index` and `facts`, as a worker thread or the pool's own thread does it. */
import { analyzeBytes, type AnalysisOutput, factsBytes, type FactsJob, type FactsOutput, type FileAnalysisJob, NotTextError, type ProfiledFile, profileFileBytes } from '../corpus/documentWork';
import { readSeedBytes } from './seedFiles';
import type { ModelParts } from '../core/names/model';

/** What a worker thread starts with. */
export interface IndexWorkerData {
  /** The names model the starting thread decoded (see analyseInBulk). */
  namesModel: ModelParts;
}

export type WorkerRequest =
  | { id: number; kind: 'profileFile'; path: string }
  | { id: number; kind: 'analyzeFile'; job: FileAnalysisJob }
  | { id: number; kind: 'facts'; job: FactsJob };

export type WorkerValue = ProfiledFile | AnalysisOutput | FactsOutput;

export type WorkerReply =
  | { id: number; ok: true; value: WorkerValue }
  | { id: number; ok: false; notText: boolean; message: string };

export function valueOf(request: WorkerRequest): WorkerValue {
  switch (request.kind) {
    // Read where the work is done, so the thread handing out the work never holds the bytes (see DocumentWorker).
    case 'profileFile': return profileFileBytes(readSeedBytes(request.path));
    case 'analyzeFile': return analyzeBytes({ ...request.job, bytes: readSeedBytes(request.job.path) });
    case 'facts': return factsBytes(request.job);
  }
}

export function replyTo(request: WorkerRequest): WorkerReply {
  try {
    return { id: request.id, ok: true, value: valueOf(request) };
  } catch (error) {
    return { id: request.id, ok: false, notText: error instanceof NotTextError, message: error instanceof Error ? error.message : String(error) };
  }
}
