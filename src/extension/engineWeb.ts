/**
 * The engine for VS Code for the Web, whose extension host is a web worker without worker_threads
 * or files: the background index analyses in the host's thread, giving the event loop a turn
 * before each document.
 */
import { analyze } from '../core/analyze';
import { analyzeBytes, type DocumentWorker, profileBytes } from '../corpus/documentWork';
import { LiveCollection } from '../corpus/liveCollection';
import type { Engine, IndexWorkers } from './engine';

const yieldingWorker: DocumentWorker = {
  profile: async (bytes) => {
    await nextTurn();
    return profileBytes(bytes);
  },
  analyze: async (job) => {
    await nextTurn();
    return analyzeBytes(job);
  },
};

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function startWorkers(): IndexWorkers {
  return { worker: yieldingWorker, concurrency: 1, readsFiles: false, close: async () => undefined };
}

export const engine: Engine = { analyze, LiveCollection, startWorkers };
