/**
 * Feature templates of the names tagger, shared by training (scripts/train-names.ts) and tagging.
 * Every feature looks at ONE word (the current word, or a neighbour at a fixed offset) or at the
 * current word's context flags, so a word's contribution can be computed once per distinct word.
 */

import { LISTS, listsOf } from './gazetteer';
import { isHeadline, isTitleCaseSaveJoiners } from './headline';
import type { WordList, WordNumbers } from './model';

/** BIO labels over the three name types; index 0 is "outside". */
export const LABELS = ['O', 'B-person', 'I-person', 'B-organization', 'I-organization', 'B-place', 'I-place'] as const;
export const LABEL_COUNT = LABELS.length;

/** A B- label: the odd indices of LABELS. */
export function isBeginLabel(label: number): boolean {
  return label % 2 === 1;
}

/** An I- label: the even indices of LABELS above 0, each right after its type's B- label. */
export function isInsideLabel(label: number): boolean {
  return label !== 0 && label % 2 === 0;
}

/** Neighbour offsets whose words feed the current word's score, in the order tagging caches them. */
export const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;

/**
 * How a line is written: in all-caps and title-case lines capitalization says little; in tables
 * (results, prices) names stand between numbers rather than in sentences.
 */
export type LineStyle = 'normal' | 'caps' | 'title' | 'table';

/** Evidence from the whole document: its topic, and how each word is written elsewhere. */
export interface DocumentEvidence {
  /**
   * The headline's first word, normalized: news headlines often open with a topic ("SOCCER -",
   * "BASKETBALL -"), and the topic says whether capitalized words in a table are teams or people.
   */
  topic: string;
  /** Lower-cased words seen written in lower case in a normal line. */
  lowerSeen: ReadonlySet<string>;
  /** Lower-cased words seen capitalized inside a normal-line sentence (not its first word). */
  capitalSeen: ReadonlySet<string>;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGITS = /\d/g;
const HAS_DIGIT = /\d/;
const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '”']);

/** Lower case, curly apostrophes straightened, digits folded so "1996" and "1997" share weights. */
export function normalizeWord(word: string): string {
  let lower = word.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return HAS_DIGIT.test(lower) ? lower.replace(DIGITS, '0') : lower;
}

export type Casing = 'init' | 'caps' | 'lower' | 'mixed' | 'digit' | 'punct';

export function casingOf(word: string): Casing {
  const first = word.charAt(0);
  if (!LETTER_OR_DIGIT.test(word)) return 'punct';
  if (/\d/.test(first)) return 'digit';
  const hasLower = LOWER.test(word);
  if (UPPER.test(first)) {
    if (!hasLower) return 'caps';
    return UPPER.test(word.slice(1)) && !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*$/u.test(word) ? 'mixed' : 'init';
  }
  return UPPER.test(word) ? 'mixed' : 'lower';
}

/**
 * False when the word cannot open with a capital letter (\p{Lu}): its first character is ASCII and
 * not A-Z. A test for the rules to run before their patterns anchored on a capital: most words of a
 * text fail it at one character code, where a pattern call cost about as much as the rule's other work.
 */
export function mayOpenWithCapital(word: string): boolean {
  return mayBeCapital(word.charCodeAt(0));
}

/** False when the UTF-16 code is ASCII and not A-Z: the one test mayOpenWithCapital makes. */
export function mayBeCapital(code: number): boolean {
  return code >= 128 || (code >= 65 && code <= 90);
}

export function isCapitalized(casing: Casing): boolean {
  return casing === 'init' || casing === 'caps' || casing === 'mixed';
}

