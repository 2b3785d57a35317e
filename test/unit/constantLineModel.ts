/** A stand-in line model for boilerplate tests whose outcome must not hang on the trained weights. */
import { type LineModel, STAGE2_FEATURE_NAMES } from '../../src/core/boilerplate/lineModel';

/** A line model that gives every line one probability of being boilerplate, over a threshold of 0.35. */
export function constantModel(probability: number): LineModel {
  return {
    features: STAGE2_FEATURE_NAMES,
    stage1: STAGE2_FEATURE_NAMES.slice(0, STAGE2_FEATURE_NAMES.length - 4).map(() => 0),
    stage2: STAGE2_FEATURE_NAMES.map((_, i) => (i === 0 ? Math.log(probability / (1 - probability)) : 0)),
    threshold: 0.35,
    certainMargin: 0.4,
  };
}
