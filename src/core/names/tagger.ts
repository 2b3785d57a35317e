/**
 * Labels every word of a document with the trained model, in two passes: the second adds what
 * the first said about the same word elsewhere in the document (history.ts). A word's own and
 * neighbour features depend on the word alone, so their weight sums are computed once per
 * distinct word and kept (the editor re-analyses the same text on every keystroke); per
 * occurrence only sums are added.
 */
import type { SeedDocument } from '../document';
import { fnv1aString } from '../hash';
import {
  CONTEXT_CODES, LABEL_COUNT, NEIGHBOUR_OFFSETS, STYLES, analyseLine, contextFeatures, contextOfCode,
  documentEvidenceOf, formsOf, isCapitalized, lineContextCodes, neighbourFeatures, ownFeatures, topicFeatures, wordInfoOf,
} from './features';
import type { AnalysedLine, LineStyle, WordInfo } from './features';
import { HISTORY_MASKS, NO_HISTORY, historyFeatures, historyMaskOf, typeMasksOf } from './history';
import type { NamesModel } from './model';
import { type Token, tokenizeLine } from './tokenize';
import { ViterbiScratch, bestLabels, greedyLabels } from './viterbi';

export interface TaggedLine {
  /** Offset of the line in the document: token offsets are relative to it. */
  offset: number;
  tokens: Token[];
  style: LineStyle;
  /** Index into LABELS per token. */
  labels: Uint8Array;
}

interface WordEntry {
  info: WordInfo;
  /** Weight sums: own features, then as the neighbour at each of NEIGHBOUR_OFFSETS. */
  vector: Float32Array;
}

type Line = AnalysedLine & {
  tokens: Token[];
  entries: WordEntry[];
  /** Emission sums of the words' own and neighbour features: they depend on the line alone. */
  wordScores: Float32Array;
};

const HAS_DIGIT = /\d/;
const DIGITS = /\d/g;

/** Slots of a word's vector: its own features, then one per neighbour offset. */
const SLOTS = 1 + NEIGHBOUR_OFFSETS.length;
/** Past this many distinct words the word cache starts over, so memory stays bounded. */
const WORD_CACHE_LIMIT = 60_000;
/**
 * Lines cost far more than words (tokens and a score vector each, about 8 KB): enough for the
 * documents being edited (a 4 KB article has under a hundred lines); each index worker holds a
 * full cache, and 5,000 lines cost it 33 MB more peak memory over 10,000 documents for no speed.
 */
const LINE_CACHE_LIMIT = 1_000;
/** Words of the largest document whose working buffers are kept between calls (about 2 MB); longer ones get their own. */
const KEPT_BUFFER_WORDS = 64_000;

export class NamesTagger {
  private readonly words = new Map<string, WordEntry>();
  /** Line text -> its tokens (offsets relative to the line) and words; most lines survive an edit. */
  private readonly lineCache = new Map<string, Line>();
  private readonly scratch = new ViterbiScratch();
  private readonly buffers = new DocumentBuffers();
  private readonly seenBefore = new SecondSighting();
  private readonly contexts = new Float32Array(CONTEXT_CODES * LABEL_COUNT);
  private readonly edges = new Float32Array(NEIGHBOUR_OFFSETS.length * LABEL_COUNT);
  private readonly histories = new Float32Array(HISTORY_MASKS * LABEL_COUNT);
  /** Per context code: the index in STYLES of a capitalized word's line, -1 for other words. */
  private readonly topicSlots = new Int8Array(CONTEXT_CODES);

  constructor(private readonly model: NamesModel) {
    for (let code = 0; code < CONTEXT_CODES; code++) {
      const context = contextOfCode(code);
      this.sum(contextFeatures(context), this.contexts, code * LABEL_COUNT);
      this.topicSlots[code] = isCapitalized(context.casing) ? STYLES.indexOf(context.style) : -1;
    }
    NEIGHBOUR_OFFSETS.forEach((offset, slot) => this.sum(neighbourFeatures(null, offset), this.edges, slot * LABEL_COUNT));
    for (let mask = 0; mask < HISTORY_MASKS; mask++) this.sum(historyFeatures(mask), this.histories, mask * LABEL_COUNT);
  }

