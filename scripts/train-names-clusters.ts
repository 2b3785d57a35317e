/**
 * Word clusters for the names tagger (the `k=` features of src/core/names/features.ts): the
 * training corpora's words grouped by the words written around them, so that a word seen a few
 * times among names ("Newmont", "Shearer") shares what training taught about the many other words
 * of its cluster. Distributional, from the training text only (no labels), and deterministic:
 * spherical k-means over counts of each word's left and right neighbours, seeded.
 */
import { normalizeWord } from '../src/core/names/features';
import { shuffled } from './train-names-perceptron';

export interface ClusterOptions {
  /** A word needs this many occurrences to be clustered. */
  minimumCount: number;
  /** Neighbours are told apart among this many most frequent words (the rest share one slot). */
  contextWords: number;
  clusters: number;
  iterations: number;
}

const LINE_START = '<s>';
const LINE_END = '</s>';
const OTHER = '<other>';

/** Sparse vector: context slots and their weights, unit length. */
interface Sparse {
  slots: Int32Array;
  values: Float64Array;
}

/** Words by frequency, most frequent first, ties by spelling (deterministic). */
function byFrequency(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
}

/** The clusters of the lines' words, each a sorted list of lower-cased words (normalizeWord); clusters in a fixed order. */
export function wordClustersOf(lines: readonly (readonly string[])[], options: ClusterOptions): string[][] {
  const normalized = lines.map((words) => words.map(normalizeWord));
  const counts = new Map<string, number>();
  for (const words of normalized) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const ranked = byFrequency(counts);
  const contextSlot = new Map<string, number>([LINE_START, LINE_END, OTHER, ...ranked.slice(0, options.contextWords)].map((word, slot) => [word, slot]));
  const width = contextSlot.size;
  const vocabulary = ranked.filter((word) => counts.get(word)! >= options.minimumCount);
  const rowOf = new Map(vocabulary.map((word, row) => [word, row]));
  // Left neighbours in slots 0 .. width-1, right neighbours in width .. 2*width-1.
  const contexts = vocabulary.map(() => new Map<number, number>());
  const slotOf = (word: string | undefined, edge: string) => contextSlot.get(word ?? edge) ?? contextSlot.get(OTHER)!;
  for (const words of normalized) {
    words.forEach((word, index) => {
      const row = rowOf.get(word);
      if (row === undefined) return;
      const context = contexts[row]!;
      const left = slotOf(words[index - 1], LINE_START);
      const right = width + slotOf(words[index + 1], LINE_END);
      context.set(left, (context.get(left) ?? 0) + 1);
      context.set(right, (context.get(right) ?? 0) + 1);
    });
  }
  const vectors = contexts.map(unitVector);
  const assignment = kMeans(vectors, 2 * width, options.clusters, options.iterations);
  const members: string[][] = Array.from({ length: options.clusters }, () => []);
  assignment.forEach((cluster, row) => members[cluster]!.push(vocabulary[row]!));
  return members.filter((words) => words.length > 0).map((words) => words.sort());
}

/** Square roots of the counts (so a few frequent neighbours do not drown the rest), scaled to unit length. */
function unitVector(context: ReadonlyMap<number, number>): Sparse {
  const slots = Int32Array.from([...context.keys()].sort((a, b) => a - b));
  const values = Float64Array.from(slots, (slot) => Math.sqrt(context.get(slot)!));
  const norm = Math.hypot(...values);
  for (let index = 0; index < values.length; index++) values[index]! /= norm;
  return { slots, values };
}

/** Spherical k-means (cosine), centroids seeded from a fixed shuffle of the words; each word's cluster. */
function kMeans(vectors: readonly Sparse[], dimensions: number, clusterCount: number, iterations: number): Int32Array {
  const seeds = shuffled(vectors.map((_vector, row) => row), 1).slice(0, clusterCount);
  let centroids = seeds.map((row) => dense(vectors[row]!, dimensions));
  const assignment = new Int32Array(vectors.length);
  for (let iteration = 0; iteration < iterations; iteration++) {
    vectors.forEach((vector, row) => {
      let best = 0;
      let bestScore = -Infinity;
      centroids.forEach((centroid, cluster) => {
        let score = 0;
        for (let index = 0; index < vector.slots.length; index++) score += vector.values[index]! * centroid[vector.slots[index]!]!;
        if (score > bestScore) {
          best = cluster;
          bestScore = score;
        }
      });
      assignment[row] = best;
    });
    const sums = centroids.map(() => new Float64Array(dimensions));
    vectors.forEach((vector, row) => {
      const sum = sums[assignment[row]!]!;
      for (let index = 0; index < vector.slots.length; index++) sum[vector.slots[index]!]! += vector.values[index]!;
    });
    // An emptied cluster keeps its centroid.
    centroids = sums.map((sum, cluster) => {
      const norm = Math.hypot(...sum);
      return norm === 0 ? centroids[cluster]! : sum.map((value) => value / norm);
    });
  }
  return assignment;
}

function dense(vector: Sparse, dimensions: number): Float64Array {
  const values = new Float64Array(dimensions);
  vector.slots.forEach((slot, index) => {
    values[slot] = vector.values[index]!;
  });
  return values;
}
