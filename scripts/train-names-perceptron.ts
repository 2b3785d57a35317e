/** The averaged structured perceptron that trains the names tagger, over integer feature ids. */
import { LABEL_COUNT } from '../src/core/names/features';
import { START_ROW, TRANSITION_SIZE, bestLabels } from '../src/core/names/viterbi';

export interface Example {
  /** Feature ids of word i are ids[starts[i]..starts[i+1]]. */
  ids: Int32Array;
  starts: Int32Array;
  gold: Uint8Array;
}

export interface Weights {
  weights: Float32Array | Float64Array;
  transitions: Float64Array;
}

export class FeatureIndex {
  readonly ids = new Map<string, number>();
  /** Once training lines are indexed, unseen features of check lines are ignored. */
  growing = true;
  idOf(key: string): number {
    const known = this.ids.get(key);
    if (known !== undefined || !this.growing) return known ?? -1;
    this.ids.set(key, this.ids.size);
    return this.ids.size - 1;
  }
}

function emissionsOf(example: Example, weights: Float32Array | Float64Array): Float32Array {
  const count = example.gold.length;
  const emissions = new Float32Array(count * LABEL_COUNT);
  for (let word = 0; word < count; word++) {
    for (let slot = example.starts[word]!; slot < example.starts[word + 1]!; slot++) {
      const row = example.ids[slot]! * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label++) emissions[word * LABEL_COUNT + label]! += weights[row + label]!;
    }
  }
  return emissions;
}

export function predict(example: Example, model: Weights): Uint8Array {
  return bestLabels(emissionsOf(example, model.weights), example.gold.length, Float32Array.from(model.transitions));
}

/** Averaged perceptron with lazy averaging: average = weights - totals / steps. */
export class Perceptron {
  private readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly transitions = new Float64Array(TRANSITION_SIZE);
  private readonly transitionTotals = new Float64Array(TRANSITION_SIZE);
  private steps = 1;
  constructor(featureCount: number) {
    this.weights = new Float64Array(featureCount * LABEL_COUNT);
    this.totals = new Float64Array(featureCount * LABEL_COUNT);
  }

  train(examples: readonly Example[], epochs: number): Weights {
    for (let epoch = 1; epoch <= epochs; epoch++) {
      for (const example of shuffled(examples, epoch)) this.learn(example);
    }
    return this.averaged();
  }

  private learn(example: Example): void {
    const predicted = predict(example, { weights: this.weights, transitions: this.transitions });
    for (let word = 0; word < example.gold.length; word++) {
      const gold = example.gold[word]!;
      const guess = predicted[word]!;
      const goldBefore = word === 0 ? START_ROW : example.gold[word - 1]!;
      const guessBefore = word === 0 ? START_ROW : predicted[word - 1]!;
      if (gold !== guess) {
        for (let slot = example.starts[word]!; slot < example.starts[word + 1]!; slot++) {
          const row = example.ids[slot]! * LABEL_COUNT;
          this.bump(this.weights, this.totals, row + gold, 1);
          this.bump(this.weights, this.totals, row + guess, -1);
        }
      }
      if (gold !== guess || goldBefore !== guessBefore) {
        this.bump(this.transitions, this.transitionTotals, goldBefore * LABEL_COUNT + gold, 1);
        this.bump(this.transitions, this.transitionTotals, guessBefore * LABEL_COUNT + guess, -1);
      }
    }
    this.steps++;
  }

  private bump(weights: Float64Array, totals: Float64Array, slot: number, change: number): void {
    weights[slot]! += change;
    totals[slot]! += this.steps * change;
  }

  private averaged(): { weights: Float64Array; transitions: Float64Array } {
    const average = (weights: Float64Array, totals: Float64Array) => weights.map((weight, slot) => weight - totals[slot]! / this.steps);
    return { weights: average(this.weights, this.totals), transitions: average(this.transitions, this.transitionTotals) };
  }
}

/** Deterministic shuffle (mulberry32 seeded PRNG, Fisher-Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  const copy = items.slice();
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}
