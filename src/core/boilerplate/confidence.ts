/**
 * A region's confidence: the mean of its lines' boilerplate probabilities (lineModel.ts). A region
 * is certain when that mean stands well above the model's threshold; the editor removes only
 * certain regions in bulk and says which it kept.
 */
import type { BoilerplateRegion } from '../types';
import type { PageReading } from './lineFeatures';
import { LINE_MODEL } from './lineModel';

/** Confidence to two decimals: enough for a reader, and stable in the facts record. */
const CONFIDENCE_STEPS = 100;

export function withConfidence(regions: BoilerplateRegion[], page: PageReading, probabilities: ArrayLike<number>): BoilerplateRegion[] {
  const byLine = new Map<number, number>();
  page.lines.forEach((line, i) => byLine.set(line.features.index + 1, probabilities[i]!));
  const certainFrom = LINE_MODEL.threshold + LINE_MODEL.certainMargin;
  for (const region of regions) {
    let sum = 0;
    let count = 0;
    for (let line = region.startLine; line <= region.endLine; line++) {
      const p = byLine.get(line);
      if (p === undefined) continue;
      sum += p;
      count++;
    }
    const confidence = count === 0 ? 1 : sum / count;
    region.confidence = Math.round(confidence * CONFIDENCE_STEPS) / CONFIDENCE_STEPS;
    region.certain = confidence >= certainFrom;
  }
  return regions;
}
