/** Measurements of one non-blank line that the classifier needs; computed once, in one pass per line. */
import { countWordsInto, type WordCounts } from './words';

/** A line's word counts (see words.ts) and what else the classifier measures of it. */
export interface LineFeatures extends WordCounts {
  /** Index into the document's lines. */
  index: number;
  text: string;
  /** Characters, counting a CJK or Hangul character as three: one of them carries about a word. */
  length: number;
  /** Ends like a sentence (. ! ? 。 or a closing quote after one). */
  endsSentence: boolean;
  /** Holds sentence or clause punctuation anywhere (comma, full stop, CJK equivalents). */
  hasClausePunctuation: boolean;
  /** The line's shape as a table row (see lists.ts), once worked out: features are kept from one analysis to the next. */
  rowShape?: string;
  /** The line's stamp, cue, count and separator shapes as bits (see lineFeatures.ts), once worked out. */
  shapes?: number;
}

const CLAUSE_PUNCTUATION = /[,.;:!?。、，．！？]\s|[。、，．！？]/u;
const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', '»', '」', '』']);

export function measureLine(index: number, raw: string): LineFeatures {
  const text = raw.trim();
  const features: LineFeatures = {
    index,
    text,
    length: text.length,
    words: 0,
    numbers: 0,
    stopWords: 0,
    capitalized: 0,
    cased: 0,
    ideographs: 0,
    endsSentence: endsLikeSentence(text),
    hasClausePunctuation: CLAUSE_PUNCTUATION.test(text),
    // Present from the start, though worked out later: a field added to some features only gave
    // them other hidden classes, and every pass that reads features became polymorphic.
    rowShape: undefined,
    shapes: undefined,
  };
  countWordsInto(text, features);
  features.length += 2 * features.ideographs;
  return features;
}

/** A teaser cut short ("… Hurri...", "hopes …") does not end like a sentence. */
function endsLikeSentence(text: string): boolean {
  let end = text.length - 1;
  while (end > 0 && CLOSERS.has(text.charAt(end))) end--;
  return SENTENCE_END.has(text.charAt(end)) && !text.endsWith('..', end + 1);
}

/** Share of words that are function words; for scripts without spaces, punctuation stands in. */
export function stopWordDensity(line: LineFeatures): number {
  if (line.ideographs * 2 > line.text.length) return line.hasClausePunctuation ? 0.4 : 0.1;
  return line.words === 0 ? 0 : line.stopWords / line.words;
}

/** Most cased words capitalized: headlines in a link list, menu entries, names. */
export function isTitleCase(line: LineFeatures): boolean {
  return line.cased >= 2 && line.capitalized >= 0.7 * line.cased;
}
