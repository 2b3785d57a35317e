/**
 * What a line's text alone decides (its features, normalized form and furniture kind), kept from one
 * call to the next: an editor analyses the whole document again on each keystroke, and all its lines
 * but one are the same as last time. A complement only: the first analysis of a text measures every line.
 */
import { type LineFeatures, measureLine } from './features';

export interface LineMeasure {
  features: LineFeatures;
  /** `normalizeLine` of the features' text, once worked out. */
  normalized?: string;
  /** `furnitureKind` of the text and its normalized form, once worked out. */
  furniture?: string | null;
}

/**
 * Keeps the lines of the document analysed last, and no more, and looks them up only when the new
 * document starts or ends with the same line: the editor's case is the same document again, while on
 * a collection of distinct documents a lookup for every line, all missing, cost more than it saved.
 */
export class LineMeasureCache {
  private lastLines: string[] = [];
  private lastMeasures: LineMeasure[] = [];
  private reusable: Map<string, LineMeasure> | null = null;

  /** Call once per document, with its lines' texts, before `measureOf`. */
  startDocument(lines: readonly string[]): void {
    const sameEdge = lines.length > 0 && this.lastLines.length > 0 &&
      (lines[0] === this.lastLines[0] || lines[lines.length - 1] === this.lastLines[this.lastLines.length - 1]);
    this.reusable = sameEdge ? new Map(this.lastLines.map((line, i) => [line, this.lastMeasures[i]!])) : null;
    this.lastLines = [];
    this.lastMeasures = [];
  }

  /** The measure of the line `raw` standing at `index`, measured now or taken from the last document. */
  measureOf(index: number, raw: string): LineMeasure {
    const earlier = this.reusable?.get(raw);
    const measure = earlier ? atIndex(earlier, index) : { features: measureLine(index, raw) };
    this.lastLines.push(raw);
    this.lastMeasures.push(measure);
    return measure;
  }
}

/** The same measure for a copy of the line at another index (only the features' index differs). */
function atIndex(measure: LineMeasure, index: number): LineMeasure {
  if (measure.features.index === index) return measure;
  return { ...measure, features: { ...measure.features, index } };
}
