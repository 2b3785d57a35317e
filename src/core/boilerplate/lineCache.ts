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

/** The lines of the document analysed last, with their measures (none for blank lines). */
interface PreviousDocument {
  lines: readonly string[];
  measures: readonly (LineMeasure | undefined)[];
  /** Measures by line text, made at the first line not found at its old index. */
  byText: Map<string, LineMeasure> | null;
}

/**
 * Keeps the lines of the document analysed last, and no more, and looks them up only when the new
 * document starts or ends with the same line: the editor's case is the same document again, while on
 * a collection of distinct documents a lookup for every line, all missing, cost more than it saved.
 * A line is first looked for at its own index, where an edit leaves most lines: only lines that moved
 * need the map by text, which is made for them alone.
 */
export class LineMeasureCache {
  private lastLines: string[] = [];
  private lastMeasures: (LineMeasure | undefined)[] = [];
  private previous: PreviousDocument | null = null;
  /** Whether this document's lines are kept for the next call (see MAX_KEPT_LINES). */
  private keeps = true;

  /** Call once per document, with its lines' texts, before `measureOf`. */
  startDocument(lines: readonly string[]): void {
    const sameEdge = lines.length > 0 && this.lastLines.length > 0 &&
      (lines[0] === this.lastLines[0] || lines[lines.length - 1] === this.lastLines[this.lastLines.length - 1]);
    this.previous = sameEdge ? { lines: this.lastLines, measures: this.lastMeasures, byText: null } : null;
    this.lastLines = [];
    this.lastMeasures = [];
    this.keeps = lines.length <= MAX_KEPT_LINES;
  }

  /**
   * The measure of the line `raw` standing at `index`, measured now or taken from the last document;
   * undefined for a blank line, which has nothing to measure (no record kept per blank line).
   */
  measureOf(index: number, raw: string): LineMeasure | undefined {
    const measure = BLANK.test(raw) ? undefined : this.earlierMeasure(index, raw) ?? newMeasure(measureLine(index, raw));
    if (this.keeps) {
      this.lastLines.push(raw);
      this.lastMeasures.push(measure);
    }
    return measure;
  }

  private earlierMeasure(index: number, raw: string): LineMeasure | undefined {
    const previous = this.previous;
    if (!previous) return undefined;
    if (previous.lines[index] === raw) return previous.measures[index];
    previous.byText ??= measuresByText(previous);
    const earlier = previous.byText.get(raw);
    return earlier && atIndex(earlier, index);
  }
}

/**
 * Lines kept for the next call at most: a measure costs about 200 bytes a line, held between calls,
 * and the editor's documents are far shorter (the longest dev page has 1,304 lines). A longer document
 * is measured afresh each time, as on a first analysis.
 */
const MAX_KEPT_LINES = 10_000;

/** Only white space: trimmed to nothing, so the line has no features. */
const BLANK = /^\s*$/;

function measuresByText(previous: PreviousDocument): Map<string, LineMeasure> {
  const byText = new Map<string, LineMeasure>();
  previous.lines.forEach((line, i) => {
    const measure = previous.measures[i];
    if (measure) byText.set(line, measure);
  });
  return byText;
}

/** The same measure for a copy of the line at another index (only the features' index differs). */
function atIndex(measure: LineMeasure, index: number): LineMeasure {
  if (measure.features.index === index) return measure;
  return { ...measure, features: { ...measure.features, index } };
}

/**
 * A measure with every field present, those worked out later (normalized, furniture) undefined: added
 * later, they gave measures several hidden classes and made their readers polymorphic.
 */
function newMeasure(features: LineFeatures): LineMeasure {
  return { features, normalized: undefined, furniture: undefined };
}
