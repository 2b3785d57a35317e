/**
 * The learned line model (model.json, written by `npm run train:boilerplate` from the MIT-licensed
 * `sh-*` benchmark pages): two logistic regressions. The first reads each line's features
 * (lineFeatures.ts); the second reads them again with the first one's probabilities around the line,
 * so a line takes its neighbours' verdict into account (a caption inside the article, a long comment
 * in a thread). The result is each line's probability of being boilerplate.
 */
import { FEATURE_NAMES, forEachFeatureRow, type PageReading } from './lineFeatures';
import modelFile from './model.json';

export interface LineModel {
  features: readonly string[];
  stage1: readonly number[];
  stage2: readonly number[];
  /** A line is boilerplate from this probability on. */
  threshold: number;
  /** A region is certain when its lines' mean probability is this far from the threshold, either way. */
  certainMargin: number;
}

/** What the second stage adds to the first stage's features: its probability here and around. */
export const STAGE2_RADII = [0, 1, 4, 12] as const;
export const STAGE2_FEATURE_NAMES: readonly string[] = [...FEATURE_NAMES, ...STAGE2_RADII.map((radius) => `stage1-around-${radius}`)];

export const LINE_MODEL: LineModel = modelFile;

/** The features the committed model was trained with are the ones this code computes (checked by a unit test). */
export function modelMatchesFeatures(model: LineModel): boolean {
  return model.features.join() === STAGE2_FEATURE_NAMES.join() && model.stage1.length === FEATURE_NAMES.length &&
    model.stage2.length === STAGE2_FEATURE_NAMES.length;
}

export function logistic(weights: readonly number[], row: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]! * row[i]!;
  return 1 / (1 + Math.exp(-sum));
}

/** Each line's probability of being boilerplate. */
export function boilerplateProbabilities(page: PageReading, model: LineModel = LINE_MODEL): Float64Array {
  const width = FEATURE_NAMES.length;
  const { stage1, stage2 } = model === LINE_MODEL ? COMMITTED_WEIGHTS : weightsOf(model);
  const count = page.lines.length;
  const first = new Float64Array(count);
  const result = new Float64Array(count);
  forEachFeatureRow(page, (row, i) => {
    let sum1 = 0;
    let sum2 = 0;
    for (let j = 0; j < width; j++) {
      const x = row[j]!;
      if (x === 0) continue;
      sum1 += stage1[j]! * x;
      sum2 += stage2[j]! * x;
    }
    first[i] = 1 / (1 + Math.exp(-sum1));
    result[i] = sum2;
  });
  const around = stage1Around(first);
  const radii = STAGE2_RADII.length;
  for (let i = 0; i < count; i++) {
    let sum = result[i]!;
    for (let k = 0; k < radii; k++) sum += stage2[width + k]! * around[i * radii + k]!;
    result[i] = 1 / (1 + Math.exp(-sum));
  }
  return result;
}

/** The weights as typed arrays: read once per line and feature. */
function weightsOf(model: LineModel): { stage1: Float64Array; stage2: Float64Array } {
  return { stage1: Float64Array.from(model.stage1), stage2: Float64Array.from(model.stage2) };
}

const COMMITTED_WEIGHTS = weightsOf(LINE_MODEL);

/** The first stage's mean probability over each radius of STAGE2_RADII around each line, row by row. */
function stage1Around(first: ArrayLike<number>): Float64Array {
  const count = first.length;
  const radii = STAGE2_RADII.length;
  const sums = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) sums[i + 1] = sums[i]! + first[i]!;
  const out = new Float64Array(count * radii);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < radii; k++) {
      const radius = STAGE2_RADII[k]!;
      const from = Math.max(0, i - radius);
      const to = Math.min(count, i + radius + 1);
      out[i * radii + k] = (sums[to]! - sums[from]!) / (to - from);
    }
  }
  return out;
}

/** The first stage's features with its probabilities around each line appended: the second stage's rows (for training). */
export function stage2Rows(rows: readonly Float64Array[], first: readonly number[]): Float64Array[] {
  const around = stage1Around(first);
  return rows.map((row, i) => {
    const out = new Float64Array(row.length + STAGE2_RADII.length);
    out.set(row);
    out.set(around.subarray(i * STAGE2_RADII.length, (i + 1) * STAGE2_RADII.length), row.length);
    return out;
  });
}
