/**
 * What the extension needs of the engine (the analyser and its names model, the live collection):
 * loaded after activation, on first analysis, so activating costs no more than registering the
 * providers. The Node build loads it from a file of its own (dist/engineNode.js); the web build
 * carries it in its one file, evaluated on first use. No vscode.
 */
import type { analyze } from '../core/analyze';
import type { DocumentWorker } from '../corpus/documentWork';
import type { LiveCollection } from '../corpus/liveCollection';

/** The per-document work of the background index, and how many documents to keep in flight. */
export interface IndexWorkers {
  worker: DocumentWorker;
  concurrency: number;
  /** Whether sources should carry file paths (the threads then read the files themselves). */
  readsFiles: boolean;
  close(): Promise<void>;
}

export interface Engine {
  analyze: typeof analyze;
  LiveCollection: typeof LiveCollection;
  startWorkers(): IndexWorkers;
}

export type LoadEngine = () => Promise<Engine>;
