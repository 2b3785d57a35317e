import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldersToComplete, needsIndexing } from '../../src/corpus/indexCoverage';

test('a folder whose index has not reached every seed file needs indexing before its INDEX is written', () => {
  const files = ['000_a.txt', '001_b.txt', '002_c.txt'];
  assert.equal(needsIndexing(files, undefined), true, 'never indexed (first run cancelled, failed or not yet run)');
  assert.equal(needsIndexing(files, { indexed: ['000_a.txt'], failed: [] }), true, 'the background index has done one of three');
  assert.equal(needsIndexing(files, { indexed: ['000_a.txt', '002_c.txt'], failed: ['001_b.txt'] }), false, 'a file that cannot be indexed is accounted for by its reason');
  assert.equal(needsIndexing(['000_a.txt'], { indexed: ['000_a.txt', '009_gone.txt'], failed: [] }), true, 'a deleted file would be written as an entry');
  assert.equal(needsIndexing(files, { indexed: files, failed: [] }), false);
});

test('only the folders the index does not account for are indexed again, in listing order', () => {
  const listings = [
    { folder: 'a/seeds', files: ['000.txt', '001.txt'] },
    { folder: 'b/seeds', files: ['000.txt'] },
    { folder: 'c/seeds', files: ['000.txt'] },
  ];
  const accounts = new Map([
    ['a/seeds', { indexed: ['000.txt'], failed: [] }],
    ['c/seeds', { indexed: ['000.txt'], failed: [] }],
  ]);
  assert.deepEqual(foldersToComplete(listings, (folder) => accounts.get(folder)), ['a/seeds', 'b/seeds']);
});
