/**
 * A region's confidence: the mean of its lines' boilerplate probabilities (lineModel.ts). A region
 * is certain when that mean stands well above the model's threshold; the editor removes only
 * certain regions in bulk and says which it kept. A region that holds a paragraph of prose in the
 * lead's place, under the headline and above the body, is not certain, however sure the model: the
 * article's first paragraphs stand there when a photo gallery's caption, a byline or share buttons part
 * them from the rest in a shape lead.ts does not keep, and removing them in bulk would cut the story's opening.
 */
import type { BoilerplateRegion } from '../types';
import { isProse } from './classify';
import { HEADLINE_LEAD_REACH } from './lead';
import type { PageReading } from './lineFeatures';
import { LINE_MODEL, type LineModel } from './lineModel';

/** Confidence to two decimals: enough for a reader, and stable in the facts record. */
const CONFIDENCE_STEPS = 100;

/** `headlineAt`: the page's headline line (-1 when none), under which the lead's place starts. */
export function withConfidence(regions: BoilerplateRegion[], page: PageReading, probabilities: ArrayLike<number>, headlineAt: number, model: LineModel = LINE_MODEL): BoilerplateRegion[] {
  const certainFrom = model.threshold + model.certainMargin;
  const leadFirst = headlineAt >= 0 ? headlineAt + 1 : page.lines.length;
  const leadEnd = Math.min(page.body.first, leadFirst + HEADLINE_LEAD_REACH);
  // Regions and lines are both in document order: one walk pairs them.
  let i = 0;
  for (const region of regions) {
    let sum = 0;
    let count = 0;
    let holdsLead = false;
    while (i < page.lines.length && page.lines[i]!.features.index + 1 < region.startLine) i++;
    for (; i < page.lines.length && page.lines[i]!.features.index + 1 <= region.endLine; i++) {
      sum += probabilities[i]!;
      count++;
      if (i >= leadFirst && i < leadEnd && isLeadLike(page, i)) holdsLead = true;
    }
    const confidence = count === 0 ? 1 : sum / count;
    region.confidence = Math.round(confidence * CONFIDENCE_STEPS) / CONFIDENCE_STEPS;
    region.certain = confidence >= certainFrom && !holdsLead;
  }
  return regions;
}

/** A paragraph of prose no phrase names as furniture, ending a sentence: what a lead looks like. */
function isLeadLike(page: PageReading, i: number): boolean {
  const line = page.lines[i]!;
  return line.kind === null && isProse(line) && line.features.endsSentence && line.features.words >= LEAD_MIN_WORDS;
}

/** A lead is a full sentence of news; a caption or a share row's label is shorter. */
const LEAD_MIN_WORDS = 20;