/** Character classes with repeats collapsed: "Putin" Xx, "U.S." X.X., "AL-AIN" X-X, "1996-12-06" d-d-d. */
export function wordShape(word: string): string {
  let shape = '';
  let previous = '';
  for (const character of word) {
    const code = character.charCodeAt(0);
    let kind: string;
    // ASCII by its code (most words), the rest by Unicode property.
    if (code >= 65 && code <= 90) kind = 'X';
    else if (code >= 97 && code <= 122) kind = 'x';
    else if (code >= 48 && code <= 57) kind = 'd';
    else if (code < 128) kind = character;
    else if (UPPER.test(character)) kind = 'X';
    else if (LOWER.test(character)) kind = 'x';
    else kind = character;
    if (kind !== previous) shape += kind;
    previous = kind;
    if (shape.length >= 8) break;
  }
  return shape;
}

/** The forms of a word every feature template reads, computed once per word. */
export interface WordForms {
  lower: string;
  shape: string;
  casing: Casing;
  length: number;
  /** The word lists it is on, bits in the order of LISTS (gazetteer.ts). */
  lists: number;
  /** Its word cluster (see scripts/train-names-clusters.ts), NO_CLUSTER when it has none. */
  cluster: number;
}

const NO_NAMES: WordList = new Set();
export const NO_CLUSTER = -1;
const NO_CLUSTERS: WordNumbers = new Map();

/** `firstNames`: the model's first names (the lists' first list), lower-cased; `clusters`: the model's word clusters by lower-cased word. */
export function formsOf(word: string, firstNames = NO_NAMES, clusters = NO_CLUSTERS): WordForms {
  const lower = normalizeWord(word);
  return { lower, shape: wordShape(word), casing: casingOf(word), length: word.length, lists: listsOf(lower, firstNames), cluster: clusters.get(lower) ?? NO_CLUSTER };
}

/** `template=list` for each list of the bits (see WordForms.lists), in the order of LISTS. */
export function listFeatures(template: string, lists: number): string[] {
  const features: string[] = [];
  LISTS.forEach((list, bit) => {
    if (lists & (1 << bit)) features.push(`${template}=${list}`);
  });
  return features;
}

/** Features of a word in the current position. */
export function ownFeatures({ lower, shape, casing, length, lists, cluster }: WordForms): string[] {
  const features = ['b', `w=${lower}`, `s=${shape}`, `c=${casing}${Math.min(length, 4)}`];
  for (const size of [2, 3, 4]) {
    if (lower.length > size) features.push(`x${size}=${lower.slice(-size)}`);
  }
  if (lower.length > 4) features.push(`p3=${lower.slice(0, 3)}`);
  if (lists !== 0) features.push(...listFeatures('g', lists));
  if (cluster !== NO_CLUSTER) features.push(`k=${cluster}`);
  return features;
}

/** Features a neighbour at `offset` contributes; `forms` is null past the line's ends. */
export function neighbourFeatures(forms: WordForms | null, offset: number): string[] {
  if (forms === null) return [`${offset}w=${offset < 0 ? '<s>' : '</s>'}`];
  if (Math.abs(offset) === 1) {
    const features = [`${offset}w=${forms.lower}`, `${offset}s=${forms.shape}`, ...listFeatures(`${offset}g`, forms.lists)];
    if (forms.cluster !== NO_CLUSTER) features.push(`${offset}k=${forms.cluster}`);
    return features;
  }
  return [`${offset}w=${forms.lower}`, `${offset}c=${forms.casing}`];
}

/** What the tagger needs to know about a word, computed once per distinct word. */
export interface WordInfo {
  lower: string;
  casing: Casing;
  length: number;
  /** An ordinary word: written in lower case more often than capitalized in the training news. */
  common: boolean;
  /**
   * Common, or an English word that is not a name (ordinary.json): what truecases a title-case
   * headline. Training has no such headlines and passes no list, so there it equals `common`.
   */
  ordinary: boolean;
}

export function wordInfoOf(word: string, commonWords: ReadonlySet<string>, forms: WordForms = formsOf(word), ordinaryWords?: WordList): WordInfo {
  const common = isCommon(forms.lower, commonWords);
  return { lower: forms.lower, casing: forms.casing, length: forms.length, common, ordinary: common || (ordinaryWords?.has(forms.lower) ?? false) };
}

const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing'];

