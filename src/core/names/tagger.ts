/**
 * Labels every word of a document with the trained model, in two passes: the second adds what
 * the first said about the same word elsewhere in the document (history.ts). A word's own and
 * neighbour features depend on the word alone, so their weight sums are computed once per
 * distinct word and kept (the editor re-analyses the same text on every keystroke); per
 * occurrence only sums are added. What a document says about a word form (how it is written, what
 * the first pass made of it) is kept on the form's lexeme, stamped with the document's number.
 */
import type { SeedDocument } from '../document';
import { fnv1aString } from '../hash';
import {
  CAPITAL_EVIDENCE, CONTEXT_CODES, LABEL_COUNT, LOWER_EVIDENCE, NEIGHBOUR_OFFSETS, STYLES, analyseLine, caseEvidence, contextCodeOf,
  contextFeatures, contextOfCode, endsSentence, formsOf, isCapitalized, neighbourFeatures, ownFeatures, topicFeatures, wordContextBits, wordInfoOf,
} from './features';
import type { LineStyle, WordForms, WordInfo } from './features';
import { HISTORY_MASKS, historyFeatures, typeBit } from './history';
import type { NamesModel } from './model';
import { ABSENT } from './packedStrings';
import { type Token, tokenizeLine } from './tokenize';
import { ViterbiScratch, bestLabels, greedyLabels } from './viterbi';
import { type WordCues, wordCuesOf } from './wordCues';
import { WordRows } from './wordRows';

export interface TaggedLine {
  /** Offset of the line in the document: token offsets are relative to it. */
  offset: number;
  tokens: Token[];
  style: LineStyle;
  /** Index into LABELS per token. */
  labels: Uint8Array;
  /** What in the tokens' words sets off the rules that relabel the line (wordCues.ts). */
  cues: WordCues;
}

/**
 * What the document-wide passes learn about every word with one lower-cased form (the keys of
 * DocumentEvidence and of the history masks, see documentEvidenceOf and typeMasksOf), stamped
 * with the number of the document it holds for: a field per word instead of a set or map per document.
 */
class Lexeme {
  lowerSeenIn = 0;
  capitalSeenIn = 0;
  /** The name types the first pass gave the form, in document `maskIn`. */
  mask = 0;
  maskIn = 0;
}

interface WordEntry {
  info: WordInfo;
  /**
   * Where the word's weight sums start in the tagger's `vectors`: own features, then as the
   * neighbour at each of NEIGHBOUR_OFFSETS.
   */
  vector: number;
  lexeme: Lexeme;
  /** The part of the word's context code its info decides (wordContextBits). */
  contextBits: number;
  capitalized: boolean;
  /** Written in lower case (casing 'lower'): with `capitalized`, what caseEvidence reads, without a look into `info`. */
  lowerCase: boolean;
  /** Whether the next word opens a sentence (see opensSentence). */
  endsSentence: boolean;
}

interface Line {
  tokens: Token[];
  cues: WordCues;
  /** The words as the model reads them (truecased in headlines, see analyseLine) and their entries. */
  words: readonly string[];
  entries: WordEntry[];
  style: LineStyle;
  /** Index of `style` in STYLES. */
  styleIndex: number;
  /**
   * Emission sums of the words' own and neighbour features (they depend on the line alone), for
   * cached lines only: the others' go straight into the document's buffer.
   */
  wordScores: Float32Array | null;
  /** Number of the last document that used the line (see evictLines). */
  usedIn: number;
  /** What the cached line was last labelled with, and what the labels depended on beyond its words (see LastReading). */
  last: LastReading | null;
}

/**
 * A cached line's labels depend on its word scores (kept with it) and on what the document says
 * about its words: their context codes and the topic (first pass), then the history masks (second
 * pass). When these are as the last time the line was read (an editor analysing the same page again),
 * its labels are too, and its emissions and Viterbi tables are not worked out again.
 */
interface LastReading {
  topic: string;
  codes: Uint16Array;
  firstLabels: Uint8Array;
  /** Null until the second pass has read the line with these codes. */
  masks: Uint8Array | null;
  labels: Uint8Array | null;
}

