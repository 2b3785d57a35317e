/** One document's entry in INDEX.yaml, made from its facts record. */
import { boilerplateShare } from '../core/summary';
import type { FactsRecord, NameType } from '../core/types';
import { isArticleMention } from './article';

export interface DocumentSummary {
  /** File name relative to the collection folder, as INDEX.yaml lists it. */
  file: string;
  title: string | null;
  published: string | null;
  source: string | null;
  /** The site or publication whose page the document is (FACTS `outlet`). */
  outlet?: string | null;
  authors: string[];
  people: string[];
  organizations: string[];
  places: string[];
  /** Number of the article's quotations (not those in boilerplate). */
  quotes: number;
  /** Share of the document's non-blank lines that are boilerplate, 0..1, two decimals: the panel's and status bar's figure. */
  boilerplate: number;
  /** Characters of the text outside boilerplate: the longer of two equally early wire copies is the original. */
  characters?: number;
  /** ISO 639-3 code of the article's language (facts record `language`); null when too little text to tell. */
  language?: string | null;
  /** Set by the collection, not the engine: the original this document is a near-duplicate of. */
  duplicateOf?: string;
}

/** An INDEX entry lists the most mentioned names; the full list is in the facts record. */
export const NAMES_PER_TYPE = 15;

/**
 * `text` is the document the record was made from; `file` is its name as INDEX.yaml keys it, kept
 * byte for byte (callers give "/" between folders): `c\d.txt` is a legal name on Linux and macOS.
 */
export function summarizeDocument(record: FactsRecord, text: string, file = record.file ?? ''): DocumentSummary {
  return summarizeRecord(record, roundedBoilerplateShare(record, text), file, articleCharacters(record, text));
}

/** Characters of the text outside boilerplate. */
export function articleCharacters(record: FactsRecord, text: string): number {
  return text.length - record.boilerplate.reduce((sum, region) => sum + region.end - region.start, 0);
}

/** The boilerplate figure an INDEX entry shows, from the text the record was made from. */
export function roundedBoilerplateShare(record: FactsRecord, text: string): number {
  return Math.round(boilerplateShare(record, text) * 100) / 100;
}

/**
 * The entry from a record alone, given its boilerplate figure and article length (a record shard
 * carries both; see `facts --jsonl --with-profile`).
 */
export function summarizeRecord(record: FactsRecord, boilerplate: number, file = record.file ?? '', characters?: number): DocumentSummary {
  return {
    file,
    title: record.title,
    published: record.published,
    source: record.source,
    outlet: record.outlet,
    authors: [...record.authors],
    language: record.language ?? null,
    people: mostMentioned(record, 'person'),
    organizations: mostMentioned(record, 'organization'),
    places: mostMentioned(record, 'place'),
    quotes: record.quotes.filter(isArticleMention).length,
    boilerplate,
    ...(characters === undefined ? {} : { characters }),
  };
}

/**
 * Canonical names of one type mentioned in the article, most mentioned first; ties in order of
 * first mention. Names in boilerplate (related-story lists) belong to other stories.
 */
function mostMentioned(record: FactsRecord, type: NameType): string[] {
  const counts = new Map<string, number>();
  for (const name of record.names) {
    if (name.type !== type || !isArticleMention(name)) continue;
    counts.set(name.canonical, (counts.get(name.canonical) ?? 0) + 1);
  }
  // Map iteration is insertion order and the sort is stable, so ties keep first-mention order.
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, NAMES_PER_TYPE).map(([name]) => name);
}
