import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeBytes, type DocumentWorker, inThreadWorker, profileFileBytes } from '../../src/corpus/documentWork';
import type { CachedDocument, FactsCache, SeedSource } from '../../src/corpus/indexer';
import { indexCollection } from '../../src/corpus/indexer';
import { boilerplateShare } from '../../src/core/summary';
import { SEED_000, SEED_002 } from './fixtures';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function source(file: string, text: string, reads?: string[]): SeedSource {
  return { file, read: async () => (reads?.push(file), encode(text)) };
}

class MemoryCache implements FactsCache {
  readonly entries = new Map<string, CachedDocument>();
  async get(hash: string): Promise<CachedDocument | undefined> {
    return this.entries.get(hash);
  }
  async set(hash: string, entry: CachedDocument): Promise<void> {
    this.entries.set(hash, entry);
  }
}

test('a binary and an unreadable file are reported by name; the others are indexed', async () => {
  const sources: SeedSource[] = [
    source('000_a.txt', SEED_000),
    { file: '001_png.txt', read: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) },
    { file: '003_locked.txt', read: async () => { throw new Error('EACCES: permission denied'); } },
    source('002_b.txt', SEED_002),
  ];
  const index = await indexCollection(sources, { keepRecords: true });
  assert.deepEqual(index.documents.map((d) => d.file), ['000_a.txt', '002_b.txt']);
  assert.deepEqual(index.errors.map((e) => e.file), ['001_png.txt', '003_locked.txt']);
  assert.match(index.errors[0]!.message, /binary/);
  assert.match(index.errors[1]!.message, /permission denied/);
  assert.equal(index.collection.documents, 2);
  assert.deepEqual(index.collection.gaps, [], 'files that failed are not missing');
  assert.equal(index.documents[0]!.record?.file, '000_a.txt');
  assert.equal(index.documents[0]!.summary.published, '2025-08-29');
});

test('a second run comes from the cache; a changed file or a new engine is analysed again', async () => {
  const cache = new MemoryCache();
  const texts = { '000.txt': SEED_000, '002.txt': SEED_002 };
  const sources = (): SeedSource[] => Object.entries(texts).map(([file, text]) => source(file, text));
  const first = await indexCollection(sources(), { cache, engine: 'v1' });
  assert.deepEqual(first.documents.map((d) => d.fromCache), [false, false]);
  const second = await indexCollection(sources(), { cache, engine: 'v1' });
  assert.deepEqual(second.documents.map((d) => d.fromCache), [true, true]);
  assert.deepEqual(second.documents.map((d) => d.summary), first.documents.map((d) => d.summary));
  texts['002.txt'] = SEED_002.replace('Ruslan Loginov', 'Someone Else');
  const third = await indexCollection(sources(), { cache, engine: 'v1' });
  assert.deepEqual(third.documents.map((d) => d.fromCache), [true, false]);
  const fourth = await indexCollection(sources(), { cache, engine: 'v2' });
  assert.deepEqual(fourth.documents.map((d) => d.fromCache), [false, false]);
});

test('a file whose bytes another file cached is named as itself, in its summary, record and duplicate group', async () => {
  const cache = new MemoryCache();
  await indexCollection([source('elsewhere.txt', SEED_000)], { cache, keepRecords: true });
  const index = await indexCollection([source('a.txt', SEED_000), source('b.txt', SEED_000)], { cache, keepRecords: true });
  assert.deepEqual(index.documents.map((d) => [d.fromCache, d.summary.file, d.record?.file]), [[true, 'a.txt', 'a.txt'], [true, 'b.txt', 'b.txt']]);
  assert.deepEqual(index.collection.duplicates, [['a.txt', 'b.txt']]);
  assert.equal(index.documents[1]!.summary.duplicateOf, 'a.txt');
});

test('the publication date INDEX.yaml gives is used when the text has none, and part of the cache key', async () => {
  const cache = new MemoryCache();
  const undated = 'A story without a date line.\n\nThe minister said on Sunday that talks would go on.\n';
  const inputs = (published: string): Map<string, { published: string; source: null }> => new Map([['x.txt', { published, source: null }]]);
  const first = await indexCollection([source('x.txt', undated)], { cache, inputs: inputs('2025-08-29') });
  assert.equal(first.documents[0]!.summary.published, '2025-08-29');
  const second = await indexCollection([source('x.txt', undated)], { cache, inputs: inputs('2024-01-02') });
  assert.equal(second.documents[0]!.fromCache, false);
  assert.equal(second.documents[0]!.summary.published, '2024-01-02');
});

test('lines repeated across documents of one source reach the engine and the collection summary', async () => {
  const stories = [
    'The council met on Monday and approved the budget after a long debate, the mayor said.',
    'Farmers in the north expect a record wheat harvest this year thanks to early rains.',
    'The national team lost its qualifying match away and now needs a win at home next month.',
    'A new bridge over the river will open to traffic in spring, the transport ministry announced.',
  ];
  const page = (story: string, n: number): string => `date 2025-08-2${n}  Story number ${n}\nSubscribe to our channel today\n\n${story}\n`;
  const analysed: string[][] = [];
  const worker: DocumentWorker = {
    profile: inThreadWorker.profile,
    analyze: async (job) => {
      const output = await inThreadWorker.analyze(job);
      analysed.push(output.repeatedLines);
      return output;
    },
  };
  const index = await indexCollection(stories.map((story, n) => source(`${n}.txt`, page(story, n))), { worker });
  assert.deepEqual(analysed, stories.map(() => ['subscribe to our channel today']));
  assert.deepEqual(index.collection.repeatedLines.map((r) => [r.line, r.documents]), [['subscribe to our channel today', 4]]);
});