/** Size of a word's weight sums: its own features, then one slot per neighbour offset. */
const VECTOR_SIZE = (1 + NEIGHBOUR_OFFSETS.length) * LABEL_COUNT;
/**
 * Past this many distinct words the word cache starts over, so memory stays bounded. A full cache
 * holds about 300 bytes a word (its entry, info and lexeme, and its weight sums): at 60,000 words an
 * index worker held 12 MB more heap and 5 MB more outside it than at 30,000, for the same CPU over
 * the dev documents analysed twice (the words that recur are few and come back soon).
 */
const WORD_CACHE_LIMIT = 30_000;
/**
 * Bulk analysis meets most words once (real text: 70,000 distinct words in 900 documents), so a
 * cache serves the words that recur soon, which 10,000 hold: a cold `index` of 10,000 real documents
 * on two threads peaked at 210-211 MB against 230-232 (three runs each, alternated), CPU 128-136 s
 * against 116-138 s on a loaded machine; 5,000 saved 4 MB more on 3,000 documents, for more CPU.
 */
export const BULK_WORD_CACHE_LIMIT = 10_000;
/**
 * Lines cost far more than words (tokens and a score vector each, about 8 KB): enough for the
 * documents being edited (a 4 KB article has under a hundred lines); each index worker holds a
 * full cache, and 5,000 lines cost it 33 MB more peak memory over 10,000 documents for no speed.
 * A full cache admits no line until it is cleared of the lines the last document did not use: a
 * longer document being edited keeps this many of its lines instead of caching all of them anew
 * on every analysis, only to drop them at the next.
 */
const LINE_CACHE_LIMIT = 1_000;
/**
 * Bulk analysis (the command line) reads each document once: its cached lines serve only the lines
 * the next documents repeat (a site's furniture, copies of a story), which the last documents' lines
 * cover. `index` of 20,000 copies of the seeds, on two threads: 199-202 MB peak against 205-209 with
 * the editor's limit, for CPU within the noise of a loaded machine.
 */
export const BULK_LINE_CACHE_LIMIT = 300;
/**
 * New words summed key by key before the model's word rows are grouped (WordRows): grouping reads
 * all 77,000 keys, about what summing 10,000 words' keys costs, and halves the cost of every word
 * after. A short editing session never pays for it; indexing a collection does, early on.
 */
const WORD_ROWS_AFTER = 10_000;
/** Words of the largest document whose working buffers are kept between calls (about 2 MB); longer ones get their own. */
const KEPT_BUFFER_WORDS = 64_000;
const DIGITS = /\d/g;

export class NamesTagger {
  private readonly words = new Map<string, WordEntry>();
  private readonly vectors = new WordVectors();
  /** Lower-cased form -> its lexeme, shared by the entries of every spelling of the form. */
  private readonly lexemes = new Map<string, Lexeme>();
  /** Line text -> its tokens (offsets relative to the line) and words; most lines survive an edit. */
  private readonly lineCache = new Map<string, Line>();
  /**
   * The lines of the document being tagged that the cache did not take (seen once before, or the cache
   * full), so that a line the document repeats (a long page's menus, a collection's furniture in one
   * file) is read once; emptied after each document, which holds its lines until then anyway.
   */
  private readonly documentLines = new Map<string, Line>();
  private readonly scratch = new ViterbiScratch();
  private readonly buffers = new DocumentBuffers();
  private readonly seenBefore = new SecondSighting();
  private readonly contexts = new Float32Array(CONTEXT_CODES * LABEL_COUNT);
  private readonly edges = new Float32Array(NEIGHBOUR_OFFSETS.length * LABEL_COUNT);
  private readonly histories = new Float32Array(HISTORY_MASKS * LABEL_COUNT);
  /** Per context code: the index in STYLES of a capitalized word's line, -1 for other words. */
  private readonly topicSlots = new Int8Array(CONTEXT_CODES);
  /** Per style: the weight sums of the document topic's features (topicFeatures), for the document being tagged. */
  private readonly topics = new Float32Array(STYLES.length * LABEL_COUNT);
  private readonly entryOf = (word: string): WordEntry => this.entry(word);
  /** The model's rows of a new word's own and neighbour features grouped per form, shape and ending, once WORD_ROWS_AFTER words are new. */
  private wordRows: WordRows | undefined;
  /** Words whose weights were summed key by key, before wordRows. */
  private wordsSummedByKeys = 0;
  /** Number of the document being tagged, the stamp of its lexemes' evidence. */
  private documents = 0;

