import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DiskCache, entryLines } from '../../src/cli/diskCache';
import type { CachedDocument } from '../../src/corpus/indexer';

const entry = (name: string): CachedDocument => ({
  engine: 'test',
  profile: { source: name, lineHashes: [1, 2 ** 32 - 1], signature: [] },
});

test('entryLines: every hash<TAB>json line as a view of its bytes, torn lines skipped', () => {
  const bytes = Buffer.from('a1\t{"x":"Café"}\nno tab here\n\t{"empty":"hash"}\nb2\t{"y":1}\nc3\t{"torn":', 'utf8');
  const lines = [...entryLines(bytes)].map(([hash, json]) => [hash, json.toString('utf8')]);
  assert.deepEqual(lines, [['a1', '{"x":"Café"}'], ['b2', '{"y":1}'], ['c3', '{"torn":']]);
  const [, first] = [...entryLines(bytes)][0]!;
  assert.equal(first.buffer, bytes.buffer, 'a view of the file, not a copy');
  assert.deepEqual([...entryLines(undefined)], []);
  assert.deepEqual([...entryLines(Buffer.alloc(0))], []);
});

test('DiskCache: entries with accented text survive a save and a reopen, from the base file and the journal', async () => {
  const root = mkdtempSync(join(tmpdir(), 'source-review-index-memory-'));
  const first = await DiskCache.open(root);
  await first.set('h1', entry('Télam'));
  await first.set('h2', entry('plain'));
  await first.save();
  const second = await DiskCache.open(root);
  assert.deepEqual(await second.get('h1'), entry('Télam'));
  await second.get('h2');
  await second.set('h3', entry('Agência Brasil'));
  await second.save();
  const journal = join(root, 'v3', 'journal.jsonl');
  assert.match(readFileSync(journal, 'utf8'), /^h3\t/, 'the new entry went to the journal');
  appendFileSync(journal, 'h4\t{"torn');
  const third = await DiskCache.open(root);
  assert.deepEqual(await third.get('h1'), entry('Télam'));
  assert.deepEqual(await third.get('h2'), entry('plain'));
  assert.deepEqual(await third.get('h3'), entry('Agência Brasil'));
  assert.equal(await third.get('h4'), undefined);
});

test('DiskCache: a merged entries file keeps every used entry byte for byte', async () => {
  const root = mkdtempSync(join(tmpdir(), 'source-review-index-memory-'));
  const folder = join(root, 'v3');
  const cache = await DiskCache.open(root);
  for (let i = 0; i < 70; i++) await cache.set(`h${i}`, entry(`Ré ${i}`));
  await cache.save();
  const before = readFileSync(join(folder, 'entries.jsonl'));
  // Reopened without a base file (only a journal): the save merges every used entry into a new base.
  writeFileSync(join(folder, 'journal.jsonl'), before);
  writeFileSync(join(folder, 'entries.jsonl'), '');
  const reopened = await DiskCache.open(root);
  for (let i = 0; i < 70; i++) assert.deepEqual(await reopened.get(`h${i}`), entry(`Ré ${i}`));
  await reopened.save();
  assert.deepEqual(readFileSync(join(folder, 'entries.jsonl')), before);
});