/** A common word, or an inflection of one ("explains", "detained"). */
function isCommon(lower: string, commonWords: ReadonlySet<string>): boolean {
  if (commonWords.has(lower)) return true;
  return INFLECTIONS.some((ending) => lower.length > ending.length + 3 && lower.endsWith(ending) && commonWords.has(lower.slice(0, -ending.length)));
}

/** Features of the current word's place: line style, sentence start, the document's case evidence. */
export interface WordContext {
  style: LineStyle;
  casing: Casing;
  sentenceStart: boolean;
  lowerSeen: boolean;
  capitalSeen: boolean;
  common: boolean;
}

export const STYLES: readonly LineStyle[] = ['normal', 'caps', 'title', 'table'];
const CASINGS: readonly Casing[] = ['init', 'caps', 'lower', 'mixed', 'digit', 'punct'];
/** Number of distinct context codes. */
export const CONTEXT_CODES = STYLES.length * CASINGS.length * 16;

const CASING_INDEX = Object.fromEntries(CASINGS.map((casing, index) => [casing, index])) as Record<Casing, number>;

/**
 * A context is packed into a small integer (tagging caches one weight vector per code); contextOfCode
 * unpacks it. The part a word's own info decides (casing, common) comes apart from the rest so the
 * tagger can keep it per distinct word.
 */
export function wordContextBits({ casing, common }: WordInfo): number {
  return CASING_INDEX[casing] * 16 + (+common << 3);
}

/** The context code of a word with `wordBits` (see wordContextBits) in its place. */
export function contextCodeOf(styleIndex: number, wordBits: number, sentenceStart: boolean, lowerSeen: boolean, capitalSeen: boolean): number {
  return styleIndex * CASINGS.length * 16 + wordBits + ((+sentenceStart << 2) | (+lowerSeen << 1) | +capitalSeen);
}

export function contextOfCode(code: number): WordContext {
  const flags = code % 16;
  const kind = (code - flags) / 16;
  return {
    style: STYLES[Math.floor(kind / CASINGS.length)]!,
    casing: CASINGS[kind % CASINGS.length]!,
    sentenceStart: (flags & 4) !== 0,
    lowerSeen: (flags & 2) !== 0,
    capitalSeen: (flags & 1) !== 0,
    common: (flags & 8) !== 0,
  };
}

export function contextFeatures(context: WordContext): string[] {
  const { style, casing } = context;
  const features = [`L=${style}`, `L=${style}|c=${casing}`];
  if (context.sentenceStart) features.push(`F|c=${casing}`);
  if (isCapitalized(casing)) {
    const seen = `${context.lowerSeen ? 'l' : '-'}${context.capitalSeen ? 'C' : '-'}`;
    features.push(`D=${seen}`, `D=${seen}|L=${style}`, `D=${seen}|F=${context.sentenceStart}`);
    if (context.common) features.push(`K|L=${style}`, `K|F=${context.sentenceStart}`, `K|D=${seen}`);
  }
  return features;
}

/**
 * A line's style from its words: a table when numbers make up 40 % of it; all-caps when it has
 * letters but (nearly) no lower-case words; title-case when nearly every longer word is capitalized.
 */
export function lineStyleOf(infos: readonly WordInfo[]): LineStyle {
  let upperWords = 0;
  let lowerWords = 0;
  let longWords = 0;
  let longCapitalized = 0;
  let numbers = 0;
  for (const { casing, length } of infos) {
    if (casing === 'digit') numbers++;
    if (casing === 'caps' && length > 1) upperWords++;
    if (casing === 'lower' || casing === 'init' || casing === 'mixed') lowerWords++;
    if (length >= 4 && casing !== 'digit' && casing !== 'punct') {
      longWords++;
      if (isCapitalized(casing)) longCapitalized++;
    }
  }
  if (numbers >= 2 && numbers * 5 >= infos.length * 2) return 'table';
  if (upperWords >= 2 && upperWords > 3 * lowerWords) return 'caps';
  if (longWords >= 4 && longCapitalized >= 0.85 * longWords) return 'title';
  return 'normal';
}