  /** `cachedLines`, `cachedWords`: the caches' limits (the editor's, or BULK_LINE_CACHE_LIMIT and BULK_WORD_CACHE_LIMIT for bulk analysis). */
  constructor(
    private readonly model: NamesModel,
    private readonly cachedLines = LINE_CACHE_LIMIT,
    private readonly cachedWords = WORD_CACHE_LIMIT,
  ) {
    for (let code = 0; code < CONTEXT_CODES; code++) {
      const context = contextOfCode(code);
      this.sum(contextFeatures(context), this.contexts, code * LABEL_COUNT);
      this.topicSlots[code] = isCapitalized(context.casing) ? STYLES.indexOf(context.style) : -1;
    }
    NEIGHBOUR_OFFSETS.forEach((offset, slot) => this.sum(neighbourFeatures(null, offset), this.edges, slot * LABEL_COUNT));
    for (let mask = 0; mask < HISTORY_MASKS; mask++) this.sum(historyFeatures(mask), this.histories, mask * LABEL_COUNT);
  }

  tag(document: SeedDocument): TaggedLine[] {
    if (this.words.size > this.cachedWords) {
      // Cached lines hold entries and entries hold lexemes: the three start over together.
      this.words.clear();
      this.vectors.clear();
      this.lexemes.clear();
      this.lineCache.clear();
    }
    const stamp = ++this.documents;
    if (this.lineCache.size >= this.cachedLines) this.evictLines(stamp - 1);
    const lines: Line[] = [];
    const offsets: number[] = [];
    let wordCount = 0;
    for (let number = 0; number < document.lines.length; number++) {
      const { text, start } = document.lines[number]!;
      const line = this.line(text, stamp);
      if (line.tokens.length === 0) continue;
      lines.push(line);
      offsets.push(start);
      wordCount += line.entries.length;
    }
    this.documentLines.clear();
    // Every line's words sit in document-wide buffers, one after the other: one allocation per
    // document instead of a handful per line (small typed arrays cost the collector dearly).
    const { emissions, firstLabels } = this.buffers.ensure(wordCount);
    markCaseEvidence(lines, stamp);
    const topic = lines[0]?.words[0]?.toLowerCase() ?? '';
    const { topics } = this;
    topics.fill(0);
    STYLES.forEach((style, slot) => this.sum(topicFeatures(topic, style), topics, slot * LABEL_COUNT));
    const { transitions } = this.model;
    // Per line of `lines`: whether its emissions are in the buffer (a cached line read as last time has none).
    const scored = new Uint8Array(lines.length);
    let at = 0;
    // Closures, not index loops: with the two loops in `tag` itself, a document seen for the first time cost 9 % more instructions (callgrind).
    lines.forEach((line, position) => {
      const count = line.entries.length;
      if (line.wordScores && this.readAsLastTime(line, topic, stamp)) {
        firstLabels.set(line.last!.firstLabels, at);
      } else {
        this.emissions(line, emissions, at, stamp);
        greedyLabels(emissions, count, transitions, at, firstLabels);
        scored[position] = 1;
        if (line.wordScores) line.last = { topic, codes: this.contextCodes(line, stamp), firstLabels: firstLabels.slice(at, at + count), masks: null, labels: null };
      }
      at += count;
    });
    markHistory(lines, firstLabels, stamp);
    const labels = new Uint8Array(wordCount);
    const tagged: TaggedLine[] = [];
    at = 0;
    lines.forEach((line, position) => {
      const { entries, last } = line;
      if (scored[position] === 0 && last?.labels && sameMasks(last.masks!, entries, stamp)) {
        labels.set(last.labels, at);
      } else {
        if (scored[position] === 0) this.emissions(line, emissions, at, stamp);
        for (let index = 0; index < entries.length; index++) {
          // historyMaskOf: a capitalized word reads the types of its form, the others nothing.
          if (entries[index]!.capitalized) add(emissions, (at + index) * LABEL_COUNT, this.histories, maskOf(entries[index]!, stamp) * LABEL_COUNT);
        }
        bestLabels(emissions, entries.length, transitions, this.scratch, at, labels);
        if (last) {
          last.masks = historyMasks(entries, stamp);
          last.labels = labels.slice(at, at + entries.length);
        }
      }
      tagged.push({ offset: offsets[position]!, tokens: line.tokens, style: line.style, labels: labels.subarray(at, at + entries.length), cues: line.cues });
      at += entries.length;
    });
    return tagged;
  }

