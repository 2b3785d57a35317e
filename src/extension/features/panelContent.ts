/** What the side panel shows, built from facts records and INDEX.yaml entries. */
import * as vscode from 'vscode';
import type { Corrections } from '../../core/corrections';
import { englishOnlyNotice } from '../../core/language';
import { boilerplateShare } from '../../core/summary';
import type { FactsRecord, Span } from '../../core/types';
import { articleFacts, pageFacts } from '../../corpus/article';
import { entryTags } from '../../corpus/reviewFields';
import type { QuoteMatch } from '../../corpus/quotations';
import type { CollectionFacts, DocumentState, IndexRow, IndexState, Located, PageItem, QuoteElsewhere } from '../../webview/messages';
import type { DocumentAnalysis } from '../analysisService';
import { baseName, findSeedFiles, groupByFolder } from '../collection';
import type { CollectionIndex, IndexedSeed } from '../collectionIndex';
import { entityMentions } from '../entityMentions';
import { readIndexEntries } from '../indexFile';
import { otherQuotations } from '../quotationsElsewhere';
import { entityMenu, notNameItems } from '../nameCorrections';

export function documentState(analysis: DocumentAnalysis | undefined, collection: CollectionIndex, applied?: Corrections): DocumentState {
  if (!analysis) return { kind: 'none' };
  const { document, facts, skipped } = analysis;
  const file = vscode.workspace.asRelativePath(document.uri);
  if (!facts) return { kind: 'skipped', file, reason: skipped ?? 'Analysing…' };
  const uri = document.uri.toString();
  const at = (span: Span): Located => ({ uri, start: span.start, end: span.end });
  const article = articleFacts(facts);
  const entityItems = (type: 'person' | 'organization' | 'place') =>
    entityMentions(article, type).map((entity) => ({ ...at(entity.first), name: entity.canonical, mentions: entity.mentions, menu: entityMenu(uri, facts, entity.first.start, applied) }));
  return {
    kind: 'facts',
    view: {
      uri,
      file,
      title: facts.title,
      published: facts.published,
      source: facts.source,
      outlet: facts.outlet,
      authors: facts.authors,
      people: entityItems('person'),
      organizations: entityItems('organization'),
      places: entityItems('place'),
      dates: article.dates.map((date) => ({ ...at(date), text: date.text, value: date.value })),
      quotes: article.quotes.map((quote) => ({ ...at(quote), text: quote.text, speaker: quote.speaker, elsewhere: otherQuotations(collection, document.uri, quote).map(elsewhere) })),
      amounts: facts.amounts.map((amount) => ({ ...at(amount), text: amount.text })),
      onPage: pageItems(facts, at),
      notNames: notNameItems(uri, document.getText(), applied),
      boilerplateShare: `${Math.round(boilerplateShare(facts, document.getText()) * 100)}%`,
      warnings: [englishOnlyNotice(facts.language), ...facts.warnings].filter((warning): warning is string => warning !== null),
    },
  };
}

/** The page's mentions in boilerplate, in text order. */
function pageItems(facts: FactsRecord, at: (span: Span) => Located): PageItem[] {
  const { names, dates, quotes } = pageFacts(facts);
  return [
    ...names.map((name): PageItem => ({ ...at(name), kind: name.type, text: name.text })),
    ...dates.map((date): PageItem => ({ ...at(date), kind: 'date', text: date.text })),
    ...quotes.map((quote): PageItem => ({ ...at(quote), kind: 'quotation', text: quote.text })),
  ].sort((a, b) => a.start - b.start);
}

function elsewhere({ occurrence, exact, differentSpeaker, difference }: QuoteMatch): QuoteElsewhere {
  const uri = vscode.Uri.parse(occurrence.file);
  return {
    uri: occurrence.file,
    start: occurrence.start,
    end: occurrence.end,
    file: vscode.workspace.asRelativePath(uri),
    text: occurrence.text,
    speaker: occurrence.speaker,
    exact,
    differentSpeaker,
    difference: difference.map((part) => ({ value: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' })),
  };
}

/**
 * One row per seed file, from the collection index (the analysis the Document tab and INDEX.yaml
 * show), with the review status from the folder's INDEX.yaml and the collection's gaps and
 * duplicate groups. A file the index could not read says why.
 */
export async function indexState(collection: CollectionIndex): Promise<IndexState> {
  await collection.upToDate();
  const rows: IndexRow[] = [];
  const facts: CollectionFacts = { gaps: [], duplicates: [], problems: [] };
  for (const { folder, files } of groupByFolder(await findSeedFiles()).values()) {
    const index = await readIndexEntries(folder);
    if (!index.ok) facts.problems.push(index.problem);
    const folderIndex = collection.folderIndex(folder);
    const seeds = new Map(folderIndex?.seeds.map((seed) => [seed.uri.toString(), seed]));
    const errors = new Map(folderIndex?.collection.errors.map((error) => [error.file, error.message]));
    const inFolder = (name: string) => vscode.workspace.asRelativePath(vscode.Uri.joinPath(folder, name));
    facts.gaps.push(...(folderIndex?.collection.gaps ?? []).map(inFolder));
    facts.duplicates.push(...(folderIndex?.collection.duplicates ?? []).map((group) => group.map(inFolder)));
    // Groups list their original first.
    const originals = new Map((folderIndex?.collection.duplicates ?? []).flatMap(([original, ...copies]) => copies.map((copy) => [copy, inFolder(original!)] as const)));
    for (const uri of files) {
      const entry = index.ok ? index.entries.get(baseName(uri)) : undefined;
      const review: Review = { status: entry?.status ?? null, tags: entry ? entryTags(entry) : [], duplicateOf: originals.get(baseName(uri)) ?? null };
      const seed = seeds.get(uri.toString());
      const row = seed ? rowFromSeed(seed, review) : unindexedRow(uri, errors.get(baseName(uri)) ?? 'not indexed yet', review);
      rows.push(index.ok ? row : { ...row, problem: index.problem });
    }
  }
  return { status: 'ready', rows, collection: facts };
}

/** What INDEX.yaml and the collection say of a row's document. */
type Review = Pick<IndexRow, 'status' | 'tags' | 'duplicateOf'>;

function rowFromSeed({ uri, record, summary }: IndexedSeed, review: Review): IndexRow {
  const article = articleFacts(record);
  const names = (type: 'person' | 'organization' | 'place') => [...new Set(article.names.filter((name) => name.type === type).map((name) => name.canonical))];
  return {
    uri: uri.toString(),
    file: vscode.workspace.asRelativePath(uri),
    published: summary.published,
    title: summary.title,
    source: summary.source,
    names: new Set(article.names.map((name) => `${name.type}:${name.canonical}`)).size,
    dates: article.dates.length,
    quotes: summary.quotes,
    problem: null,
    outlet: summary.outlet ?? null,
    authors: summary.authors,
    people: names('person'),
    organizations: names('organization'),
    places: names('place'),
    language: summary.language ?? null,
    ...review,
  };
}

function unindexedRow(uri: vscode.Uri, problem: string, review: Review): IndexRow {
  const empty = { outlet: null, authors: [], people: [], organizations: [], places: [], language: null };
  return { uri: uri.toString(), file: vscode.workspace.asRelativePath(uri), published: null, title: null, source: null, names: null, dates: null, quotes: null, problem, ...empty, ...review };
}