/** Whether the word at `index` opens a sentence (line start, or after end punctuation). */
export function opensSentence(words: readonly string[], index: number): boolean {
  if (index === 0) return true;
  return endsSentence(words[index - 1]!);
}

/** Whether a sentence may end with this word (the tagger keeps the answer per distinct word). */
export function endsSentence(word: string): boolean {
  return SENTENCE_END.has(word);
}

export interface AnalysedLine {
  /** The words as the model reads them: headline lines are truecased (see `truecase`). */
  words: readonly string[];
  infos: readonly WordInfo[];
  style: LineStyle;
}

/**
 * A line's style, and its words truecased when it is a headline, each with its entry from
 * `entryOf` (the tagger's cache of per-word data; training needs only the info). `shortHeadlines`:
 * shorter title-case lines may be headlines too (see isHeadline); the tagger asks for it.
 */
export function analyseLine<Entry extends { info: WordInfo }>(words: readonly string[], entryOf: (word: string) => Entry, shortHeadlines = false): AnalysedLine & { entries: Entry[] } {
  const entries = words.map(entryOf);
  const infos = entries.map((entry) => entry.info);
  const style = lineStyleOf(infos);
  // A title-case headline, once truecased, reads like body text (headline.ts); one with a
  // preposition in lower case ("Zelenskyy Tasks Umerov with Intensifying Negotiations") counts as normal above.
  const headline = (style === 'title' || (shortHeadlines && style === 'normal' && isTitleCaseSaveJoiners(infos))) && isHeadline(infos, shortHeadlines);
  if (style !== 'caps' && style !== 'title' && !headline) return { words, infos, style, entries };
  const truecased = words.map((word, index) => truecase(word, infos[index]!, style, headline));
  // Most words keep their case (names, acronyms, punctuation): their entries are the ones above.
  const truecasedEntries = truecased.map((word, index) => (word === words[index] ? entries[index]! : entryOf(word)));
  return { words: truecased, infos: truecasedEntries.map((entry) => entry.info), style: headline ? 'normal' : style, entries: truecasedEntries };
}

/**
 * In headlines capitals say little, so ordinary words are lower-cased and long all-caps words
 * get a capital only ("GOALS GIVE JAPAN WIN" reads "goals give Japan win"), and the model
 * reads them like body text. Short all-caps words may be acronyms and stay; in a title-case
 * headline every all-caps word was written so on purpose ("US VP Says", "PTI"), and stays.
 */
function truecase(word: string, info: WordInfo, style: LineStyle, headline: boolean): string {
  if (!isCapitalized(info.casing)) return word;
  if (headline && info.casing === 'caps') return word;
  if (headline ? info.ordinary : info.common) return word.toLowerCase();
  if (style === 'caps' && info.casing === 'caps' && info.length >= 4) {
    return capitalizedParts(word.toLowerCase());
  }
  return word;
}

/**
 * "o'neill-smith" -> "O'Neill-Smith": the letter opening the word and each letter after a hyphen or
 * an apostrophe in capitals. A loop, not a replace with a callback: a line of capitals runs it per
 * word, and the callback's match arrays were the most garbage the engine made on such a text.
 */
function capitalizedParts(lower: string): string {
  let result = '';
  let copied = 0;
  for (let index = 0; index < lower.length; index++) {
    if (index > 0 && lower[index - 1] !== '-' && lower[index - 1] !== "'") continue;
    const letter = String.fromCodePoint(lower.codePointAt(index)!);
    const upper = letter.toUpperCase();
    if (upper === letter) continue;
    result += lower.slice(copied, index) + upper;
    copied = index + letter.length;
  }
  return copied === 0 ? lower : result + lower.slice(copied);
}