  tag(document: SeedDocument): TaggedLine[] {
    if (this.words.size > WORD_CACHE_LIMIT) this.words.clear();
    if (this.lineCache.size > LINE_CACHE_LIMIT) this.lineCache.clear();
    const lines: Line[] = [];
    const offsets: number[] = [];
    for (const { text, start } of document.lines) {
      const line = this.line(text);
      if (line.tokens.length === 0) continue;
      lines.push(line);
      offsets.push(start);
    }
    // Every line's words sit in document-wide buffers, at `firsts[position]`: one allocation per
    // document instead of a handful per line (small typed arrays cost the collector dearly).
    const firsts = new Uint32Array(lines.length + 1);
    lines.forEach((line, position) => (firsts[position + 1] = firsts[position]! + line.words.length));
    const wordCount = firsts[lines.length]!;
    const { emissions, codes, firstLabels } = this.buffers.ensure(wordCount);
    const evidence = documentEvidenceOf(lines);
    const topics = new Float32Array(STYLES.length * LABEL_COUNT);
    STYLES.forEach((style, slot) => this.sum(topicFeatures(evidence.topic, style), topics, slot * LABEL_COUNT));
    const { transitions } = this.model;
    lines.forEach((line, position) => {
      const at = firsts[position]!;
      this.emissions(line, lineContextCodes(line, evidence, codes, at), topics, emissions, at);
      greedyLabels(emissions, line.words.length, transitions, at, firstLabels);
    });
    const masks = typeMasksOf(lines.map((line, position) => ({ infos: line.infos, labels: firstLabels.subarray(firsts[position]!, firsts[position + 1]!) })));
    const labels = new Uint8Array(wordCount);
    return lines.map((line, position) => {
      const at = firsts[position]!;
      line.infos.forEach((info, index) => {
        const history = historyMaskOf(info, masks);
        if (history !== NO_HISTORY) add(emissions, (at + index) * LABEL_COUNT, this.histories, history * LABEL_COUNT);
      });
      bestLabels(emissions, line.words.length, transitions, this.scratch, at, labels);
      return { offset: offsets[position]!, tokens: line.tokens, style: line.style, labels: labels.subarray(at, firsts[position + 1]!) };
    });
  }

  /** Writes the line's emissions from `at`: its word scores plus what depends on the document (context flags, topic). */
  private emissions(line: Line, codes: Uint16Array, topics: Float32Array, emissions: Float32Array, at: number): void {
    emissions.set(line.wordScores, at * LABEL_COUNT);
    for (let index = 0; index < line.words.length; index++) {
      const base = (at + index) * LABEL_COUNT;
      const code = codes[at + index]!;
      add(emissions, base, this.contexts, code * LABEL_COUNT);
      const topicSlot = this.topicSlots[code]!;
      if (topicSlot >= 0) add(emissions, base, topics, topicSlot * LABEL_COUNT);
    }
  }

  private line(text: string): Line {
    const cached = this.lineCache.get(text);
    if (cached) return cached;
    const tokens = tokenizeLine(text, 0);
    const analysed = analyseLine(tokens.map((token) => token.text), (word) => this.entry(word));
    const line = { ...analysed, tokens, wordScores: this.wordScores(analysed.entries) };
    if (this.seenBefore.admit(text)) this.lineCache.set(text, line);
    return line;
  }

  private wordScores(entries: readonly WordEntry[]): Float32Array {
    const scores = new Float32Array(entries.length * LABEL_COUNT);
    for (let index = 0; index < entries.length; index++) {
      const base = index * LABEL_COUNT;
      add(scores, base, entries[index]!.vector, 0);
      for (let slot = 0; slot < NEIGHBOUR_OFFSETS.length; slot++) {
        const neighbour = entries[index + NEIGHBOUR_OFFSETS[slot]!];
        if (neighbour) add(scores, base, neighbour.vector, (slot + 1) * LABEL_COUNT);
        else add(scores, base, this.edges, slot * LABEL_COUNT);
      }
    }
    return scores;
  }

  private entry(word: string): WordEntry {
    // Every feature reads a word with its digits folded (normalizeWord, wordShape), so "1996" and
    // "2025" share an entry: numbers would otherwise fill most of the cache.
    const key = HAS_DIGIT.test(word) ? word.replace(DIGITS, '0') : word;
    let entry = this.words.get(key);
    if (!entry) {
      const forms = formsOf(word);
      const vector = new Float32Array(SLOTS * LABEL_COUNT);
      this.sum(ownFeatures(forms), vector, 0);
      NEIGHBOUR_OFFSETS.forEach((offset, slot) => this.sum(neighbourFeatures(forms, offset), vector, (slot + 1) * LABEL_COUNT));
      entry = { info: wordInfoOf(word, this.model.commonWords, forms, this.model.ordinaryWords), vector };
      this.words.set(key, entry);
    }
    return entry;
  }

  private sum(keys: readonly string[], vector: Float32Array, from: number): void {
    for (const key of keys) {
      const row = this.model.rows.get(key);
      if (row === undefined) continue;
      for (let label = 0; label < LABEL_COUNT; label++) vector[from + label]! += this.model.weights[row * LABEL_COUNT + label]!;
    }
  }
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

/** Per-word working buffers of one document, kept and grown by the tagger up to KEPT_BUFFER_WORDS. */
class DocumentBuffers {
  emissions = new Float32Array(0);
  codes = new Uint16Array(0);
  firstLabels = new Uint8Array(0);

  ensure(wordCount: number): DocumentBuffers {
    if (wordCount > KEPT_BUFFER_WORDS) return new DocumentBuffers().allocate(wordCount);
    if (this.codes.length < wordCount) this.allocate(Math.min(Math.max(wordCount, 2 * this.codes.length, 1024), KEPT_BUFFER_WORDS));
    return this;
  }

  private allocate(size: number): DocumentBuffers {
    this.emissions = new Float32Array(size * LABEL_COUNT);
    this.codes = new Uint16Array(size);
    this.firstLabels = new Uint8Array(size);
    return this;
  }
}

function add(emissions: Float32Array, base: number, vector: Float32Array, from: number): void {
  for (let label = 0; label < LABEL_COUNT; label++) emissions[base + label]! += vector[from + label]!;
}
