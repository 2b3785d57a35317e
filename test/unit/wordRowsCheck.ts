/** What WordRows must add for a word: the weight rows of its own and its neighbours' feature keys, summed per label. */
import assert from 'node:assert/strict';
import { LABEL_COUNT, NEIGHBOUR_OFFSETS, neighbourFeatures, ownFeatures, type WordForms } from '../../src/core/names/features';
import { ABSENT, PackedStrings } from '../../src/core/names/packedStrings';
import { WordRows } from '../../src/core/names/wordRows';

/** Checks WordRows against the keys' sums for `forms`, over a model of `keys` whose weights are all different. */
export function assertRowsAsKeys(keys: readonly string[], forms: WordForms): void {
  const rows = new PackedStrings(keys);
  const weights = Float32Array.from({ length: keys.length * LABEL_COUNT }, (_value, index) => ((index * 7) % 11) - 5);
  const slots = (1 + NEIGHBOUR_OFFSETS.length) * LABEL_COUNT;
  const expected = new Float32Array(slots);
  const addKeys = (features: readonly string[], from: number) => {
    for (const key of features) {
      const row = rows.indexOf(key);
      if (row !== ABSENT) for (let label = 0; label < LABEL_COUNT; label++) expected[from + label]! += weights[row * LABEL_COUNT + label]!;
    }
  };
  addKeys(ownFeatures(forms), 0);
  NEIGHBOUR_OFFSETS.forEach((offset, slot) => addKeys(neighbourFeatures(forms, offset), (slot + 1) * LABEL_COUNT));
  const actual = new Float32Array(slots);
  new WordRows(rows, weights).addWord(forms, actual, 0);
  assert.deepEqual(Array.from(actual), Array.from(expected));
  // The neighbours' keys are in the model: their slots must not be empty.
  assert.notDeepEqual(Array.from(actual.subarray(LABEL_COUNT, 3 * LABEL_COUNT)), new Array(2 * LABEL_COUNT).fill(0));
}
