import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CollectionSummary } from '../../src/corpus/collection';
import { fnv1aString } from '../../src/corpus/hash';
import { readIndexYaml } from '../../src/corpus/indexFile';
import { updateIndexYaml } from '../../src/corpus/indexUpdate';
import type { DocumentSummary } from '../../src/corpus/summary';

const COLLECTION: CollectionSummary = { documents: 2, dateRange: null, gaps: [], duplicates: [], repeatedLines: [], errors: [] };

function summary(number: number): DocumentSummary {
  return {
    file: `${String(number).padStart(6, '0')}.txt`, title: `Story ${number} Headline`, published: null, source: null, language: 'eng',
    authors: [], people: [], organizations: [], places: [], quotes: 1, boilerplate: 0,
  };
}

test('two entries whose texts share a 32-bit FNV-1a hash are each kept as their own file\'s, run after run', () => {
  const documents = [summary(4777), summary(14679)];
  const first = updateIndexYaml(null, documents, COLLECTION);
  assert.ok(first.ok);
  // The premise: these two generated entries collide under one 32-bit hash.
  const entries = first.text.split(/\n(?= {2}- file: )/).slice(1).map((text) => text.replace(/\n$/, ''));
  assert.equal(entries.length, 2);
  assert.equal(fnv1aString(entries[0]!), fnv1aString(entries[1]!));
  // The second entry reviewed (the first is as written), then two runs, each given what the last one wrote.
  let text = `${entries[0]}\n${entries[1]!.replace('status: unreviewed', 'status: reviewed')}`;
  text = `${first.text.slice(0, first.text.indexOf(entries[0]!))}${text}\n`;
  let written = first.written;
  for (let run = 0; run < 2; run++) {
    const next = updateIndexYaml(text, documents, COLLECTION, written);
    assert.ok(next.ok);
    ({ text, written } = next);
  }
  assert.equal(text.match(/- file: /g)?.length, 2, 'no entry added again');
  const read = readIndexYaml(text).entries;
  assert.equal(read.get('004777.txt')?.status, 'unreviewed');
  assert.equal(read.get('014679.txt')?.status, 'reviewed', 'the reviewed entry stays its own file\'s');
});
