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
  authors: string[];
  people: string[];
  organizations: string[];
  places: string[];
  /** Number of the article's quotations (not those in boilerplate). */
  quotes: number;
  /** Share of the document's non-blank lines that are boilerplate, 0..1, two decimals: the panel's and status bar's figure. */
  boilerplate: number;
}

/** An INDEX entry lists the most mentioned names; the full list is in the facts record. */
export const NAMES_PER_TYPE = 15;

/** `text` is the document the record was made from. */
export function summarizeDocument(record: FactsRecord, text: string, file = record.file ?? ''): DocumentSummary {
  return {
    file: file.replace(/\\/g, '/'),
    title: record.title,
    published: record.published,
    source: record.source,
    authors: [...record.authors],
    people: mostMentioned(record, 'person'),
    organizations: mostMentioned(record, 'organization'),
    places: mostMentioned(record, 'place'),
    quotes: record.quotes.filter(isArticleMention).length,
    boilerplate: Math.round(boilerplateShare(record, text) * 100) / 100,
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
