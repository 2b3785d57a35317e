/**
 * A region's confidence: the mean of its lines' boilerplate probabilities (lineModel.ts). A region
 * is certain when that mean stands well above the model's threshold; the editor removes only
 * certain regions in bulk and says which it kept.
 */
import type { BoilerplateRegion } from '../types';
import type { PageReading } from './lineFeatures';
import { LINE_MODEL, type LineModel } from './lineModel';

/** Confidence to two decimals: enough for a reader, and stable in the facts record. */
const CONFIDENCE_STEPS = 100;

export function withConfidence(regions: BoilerplateRegion[], page: PageReading, probabilities: ArrayLike<number>, model: LineModel = LINE_MODEL): BoilerplateRegion[] {
  const certainFrom = model.threshold + model.certainMargin;
  // Regions and lines are both in document order: one walk pairs them.
  let i = 0;
  for (const region of regions) {
    let sum = 0;
    let count = 0;
    while (i < page.lines.length && page.lines[i]!.features.index + 1 < region.startLine) i++;
    for (; i < page.lines.length && page.lines[i]!.features.index + 1 <= region.endLine; i++) {
      sum += probabilities[i]!;
      count++;
    }
    const confidence = count === 0 ? 1 : sum / count;
    region.confidence = Math.round(confidence * CONFIDENCE_STEPS) / CONFIDENCE_STEPS;
    region.certain = confidence >= certainFrom;
  }
  return regions;
}
