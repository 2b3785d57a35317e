/** Best label sequence of a line under per-word scores and label-to-label transition scores. */
import { isInsideLabel, LABEL_COUNT } from './features';

/** Row LABEL_COUNT of the transition table holds the scores of starting a line with each label. */
export const START_ROW = LABEL_COUNT;
export const TRANSITION_SIZE = (LABEL_COUNT + 1) * LABEL_COUNT;

/** Viterbi's score and back-pointer tables, kept by a caller that decodes many lines (fewer allocations). */
export class ViterbiScratch {
  scores = new Float32Array(0);
  back = new Uint8Array(0);

  ensure(size: number): { scores: Float32Array; back: Uint8Array } {
    if (this.scores.length < size) {
      this.scores = new Float32Array(size * 2);
      this.back = new Uint8Array(size * 2);
    }
    return this;
  }
}

/**
 * `emissions[(at + i) * LABEL_COUNT + y]` scores label y at word i of a line whose words start at
 * `at` in the buffers (one buffer serves a whole document); writes one label per word into
 * `labels` from `at` and returns it. Odd labels are B-x and the even one after each is I-x, which
 * may only follow B-x or I-x; a line opens with O or B-x. Linear in the words: at most
 * LABEL_COUNT^2 steps each.
 */
export function bestLabels(
  emissions: Float32Array, wordCount: number, transitions: Float32Array,
  scratch: ViterbiScratch = new ViterbiScratch(), at = 0, labels: Uint8Array = new Uint8Array(wordCount),
): Uint8Array {
  if (wordCount === 0) return labels;
  const { scores, back } = scratch.ensure(wordCount * LABEL_COUNT);
  const origin = at * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label++) {
    const allowed = !isInsideLabel(label);
    scores[label] = allowed ? emissions[origin + label]! + transitions[START_ROW * LABEL_COUNT + label]! : -Infinity;
  }
  // Unrolled over the seven labels (the type fails to check if LABELS changes): the previous word's
  // scores are read once into locals instead of once per label.
  const count: 7 = LABEL_COUNT;
  for (let word = 1; word < wordCount; word++) {
    const here = word * count;
    const before = here - count;
    const score0 = scores[before]!;
    const score1 = scores[before + 1]!;
    const score2 = scores[before + 2]!;
    const score3 = scores[before + 3]!;
    const score4 = scores[before + 4]!;
    const score5 = scores[before + 5]!;
    const score6 = scores[before + 6]!;
    // O and every B-x may follow any label; the first of equal bests wins, as in a scan from label 0.
    for (let label = 0; label < count; label += label === 0 ? 1 : 2) {
      let best = score0 + transitions[label]!;
      let bestPrevious = 0;
      let score = score1 + transitions[count + label]!;
      if (score > best) {
        best = score;
        bestPrevious = 1;
      }
      score = score2 + transitions[2 * count + label]!;
      if (score > best) {
        best = score;
        bestPrevious = 2;
      }
      score = score3 + transitions[3 * count + label]!;
      if (score > best) {
        best = score;
        bestPrevious = 3;
      }
      score = score4 + transitions[4 * count + label]!;
      if (score > best) {
        best = score;
        bestPrevious = 4;
      }
      score = score5 + transitions[5 * count + label]!;
      if (score > best) {
        best = score;
        bestPrevious = 5;
      }
      score = score6 + transitions[6 * count + label]!;
      if (score > best) {
        best = score;
        bestPrevious = 6;
      }
      scores[here + label] = best + emissions[origin + here + label]!;
      back[here + label] = bestPrevious;
    }
    // I-x only after B-x or I-x (the two labels before it).
    for (let label = 2; label < count; label += 2) {
      const fromBegin = scores[before + label - 1]! + transitions[(label - 1) * count + label]!;
      const fromInside = scores[before + label]! + transitions[label * count + label]!;
      const inside = fromInside > fromBegin;
      scores[here + label] = (inside ? fromInside : fromBegin) + emissions[origin + here + label]!;
      back[here + label] = inside ? label : label - 1;
    }
  }
  let last = 0;
  const end = (wordCount - 1) * LABEL_COUNT;
  for (let label = 1; label < LABEL_COUNT; label++) if (scores[end + label]! > scores[end + last]!) last = label;
  for (let word = wordCount - 1; word >= 0; word--) {
    labels[at + word] = last;
    last = back[word * LABEL_COUNT + last]!;
  }
  return labels;
}

/**
 * Left-to-right best label under the same scores and constraints, a tenth of Viterbi's cost;
 * good enough for the first pass, which only feeds the document history. Same buffer layout as
 * `bestLabels`.
 */
export function greedyLabels(emissions: Float32Array, wordCount: number, transitions: Float32Array, at = 0, labels: Uint8Array = new Uint8Array(wordCount)): Uint8Array {
  let previous: number = START_ROW;
  for (let word = at; word < at + wordCount; word++) {
    const here = word * LABEL_COUNT;
    let best = 0;
    let bestScore = -Infinity;
    for (let label = 0; label < LABEL_COUNT; label++) {
      const inside = isInsideLabel(label);
      if (inside && previous !== label && previous !== label - 1) continue;
      const score = emissions[here + label]! + transitions[previous * LABEL_COUNT + label]!;
      if (score > bestScore) {
        bestScore = score;
        best = label;
      }
    }
    labels[word] = best;
    previous = best;
  }
  return labels;
}
