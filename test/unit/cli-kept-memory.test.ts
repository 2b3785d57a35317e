/**
 * What the indexing thread keeps, measured on its heap: the replies of worker threads as
 * keptReplies.ts keeps them, and the profiles the indexer lets go during its second pass. The heap
 * is measured after a full collection (gc, exposed for this process by a V8 flag).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { KeptReplies } from '../../src/cli/keptReplies';
import type { AnalysisOutput, DocumentWorker, ProfiledFile } from '../../src/corpus/documentWork';
import { indexCollection, type SeedSource } from '../../src/corpus/indexer';
import type { DocumentProfile } from '../../src/corpus/profile';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapGrowth(make: () => unknown[]): { bytes: number; kept: unknown[] } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  return { bytes: process.memoryUsage().heapUsed - before, kept };
}

/** A reply as a worker thread's message delivers it: a structured clone, every string and number new. */
const delivered = <T>(value: T): T => structuredClone(value);

const NAMES = Array.from({ length: 15 }, (_, i) => `Person Number ${i} of a Newsroom With Very Long Names Indeed`);

function analysisReply(n: number): AnalysisOutput {
  return {
    contentHash: `hash-${n}`,
    publishedFromText: true,
    repeatedLines: [],
    summary: {
      file: `${n}.txt`, title: `Story ${n}`, published: '2025-08-29', source: 'Reuters', outlet: 'reuters.com', authors: ['Jane Reporter'],
      people: [...NAMES], organizations: [...NAMES], places: [...NAMES], quotes: 1, boilerplate: 0, language: 'eng',
    },
  };
}

test('KeptReplies: names that recur across summaries are held once, and the summaries are unchanged', () => {
  const kept = new KeptReplies();
  const count = 2000;
  // 45 names of ~60 characters a summary, a new copy each: 2,000 summaries took 8.8 MB kept as delivered.
  const { bytes, kept: summaries } = heapGrowth(() => Array.from({ length: count }, (_, n) => kept.analysis(delivered(analysisReply(n)), `${n}.txt`).summary));
  assert.ok(bytes < 3 * 2 ** 20, `kept ${(bytes / 2 ** 20).toFixed(1)} MB for ${count} summaries`);
  assert.deepEqual(summaries[7], analysisReply(7).summary);
});

test('KeptReplies: a profile keeps its hashes unboxed, same values', () => {
  const kept = new KeptReplies();
  const hashes = Array.from({ length: 200 }, (_, i) => Math.imul(i + 1, 0x9e3779b9) >>> 0);
  const profile: ProfiledFile = { contentHash: 'h', profile: { source: null, lineHashes: hashes, signature: hashes.slice(0, 24) } };
  const count = 2000;
  // Delivered, most 32-bit hashes are 16-byte heap numbers behind a 4-byte slot (7.4 MB here); unboxed, 8 bytes each (3.8 MB).
  const { bytes, kept: profiles } = heapGrowth(() => Array.from({ length: count }, () => kept.profile(delivered(profile))));
  assert.ok(bytes < 5.5 * 2 ** 20, `kept ${(bytes / 2 ** 20).toFixed(1)} MB for ${count} profiles`);
  assert.deepEqual(profiles[3], profile);
});

test('indexCollection: a document\'s profile is let go once the document is analysed', async () => {
  const profiles = new Map<string, WeakRef<DocumentProfile>>();
  let firstProfileAlive: boolean | undefined;
  const text = 'Headline\n\nThe minister said on Monday that talks went well.\n';
  const worker: DocumentWorker = {
    profile: async () => {
      const profile: DocumentProfile = { source: null, lineHashes: [1, 2, 3], signature: [] };
      profiles.set(`${profiles.size}`, new WeakRef(profile));
      return profile;
    },
    analyze: async (job) => {
      if (job.file === 'c.txt') {
        // A task later, so the WeakRef no longer keeps its target for the task that made it.
        await new Promise((resolve) => setImmediate(resolve));
        gc();
        firstProfileAlive = profiles.get('0')!.deref() !== undefined;
      }
      const { inThreadWorker } = await import('../../src/corpus/documentWork');
      return inThreadWorker.analyze(job);
    },
  };
  const sources: SeedSource[] = ['a.txt', 'b.txt', 'c.txt'].map((file) => ({ file, read: async () => new TextEncoder().encode(text) }));
  const index = await indexCollection(sources, { worker });
  assert.equal(index.documents.length, 3);
  assert.equal(firstProfileAlive, false, 'the first document\'s profile was still held while the last was analysed');
});