  /** Whether the cached line's words stand as when it was last labelled: the same topic and context codes. */
  private readAsLastTime(line: Line, topic: string, stamp: number): boolean {
    const { last } = line;
    if (!last || last.topic !== topic) return false;
    const { entries, styleIndex } = line;
    for (let index = 0; index < entries.length; index++) {
      if (last.codes[index] !== this.contextCode(entries, index, styleIndex, stamp)) return false;
    }
    return true;
  }

  private contextCodes(line: Line, stamp: number): Uint16Array {
    const codes = new Uint16Array(line.entries.length);
    for (let index = 0; index < codes.length; index++) codes[index] = this.contextCode(line.entries, index, line.styleIndex, stamp);
    return codes;
  }

  private contextCode(entries: readonly WordEntry[], index: number, styleIndex: number, stamp: number): number {
    const { lexeme, contextBits } = entries[index]!;
    const sentenceStart = index === 0 || entries[index - 1]!.endsSentence;
    return contextCodeOf(styleIndex, contextBits, sentenceStart, lexeme.lowerSeenIn === stamp, lexeme.capitalSeenIn === stamp);
  }

  /** Writes the line's emissions from `at`: its word scores plus what depends on the document (context flags, topic). */
  private emissions(line: Line, emissions: Float32Array, at: number, stamp: number): void {
    const { entries, wordScores, styleIndex } = line;
    if (wordScores) emissions.set(wordScores, at * LABEL_COUNT);
    else this.wordScores(entries, emissions, at * LABEL_COUNT);
    for (let index = 0; index < entries.length; index++) {
      const code = this.contextCode(entries, index, styleIndex, stamp);
      const base = (at + index) * LABEL_COUNT;
      add(emissions, base, this.contexts, code * LABEL_COUNT);
      const topicSlot = this.topicSlots[code]!;
      if (topicSlot >= 0) add(emissions, base, this.topics, topicSlot * LABEL_COUNT);
    }
  }

  private line(text: string, stamp: number): Line {
    const cached = this.lineCache.get(text) ?? this.documentLines.get(text);
    if (cached) {
      cached.usedIn = stamp;
      return cached;
    }
    const tokens = tokenizeLine(text, 0);
    const { words, entries, style } = analyseLine(tokens.map(textOf), this.entryOf, true);
    const admitted = this.seenBefore.admit(text) && this.lineCache.size < this.cachedLines;
    const wordScores = admitted ? this.wordScores(entries, new Float32Array(entries.length * LABEL_COUNT), 0) : null;
    const line: Line = { tokens, cues: wordCuesOf(tokens), words, entries, style, styleIndex: STYLES.indexOf(style), wordScores, usedIn: stamp, last: null };
    if (admitted) this.lineCache.set(text, line);
    else this.documentLines.set(text, line);
    return line;
  }

  /** Drops the cached lines that no document since `document` used. */
  private evictLines(document: number): void {
    for (const [text, line] of this.lineCache) if (line.usedIn < document) this.lineCache.delete(text);
  }