test('cancelling stops the run with the signal\'s reason and reads nothing more', async () => {
  const reads: string[] = [];
  const abort = new AbortController();
  const sources = Array.from({ length: 50 }, (_, n) => source(`${n}.txt`, SEED_002, reads));
  const run = indexCollection(sources, {
    signal: abort.signal,
    onProgress: ({ done }) => { if (done === 5) abort.abort(new Error('cancelled by the user')); },
  });
  await assert.rejects(run, /cancelled by the user/);
  assert.equal(reads.length, 5);
});

test("INDEX.yaml's boilerplate share is the panel's: non-blank lines in boilerplate over non-blank lines", async () => {
  // Blank lines (here between the related links) count in neither part of the panel's share.
  const text = `${SEED_000.trimEnd()}\n\nRelated:\n\n- First related story about talks\n\n- Second related story about trade\n\n- Third related story about oil\n`;
  const index = await indexCollection([source('000.txt', text)], { keepRecords: true });
  const [document] = index.documents;
  const share = boilerplateShare(document!.record!, text);
  assert.ok(share > 0, 'the fixture has boilerplate');
  assert.equal(document!.summary.boilerplate, Math.round(share * 100) / 100);
});

test('a file changed between profiling and analysis is indexed as it is now, and not cached under its old content', async () => {
  const cache = new MemoryCache();
  const texts = [SEED_002, SEED_002.replace('Ruslan Loginov', 'Someone Else')];
  let reads = 0;
  const index = await indexCollection([{ file: '002.txt', read: async () => encode(texts[Math.min(reads++, 1)]!) }], { cache });
  assert.ok(!index.documents[0]!.summary.people.includes('Ruslan Loginov'));
  assert.equal([...cache.entries.values()].filter((entry) => entry.analysis).length, 0);
});

test('a worker that reads files itself is given their paths, and the calling thread reads nothing', async () => {
  const onDisk = new Map([['/seeds/000.txt', encode(SEED_000)], ['/seeds/002.txt', encode(SEED_002)]]);
  const readsBy: string[] = [];
  const worker: DocumentWorker = {
    ...inThreadWorker,
    profileFile: async (path) => (readsBy.push('worker'), profileFileBytes(onDisk.get(path)!)),
    analyzeFile: async (job) => (readsBy.push('worker'), analyzeBytes({ ...job, bytes: onDisk.get(job.path)! })),
  };
  const sources: SeedSource[] = [...onDisk.keys()].map((path) => ({ file: path.slice(7), path, read: async () => (readsBy.push('caller'), onDisk.get(path)!) }));
  const cache = new MemoryCache();
  const byPath = await indexCollection(sources, { worker, cache });
  assert.deepEqual(readsBy, ['worker', 'worker', 'worker', 'worker'], 'profiled and analysed from paths');
  const byBytes = await indexCollection(sources.map(({ file, read }) => ({ file, read })));
  assert.deepEqual(byPath.documents.map((d) => d.summary), byBytes.documents.map((d) => d.summary));
  assert.equal(cache.entries.size, 2);
});

test('a file saved between its profile and its analysis carries the content hash of the text analysed', async () => {
  const texts = [SEED_000, SEED_002];
  // The first read profiles the file; it is saved with other text before the second read analyses it.
  const changing: SeedSource = { file: '000_a.txt', read: async () => encode(texts.shift() ?? SEED_002) };
  const cache = new MemoryCache();
  const index = await indexCollection([changing], { keepRecords: true, cache });
  const [indexed] = index.documents;
  assert.equal(indexed?.record?.title, analyzeBytes({ file: '000_a.txt', bytes: encode(SEED_002), published: null, repeatedLineHashes: [], withRecord: true }).record?.title);
  assert.equal(indexed?.contentHash, profileFileBytes(encode(SEED_002)).contentHash, 'labelled with the profiled text, an editor holding it would take the saved text\'s facts for its own');
  assert.equal(cache.entries.size, 0, 'nothing cached under the profiled text');
});

test('the worker is released once every document is analysed, before the collection is put together', async () => {
  const events: string[] = [];
  const worker: DocumentWorker = {
    profile: inThreadWorker.profile,
    analyze: async (job) => {
      events.push(`analyze ${job.file}`);
      return inThreadWorker.analyze(job);
    },
    release: async () => {
      events.push('release');
    },
  };
  const index = await indexCollection([source('a.txt', SEED_000), source('b.txt', SEED_002)], { worker });
  assert.equal(index.documents.length, 2);
  assert.deepEqual(events.slice().sort(), ['analyze a.txt', 'analyze b.txt', 'release']);
  assert.equal(events[events.length - 1], 'release');
});