/** Words written in lower case more often than capitalized (sentence openings aside) in `lines`. */
export function commonWordsOf(lines: readonly (readonly string[])[]): Set<string> {
  const lowerCounts = new Map<string, number>();
  const capitalCounts = new Map<string, number>();
  for (const words of lines) {
    const infos = words.map((word) => wordInfoOf(word, new Set()));
    if (lineStyleOf(infos) !== 'normal') continue;
    infos.forEach(({ lower, casing }, index) => {
      if (casing === 'lower') lowerCounts.set(lower, (lowerCounts.get(lower) ?? 0) + 1);
      else if (isCapitalized(casing) && !opensSentence(words, index)) capitalCounts.set(lower, (capitalCounts.get(lower) ?? 0) + 1);
    });
  }
  return new Set([...lowerCounts].filter(([word, count]) => count > 2 * (capitalCounts.get(word) ?? 0)).map(([word]) => word));
}

/** What a word of a normal line says about how its lower-cased form is written (see DocumentEvidence). */
const NO_EVIDENCE = 0;
export const LOWER_EVIDENCE = 1;
export const CAPITAL_EVIDENCE = 2;

/** One of the evidences above, of a word written in lower case or capitalized (the tagger keeps them per word form, not in sets). */
export function caseEvidence(lowerCase: boolean, capitalized: boolean, sentenceStart: boolean): number {
  if (lowerCase) return LOWER_EVIDENCE;
  return capitalized && !sentenceStart ? CAPITAL_EVIDENCE : NO_EVIDENCE;
}

function caseEvidenceOf(casing: Casing, sentenceStart: boolean): number {
  return caseEvidence(casing === 'lower', isCapitalized(casing), sentenceStart);
}

/** Collects the topic and how each word is written in the document's normal lines. */
export function documentEvidenceOf(lines: readonly AnalysedLine[]): DocumentEvidence {
  const topic = lines[0]?.words[0]?.toLowerCase() ?? '';
  const lowerSeen = new Set<string>();
  const capitalSeen = new Set<string>();
  for (const { words, infos, style } of lines) {
    if (style !== 'normal') continue;
    infos.forEach(({ casing, lower }, index) => {
      const evidence = caseEvidenceOf(casing, opensSentence(words, index));
      if (evidence === LOWER_EVIDENCE) lowerSeen.add(lower);
      else if (evidence === CAPITAL_EVIDENCE) capitalSeen.add(lower);
    });
  }
  return { topic, lowerSeen, capitalSeen };
}

/** Features of the document topic for a capitalized word in a line of the given style. */
export function topicFeatures(topic: string, style: LineStyle): string[] {
  return [`T=${topic}`, `T=${topic}|L=${style}`];
}

/** The context code of every word of a line, written into `codes` from `at` (a document-wide buffer when given). */
export function lineContextCodes(line: AnalysedLine, evidence: DocumentEvidence, codes = new Uint16Array(line.words.length), at = 0): Uint16Array {
  const { infos, words } = line;
  const styleIndex = STYLES.indexOf(line.style);
  for (let index = 0; index < infos.length; index++) {
    const info = infos[index]!;
    const { lower } = info;
    codes[at + index] = contextCodeOf(styleIndex, wordContextBits(info), opensSentence(words, index), evidence.lowerSeen.has(lower), evidence.capitalSeen.has(lower));
  }
  return codes;
}

/** All feature keys of the word at `index` (training uses this; tagging sums the same parts). */
export function allFeatures(
  words: readonly string[],
  index: number,
  contextCode: number,
  topic: string,
  history: readonly string[],
  firstNames: WordList,
  clusters: WordNumbers,
): string[] {
  const features = ownFeatures(formsOf(words[index]!, firstNames, clusters));
  for (const offset of NEIGHBOUR_OFFSETS) {
    const neighbour = words[index + offset];
    features.push(...neighbourFeatures(neighbour === undefined ? null : formsOf(neighbour, firstNames, clusters), offset));
  }
  const context = contextOfCode(contextCode);
  features.push(...contextFeatures(context), ...history);
  if (isCapitalized(context.casing)) features.push(...topicFeatures(topic, context.style));
  return features;
}
