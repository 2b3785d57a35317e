/**
 * Title-case lines are of two kinds. In 1996 news they are lists of names ("Tim Herron, Duffy
 * Waldorf (U.S.)"), capitalized because names are; on today's pages they are headlines of other
 * stories ("Analyst Explains the Record-Breaking Exchange Rate"), capitalized by house style. A
 * headline's capitalized words are ordinary words in good part, a list's nearly never.
 */
import type { WordInfo } from './features';

/** At least this many ordinary words, and at least one in HEADLINE_SHARE of the capitalized words. */
const HEADLINE_COMMON = 3;
const HEADLINE_SHARE = 2;
const LONG_WORD = 4;
const HEADLINE_WORDS = 6;
const SHORT_HEADLINE_WORDS = 4;
/** Words title case leaves in lower case whatever their length (Chicago style: prepositions and conjunctions). */
const LOWER_IN_TITLES = new Set([
  'with', 'from', 'into', 'onto', 'upon', 'over', 'amid', 'than', 'that', 'after', 'about', 'against', 'before', 'between',
  'through', 'during', 'under', 'without', 'within', 'across', 'among', 'along', 'around', 'despite', 'toward', 'towards', 'until', 'while',
]);

/**
 * Whether a title-case line (see lineStyleOf) is a headline rather than a list of names. `short`:
 * a line of four or five capitalized words may be one too (today's list items, headings and
 * captions); the tagger reads pages so, while training reads its corpora as the committed model
 * was trained (their few such lines are tweets and CoNLL lists).
 */
export function isHeadline(infos: readonly WordInfo[], short = false): boolean {
  if (!readsAsProse(infos)) return false;
  let capitalized = 0;
  let common = 0;
  const foreign = foreignQuotes(infos);
  for (const [index, info] of infos.entries()) {
    if (foreign.has(index)) continue;
    if (info.length < LONG_WORD || info.casing !== 'init') {
      // House style capitalizes every longer word but prepositions: another in lower case says the line is no headline.
      if (info.length >= LONG_WORD && info.casing === 'lower' && !LOWER_IN_TITLES.has(info.lower)) return false;
      continue;
    }
    capitalized++;
    if (info.ordinary) common++;
  }
  if (capitalized >= HEADLINE_WORDS) return common >= HEADLINE_COMMON && common * HEADLINE_SHARE >= capitalized;
  // A shorter line (a list item, a heading, a caption) reads as a headline when most of its
  // capitalized words are ordinary and no comma makes it a list of names.
  return short && capitalized >= SHORT_HEADLINE_WORDS && common * HEADLINE_SHARE > capitalized && !infos.some((info) => info.lower === ',');
}

/** Whether every longer word is capitalized, the prepositions title case leaves in lower case aside. */
export function isTitleCaseSaveJoiners(infos: readonly WordInfo[]): boolean {
  let long = 0;
  for (const info of infos) {
    if (info.length < LONG_WORD || info.casing === 'digit' || info.casing === 'punct') continue;
    if (info.casing === 'lower') {
      if (!LOWER_IN_TITLES.has(info.lower)) return false;
      continue;
    }
    long++;
  }
  return long >= SHORT_HEADLINE_WORDS;
}

/**
 * Headlines are prose without a closing full stop (an ellipsis may close them); a final stop, or an
 * "=", makes the line a sentence or a table's note ("Year Amount Coupon Yield Price Conc.").
 */
function readsAsProse(infos: readonly WordInfo[]): boolean {
  const last = infos.length - 1;
  if (last >= 0 && infos[last]!.lower === '.' && infos[last - 1]?.lower !== '.') return false;
  return !infos.some((info) => info.lower === '=');
}

const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’']);

/**
 * Positions of the words of quoted phrases without one ordinary word: another language's words
 * ("'Pagal Awara Kutto Se Darna...': Mohammed Shami's Estranged Wife ..."), which say nothing of
 * whether the headline's own words are ordinary. Quoted English ("'Terrible Tragedy'") counts.
 */
function foreignQuotes(infos: readonly WordInfo[]): Set<number> {
  const foreign = new Set<number>();
  let opened = -1;
  infos.forEach((info, index) => {
    if (!QUOTE_MARKS.has(info.lower)) return;
    if (opened < 0) {
      opened = index;
      return;
    }
    const phrase = infos.slice(opened + 1, index);
    if (!phrase.some((word) => word.ordinary && word.length >= LONG_WORD)) for (let inside = opened + 1; inside < index; inside++) foreign.add(inside);
    opened = -1;
  });
  return foreign;
}
