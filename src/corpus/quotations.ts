/**
 * Quotations across documents: the same words quoted in other documents, near matches with their
 * word-by-word difference, and the same words given to a different speaker.
 */
import { type ChangeObject, diffWords } from 'diff';
import type { FactsRecord } from '../core/types';
import { isArticleMention } from './article';
import { fnv1aString } from './hash';

export interface QuoteOccurrence {
  file: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface QuoteMatch {
  occurrence: QuoteOccurrence;
  /** Same words once quote marks, case and punctuation are set aside. */
  exact: boolean;
  /** Share of shared word 3-grams (of the shorter quotation, so a partial quotation matches its whole). */
  similarity: number;
  /** From the queried quotation's words to this one's; empty when exact. */
  difference: ChangeObject<string>[];
  /** Both speakers known and not the same person (surnames compared). */
  differentSpeaker: boolean;
}

/** Near matches share at least this much of the shorter quotation's word 3-grams. */
export const QUOTE_SIMILARITY = 0.6;
const SHINGLE_WORDS = 3;
/** A 3-gram found in more quotations than this ("we will not") says nothing about which ones match. */
const MAX_POSTINGS = 200;

export class QuoteIndex {
  private readonly byText = new Map<string, QuoteOccurrence[]>();
  /** Per word 3-gram, the quotations (normalized) that have it. */
  private readonly shingles = new Map<number, Set<string>>();
  /** Per document, its place among the documents (a replaced one keeps it) and its quotations. */
  private readonly documents = new Map<string, { order: number; keys: string[] }>();
  private nextOrder = 0;

  constructor(records: Iterable<FactsRecord>) {
    for (const record of records) this.replace(record.file ?? '', record);
  }

  /** A document added, changed (it keeps its place) or, without a record, removed. */
  replace(file: string, record: FactsRecord | undefined): void {
    const before = this.documents.get(file);
    for (const key of new Set(before?.keys)) {
      const occurrences = this.byText.get(key)!.filter((occurrence) => occurrence.file !== file);
      if (occurrences.length > 0) this.byText.set(key, occurrences);
      else this.forget(key);
    }
    if (!record) {
      this.documents.delete(file);
      return;
    }
    const order = before?.order ?? this.nextOrder++;
    const keys: string[] = [];
    this.documents.set(file, { order, keys });
    for (const { start, end, text, speaker } of record.quotes.filter(isArticleMention)) {
      const key = normalizeQuote(text);
      if (key === '') continue;
      keys.push(key);
      let occurrences = this.byText.get(key);
      if (!occurrences) {
        this.byText.set(key, (occurrences = []));
        for (const shingle of shinglesOf(key)) {
          const postings = this.shingles.get(shingle) ?? new Set<string>();
          postings.add(key);
          this.shingles.set(shingle, postings);
        }
      }
      // Occurrences stay in document order (this document's earlier ones have its order, so come first).
      const at = occurrences.findIndex((occurrence) => this.documents.get(occurrence.file)!.order > order);
      occurrences.splice(at < 0 ? occurrences.length : at, 0, { file, start, end, text, speaker });
    }
  }

  private forget(key: string): void {
    this.byText.delete(key);
    for (const shingle of shinglesOf(key)) {
      const postings = this.shingles.get(shingle)!;
      postings.delete(key);
      if (postings.size === 0) this.shingles.delete(shingle);
    }
  }

  /** Other occurrences of this quotation or of near matches, in other documents or elsewhere in its own. */
  matchesFor(quote: QuoteOccurrence): QuoteMatch[] {
    const key = normalizeQuote(quote.text);
    const own = shinglesOf(key);
    const shared = new Map<string, number>();
    for (const shingle of own) {
      const postings = this.shingles.get(shingle);
      if (!postings || postings.size > MAX_POSTINGS) continue;
      for (const candidate of postings) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
    }
    const matches: QuoteMatch[] = [];
    for (const other of this.byText.get(key) ?? []) {
      if (other.file === quote.file && other.start === quote.start) continue;
      matches.push({ occurrence: other, exact: true, similarity: 1, difference: [], differentSpeaker: differentSpeakers(quote.speaker, other.speaker) });
    }
    for (const [candidate, count] of shared) {
      if (candidate === key) continue;
      const similarity = count / Math.max(1, Math.min(own.size, shinglesOf(candidate).size));
      if (similarity < QUOTE_SIMILARITY) continue;
      for (const other of this.byText.get(candidate) ?? []) {
        const difference = diffWords(stripQuoteMarks(quote.text), stripQuoteMarks(other.text), { ignoreCase: true });
        matches.push({ occurrence: other, exact: false, similarity, difference, differentSpeaker: differentSpeakers(quote.speaker, other.speaker) });
      }
    }
    return matches.sort((a, b) => Number(b.exact) - Number(a.exact) || b.similarity - a.similarity || a.occurrence.file.localeCompare(b.occurrence.file) || a.occurrence.start - b.occurrence.start);
  }

  /** Quotations found in more than one document, each with every occurrence, in the order of their first. */
  shared(): QuoteOccurrence[][] {
    const orderOf = (occurrence: QuoteOccurrence): number => this.documents.get(occurrence.file)!.order;
    return [...this.byText.values()]
      .filter((occurrences) => new Set(occurrences.map((o) => o.file)).size > 1)
      .sort(([a], [b]) => orderOf(a!) - orderOf(b!) || a!.start - b!.start);
  }
}

const QUOTE_MARKS = /^[\s"“”«»„‟'‘’‹›]+|[\s"“”«»„‟'‘’‹›]+$/g;

function stripQuoteMarks(text: string): string {
  return text.replace(QUOTE_MARKS, '');
}

export function normalizeQuote(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function shinglesOf(normalized: string): Set<number> {
  const words = normalized.split(' ');
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= Math.max(words.length, SHINGLE_WORDS); i++) {
    shingles.add(fnv1aString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return shingles;
}

function differentSpeakers(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const surname = (name: string): string => name.trim().split(/\s+/).pop()!.toLowerCase();
  return surname(a) !== surname(b);
}
