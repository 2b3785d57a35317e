/** The engine's public entry: one document's text in, its facts record out. */
import { detectAmounts } from './amounts';
import { detectBoilerplate } from './boilerplate';
import { detectDates } from './dates';
import { toSeedDocument } from './document';
import { readMetadata } from './metadata';
import { detectNames } from './names';
import { detectQuotes } from './quotes';
import type { FactsRecord } from './types';

export interface AnalyzeOptions {
  /** Publication date known from outside the text (an INDEX.yaml); the text's own date wins. */
  published?: string | null;
  /** File name recorded in the facts record. */
  file?: string;
  /** Normalized lines that repeat across many documents of the collection (see `normalizeLine`). */
  repeatedLines?: ReadonlySet<string>;
}

export function analyze(text: string, options: AnalyzeOptions = {}): FactsRecord {
  const document = toSeedDocument(text);
  const metadata = readMetadata(document);
  const published = metadata.published ?? options.published ?? null;
  const publishedFrom = metadata.published ? 'text' : options.published ? 'given' : null;
  const boilerplate = detectBoilerplate(document, {
    title: metadata.title,
    repeatedLines: options.repeatedLines,
  });
  const names = detectNames(document);
  const dates = detectDates(document, published);
  const quotes = detectQuotes(document, names);
  return {
    schema: 'facts/1',
    file: options.file ?? null,
    title: metadata.title,
    published,
    publishedFrom,
    source: metadata.source,
    authors: metadata.authors,
    dates,
    names,
    quotes,
    boilerplate,
    amounts: detectAmounts(document),
    warnings: [],
  };
}