  /** Writes the word scores of a line's entries into `scores` from `from` and returns it. */
  private wordScores(entries: readonly WordEntry[], scores: Float32Array, from: number): Float32Array {
    const vectors = this.vectors.sums;
    for (let index = 0; index < entries.length; index++) {
      const base = from + index * LABEL_COUNT;
      const own = entries[index]!.vector;
      for (let label = 0; label < LABEL_COUNT; label++) scores[base + label] = vectors[own + label]!;
      for (let slot = 0; slot < NEIGHBOUR_OFFSETS.length; slot++) {
        const neighbour = entries[index + NEIGHBOUR_OFFSETS[slot]!];
        if (neighbour) add(scores, base, vectors, neighbour.vector + (slot + 1) * LABEL_COUNT);
        else add(scores, base, this.edges, slot * LABEL_COUNT);
      }
    }
    return scores;
  }

  private entry(word: string): WordEntry {
    // Every feature reads a word with its digits folded (normalizeWord, wordShape), so "1996" and
    // "2025" share an entry: numbers would otherwise fill most of the cache.
    const key = hasDigit(word) ? word.replace(DIGITS, '0') : word;
    let entry = this.words.get(key);
    if (!entry) {
      const forms = formsOf(word, this.model.firstNames, this.model.clusters);
      const vector = this.vectors.add();
      this.addWordWeights(forms, vector);
      const info = wordInfoOf(word, this.model.commonWords, forms, this.model.ordinaryWords);
      let lexeme = this.lexemes.get(info.lower);
      if (!lexeme) {
        lexeme = new Lexeme();
        this.lexemes.set(info.lower, lexeme);
      }
      // A word with digits never ends a sentence, so the folded key does not change the answer.
      entry = {
        info, vector, lexeme, contextBits: wordContextBits(info), capitalized: isCapitalized(info.casing), lowerCase: info.casing === 'lower', endsSentence: endsSentence(word),
      };
      this.words.set(key, entry);
    }
    return entry;
  }

  /** Adds a new word's own and neighbour weights (see VECTOR_SIZE) from `vector`. */
  private addWordWeights(forms: WordForms, vector: number): void {
    if (this.wordRows) return this.wordRows.addWord(forms, this.vectors.sums, vector);
    this.sum(ownFeatures(forms), this.vectors.sums, vector);
    NEIGHBOUR_OFFSETS.forEach((offset, slot) => this.sum(neighbourFeatures(forms, offset), this.vectors.sums, vector + (slot + 1) * LABEL_COUNT));
    if (++this.wordsSummedByKeys === WORD_ROWS_AFTER) this.wordRows = new WordRows(this.model.rows, this.model.weights);
  }

  private sum(keys: readonly string[], vector: Float32Array, from: number): void {
    for (const key of keys) {
      const row = this.model.rows.indexOf(key);
      if (row === ABSENT) continue;
      for (let label = 0; label < LABEL_COUNT; label++) vector[from + label]! += this.model.weights[row * LABEL_COUNT + label]!;
    }
  }
}

/**
 * documentEvidenceOf, written into the lexemes of the document's words: caseEvidence read off the
 * entries' flags, not their infos' casing (a look into one more object per word of every document).
 */
function markCaseEvidence(lines: readonly Line[], stamp: number): void {
  for (let position = 0; position < lines.length; position++) {
    const { entries, style } = lines[position]!;
    if (style !== 'normal') continue;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index]!;
      const evidence = caseEvidence(entry.lowerCase, entry.capitalized, index === 0 || entries[index - 1]!.endsSentence);
      if (evidence === LOWER_EVIDENCE) entry.lexeme.lowerSeenIn = stamp;
      else if (evidence === CAPITAL_EVIDENCE) entry.lexeme.capitalSeenIn = stamp;
    }
  }
}

