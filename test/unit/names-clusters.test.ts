import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertRowsAsKeys } from './wordRowsCheck';
import { formsOf, neighbourFeatures, ownFeatures } from '../../src/core/names/features';
import { wordClustersOf } from '../../scripts/train-names-clusters';

/** Made-up lines: towns after "moved to", fruit after "ate an", each twice. */
const LINES = [
  'we moved to Tarnow in spring',
  'they moved to Olbia in spring',
  'she moved to Kerch in spring',
  'he ate an apple with joy',
  'I ate an orange with joy',
  'you ate an apricot with joy',
].flatMap((line) => [line.split(' '), line.split(' ')]);

const OPTIONS = { minimumCount: 2, contextWords: 20, clusters: 12, iterations: 5 };

function clusterOf(clusters: readonly string[][], word: string): number {
  return clusters.findIndex((words) => words.includes(word));
}

test('words written between the same neighbours share a cluster, lower-cased', () => {
  const clusters = wordClustersOf(LINES, OPTIONS);
  const town = clusterOf(clusters, 'tarnow');
  assert.ok(town >= 0);
  assert.equal(clusterOf(clusters, 'olbia'), town);
  assert.equal(clusterOf(clusters, 'kerch'), town);
  const fruit = clusterOf(clusters, 'apple');
  assert.equal(clusterOf(clusters, 'orange'), fruit);
  assert.notEqual(fruit, town);
  assert.equal(clusterOf(clusters, 'Tarnow'), -1);
});

test('clustering is deterministic and skips words seen fewer times than the minimum', () => {
  assert.deepEqual(wordClustersOf(LINES, OPTIONS), wordClustersOf(LINES, OPTIONS));
  const once = wordClustersOf([...LINES, ['we', 'moved', 'to', 'Zadar', 'in', 'spring']], OPTIONS);
  assert.equal(clusterOf(once, 'zadar'), -1);
});

test("a word's cluster is a feature of its own and of its neighbours at -1 and +1, not further", () => {
  const clusters = new Map([['tarnow', 4]]);
  const forms = formsOf('Tarnow', undefined, clusters);
  assert.ok(ownFeatures(forms).includes('k=4'));
  assert.ok(neighbourFeatures(forms, -1).includes('-1k=4'));
  assert.ok(neighbourFeatures(forms, 1).includes('1k=4'));
  assert.ok(!neighbourFeatures(forms, 2).some((key) => key.startsWith('2k')));
  assert.ok(!ownFeatures(formsOf('Tarnow')).some((key) => key.startsWith('k=')));
});

test('WordRows adds the rows of the cluster features as their keys do', () => {
  assertRowsAsKeys(['b', 'w=tarnow', 'k=4', '-1k=4', '1k=4', 'k=5'], formsOf('Tarnow', undefined, new Map([['tarnow', 4]])));
});
