/**
 * jusText's paragraph classes, computed from text alone: each non-blank line is good (long prose),
 * near (shorter prose), short (too short to judge alone) or bad (furniture, link-like, no prose).
 * Lines whose words name them as furniture, repeat the headline or repeat across the collection
 * carry a `kind` and are bad whatever their shape.
 */
import { isTitleCase, type LineFeatures, stopWordDensity } from './features';

export type LineClass = 'good' | 'near' | 'short' | 'bad';

export interface ClassifiedLine {
  features: LineFeatures;
  initial: LineClass;
  /** After looking at the neighbours (jusText's context-sensitive pass). */
  final: LineClass;
  /** Why the line is furniture when its words or copies say so; null otherwise. */
  kind: string | null;
  /** An item of a list or table of the article's own (see `lists.ts`). */
  listItem: boolean;
  /** The same text occurs on another line of the document (tickers, teasers, a standfirst). */
  repeated: boolean;
  /** The first line of the page with the same text; its `copies` counts them all (1 when alone). */
  original: ClassifiedLine | null;
  copies: number;
}

/** Prose judged alone: good or near-good before the neighbours are looked at. */
export function isProse(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && (line.initial === 'good' || line.initial === 'near');
}

/** jusText's defaults, in characters (a CJK character counts three, see `measureLine`). */
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_LOW = 0.3;
const STOPWORDS_HIGH = 0.32;
/** A line that ends like a sentence needs fewer function words: news prose is dense in names. */
const STOPWORDS_IN_SENTENCE = 0.15;

export function classifyAlone(features: LineFeatures, kind: string | null): LineClass {
  if (kind || features.words === 0) return 'bad';
  const density = stopWordDensity(features);
  if (features.length < LENGTH_LOW) return isShortSentence(features, density) ? 'near' : 'short';
  if (isTitleCase(features) && !features.endsSentence) return 'bad';
  const prose = density >= STOPWORDS_HIGH || (features.endsSentence && density >= STOPWORDS_IN_SENTENCE);
  if (prose) return features.length > LENGTH_HIGH ? 'good' : 'near';
  return density >= STOPWORDS_LOW ? 'near' : 'bad';
}

/** A one-sentence paragraph: content even when short, unlike a menu entry or a name. */
function isShortSentence(features: LineFeatures, density: number): boolean {
  const spaced = features.ideographs * 2 <= features.text.length;
  return features.endsSentence && !isTitleCase(features) && (spaced ? features.words >= 3 && density > 0 : true);
}

/**
 * jusText's second pass: a short line takes the class of the good or bad lines around it, a
 * near-good line is good unless bad lines enclose it. Document edges count as bad.
 */
export function reclassifyByNeighbours(lines: ClassifiedLine[]): void {
  const withoutShort = neighbourClasses(lines, (line) => line.initial !== 'short');
  const withoutShortOrNear = neighbourClasses(lines, (line) => line.initial === 'good' || line.initial === 'bad');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.initial === 'short') {
      line.final = shortByNeighbours(withoutShortOrNear, withoutShort, i);
    } else if (line.initial === 'near') {
      const around = withoutShortOrNear;
      line.final = around.previous[i] === 'bad' && around.next[i] === 'bad' ? 'bad' : 'good';
    } else {
      line.final = line.initial;
    }
  }
}

function shortByNeighbours(strict: Neighbours, loose: Neighbours, i: number): LineClass {
  const previous = strict.previous[i];
  const next = strict.next[i];
  if (previous === 'good' && next === 'good') return 'good';
  if (previous === 'bad' && next === 'bad') return 'bad';
  const nearBeside = (previous === 'bad' && loose.previous[i] === 'near') || (next === 'bad' && loose.next[i] === 'near');
  return nearBeside ? 'good' : 'bad';
}

interface Neighbours {
  previous: LineClass[];
  next: LineClass[];
}

/** For each line, the initial class of the nearest line before and after it that `counts`. */
function neighbourClasses(lines: readonly ClassifiedLine[], counts: (line: ClassifiedLine) => boolean): Neighbours {
  const previous: LineClass[] = new Array<LineClass>(lines.length);
  const next: LineClass[] = new Array<LineClass>(lines.length);
  let seen: LineClass = 'bad';
  for (let i = 0; i < lines.length; i++) {
    previous[i] = seen;
    if (counts(lines[i]!)) seen = lines[i]!.initial;
  }
  seen = 'bad';
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = seen;
    if (counts(lines[i]!)) seen = lines[i]!.initial;
  }
  return { previous, next };
}