/** typeMasksOf over the first pass's labels, written into the lexemes of the document's words. */
function markHistory(lines: readonly Line[], firstLabels: Uint8Array, stamp: number): void {
  let at = 0;
  for (let position = 0; position < lines.length; position++) {
    const { entries } = lines[position]!;
    for (let index = 0; index < entries.length; index++) {
      const bit = typeBit(firstLabels[at + index]!);
      if (bit === 0) continue;
      const { lexeme } = entries[index]!;
      if (lexeme.maskIn !== stamp) {
        lexeme.maskIn = stamp;
        lexeme.mask = 0;
      }
      lexeme.mask |= bit;
    }
    at += entries.length;
  }
}

/** The types the first pass gave the word's form in this document (typeMasksOf). */
function maskOf({ lexeme }: WordEntry, stamp: number): number {
  return lexeme.maskIn === stamp ? lexeme.mask : 0;
}

/** Per word, the history mask it reads: its form's types for a capitalized word (historyMaskOf), else 0. */
function historyMasks(entries: readonly WordEntry[], stamp: number): Uint8Array {
  const masks = new Uint8Array(entries.length);
  for (let index = 0; index < entries.length; index++) if (entries[index]!.capitalized) masks[index] = maskOf(entries[index]!, stamp);
  return masks;
}

function sameMasks(masks: Uint8Array, entries: readonly WordEntry[], stamp: number): boolean {
  for (let index = 0; index < entries.length; index++) {
    if (masks[index] !== (entries[index]!.capitalized ? maskOf(entries[index]!, stamp) : 0)) return false;
  }
  return true;
}

function textOf(token: Token): string {
  return token.text;
}

/** What /\d/ tests, without running a pattern per word. */
function hasDigit(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/**
 * Admits a line to the cache on its second sighting. A line seen once is usually a paragraph of a
 * document being indexed that will not come back; caching it would only make the collector copy
 * it. The lines of a document being edited, and furniture shared across a site, come back.
 */
class SecondSighting {
  /** Hashes of lines seen once, by their low bits; a collision merely admits a line early. */
  private readonly hashes = new Int32Array(1 << 16);

  admit(text: string): boolean {
    const hash = fnv1aString(text) | 1;
    const slot = hash & 0xffff;
    if (this.hashes[slot] === hash) return true;
    this.hashes[slot] = hash;
    return false;
  }
}

/**
 * The weight sums of every cached word, one after the other in one buffer: a word costs no typed
 * array of its own, each an object and a backing store for the collector to track.
 */
class WordVectors {
  sums = new Float32Array(1024 * VECTOR_SIZE);
  private size = 0;

  /** Room for one more word's sums, zeroed; returns where they start. */
  add(): number {
    if (this.size + VECTOR_SIZE > this.sums.length) {
      const grown = new Float32Array(2 * this.sums.length);
      grown.set(this.sums);
      this.sums = grown;
    }
    this.size += VECTOR_SIZE;
    return this.size - VECTOR_SIZE;
  }

  /** Forgets every word; the buffer stays, zeroed for the words to come. */
  clear(): void {
    this.sums.fill(0);
    this.size = 0;
  }
}

/** Per-word working buffers of one document, kept and grown by the tagger up to KEPT_BUFFER_WORDS. */
class DocumentBuffers {
  emissions = new Float32Array(0);
  firstLabels = new Uint8Array(0);

  ensure(wordCount: number): DocumentBuffers {
    if (wordCount > KEPT_BUFFER_WORDS) return new DocumentBuffers().allocate(wordCount);
    if (this.firstLabels.length < wordCount) this.allocate(Math.min(Math.max(wordCount, 2 * this.firstLabels.length, 1024), KEPT_BUFFER_WORDS));
    return this;
  }

  private allocate(size: number): DocumentBuffers {
    this.emissions = new Float32Array(size * LABEL_COUNT);
    this.firstLabels = new Uint8Array(size);
    return this;
  }
}

function add(emissions: Float32Array, base: number, vector: Float32Array, from: number): void {
  for (let label = 0; label < LABEL_COUNT; label++) emissions[base + label]! += vector[from + label]!;
}
