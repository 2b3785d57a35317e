/** What the side panel shows, built from facts records and INDEX.yaml entries. */
import * as vscode from 'vscode';
import { boilerplateShare } from '../../core/summary';
import type { FactsRecord, Span } from '../../core/types';
import { articleFacts, pageFacts } from '../../corpus/article';
import type { QuoteMatch } from '../../corpus/quotations';
import type { DocumentSummary } from '../../corpus/summary';
import type { CollectionFacts, DocumentState, IndexRow, IndexState, Located, PageItem, QuoteElsewhere } from '../../webview/messages';
import type { DocumentAnalysis } from '../analysisService';
import { analyseSeed, baseName, findSeedFiles, groupByFolder } from '../collection';
import type { CollectionIndex } from '../collectionIndex';
import { entityMentions } from '../entityMentions';
import { readIndexEntries, type IndexEntry } from '../indexFile';
import { otherQuotations } from '../quotationsElsewhere';

export function documentState(analysis: DocumentAnalysis | undefined, collection: CollectionIndex): DocumentState {
  if (!analysis) return { kind: 'none' };
  const { document, facts, skipped } = analysis;
  const file = vscode.workspace.asRelativePath(document.uri);
  if (!facts) return { kind: 'skipped', file, reason: skipped ?? 'not analysed' };
  const uri = document.uri.toString();
  const at = (span: Span): Located => ({ uri, start: span.start, end: span.end });
  const article = articleFacts(facts);
  const entityItems = (type: 'person' | 'organization' | 'place') =>
    entityMentions(article, type).map((entity) => ({ ...at(entity.first), name: entity.canonical, mentions: entity.mentions }));
  return {
    kind: 'facts',
    view: {
      uri,
      file,
      title: facts.title,
      published: facts.published,
      source: facts.source,
      authors: facts.authors,
      people: entityItems('person'),
      organizations: entityItems('organization'),
      places: entityItems('place'),
      dates: article.dates.map((date) => ({ ...at(date), text: date.text, value: date.value })),
      quotes: article.quotes.map((quote) => ({ ...at(quote), text: quote.text, speaker: quote.speaker, elsewhere: otherQuotations(collection, document.uri, quote).map(elsewhere) })),
      amounts: facts.amounts.map((amount) => ({ ...at(amount), text: amount.text })),
      onPage: pageItems(facts, at),
      boilerplateShare: `${Math.round(boilerplateShare(facts, document.getText()) * 100)}%`,
      warnings: facts.warnings,
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
 * One row per seed file: from the folder's INDEX.yaml when it holds the file's facts, else from the
 * collection index, else (not indexed yet) by analysing the file; with the collection's gaps and
 * duplicate groups.
 */
export async function indexState(collection: CollectionIndex): Promise<IndexState> {
  const rows: IndexRow[] = [];
  const facts: CollectionFacts = { gaps: [], duplicates: [], problems: [] };
  const indexed = new Map(collection.allFolders().map((folder) => [folder.folder.toString(), folder]));
  for (const { folder, files } of groupByFolder(await findSeedFiles()).values()) {
    const index = await readIndexEntries(folder);
    if (!index.ok) facts.problems.push(index.problem);
    const folderIndex = indexed.get(folder.toString());
    const summaries = new Map(folderIndex?.seeds.map((seed) => [seed.uri.toString(), seed.summary]));
    const inFolder = (name: string) => vscode.workspace.asRelativePath(vscode.Uri.joinPath(folder, name));
    facts.gaps.push(...(folderIndex?.collection.gaps ?? []).map(inFolder));
    facts.duplicates.push(...(folderIndex?.collection.duplicates ?? []).map((group) => group.map(inFolder)));
    for (const uri of files) {
      const entry = index.ok ? index.entries.get(baseName(uri)) : undefined;
      const summary = summaries.get(uri.toString());
      // Entries a pipeline wrote (file, published) have no facts yet: those come from the analysis.
      const row = entry && 'title' in entry.fields ? rowFromEntry(uri, entry) : summary ? rowFromSummary(uri, summary, entry) : await rowFromAnalysis(uri, entry);
      rows.push(index.ok ? row : { ...row, problem: index.problem });
    }
  }
  return { status: 'ready', rows, collection: facts };
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function count(value: unknown): number | null {
  return Array.isArray(value) ? value.length : typeof value === 'number' ? value : null;
}

function rowFromEntry(uri: vscode.Uri, entry: IndexEntry): IndexRow {
  const fields = entry.fields;
  const names = [fields.people, fields.organizations, fields.places].map(count);
  return {
    uri: uri.toString(),
    file: vscode.workspace.asRelativePath(uri),
    published: entry.published,
    title: text(fields.title),
    source: entry.source,
    names: names.every((value) => value === null) ? null : names.reduce<number>((sum, value) => sum + (value ?? 0), 0),
    dates: count(fields.dates),
    quotes: count(fields.quotes),
    origin: 'index-file',
    problem: null,
    status: entry.status,
  };
}

function rowFromSummary(uri: vscode.Uri, summary: DocumentSummary, entry: IndexEntry | undefined): IndexRow {
  return {
    uri: uri.toString(),
    file: vscode.workspace.asRelativePath(uri),
    published: entry?.published ?? summary.published,
    title: summary.title,
    source: entry?.source ?? summary.source,
    names: summary.people.length + summary.organizations.length + summary.places.length,
    dates: null,
    quotes: summary.quotes,
    origin: 'analysis',
    problem: null,
    status: entry?.status ?? null,
  };
}

async function rowFromAnalysis(uri: vscode.Uri, entry: IndexEntry | undefined): Promise<IndexRow> {
  const { facts, problem } = await analyseSeed(uri, entry);
  return {
    uri: uri.toString(),
    file: vscode.workspace.asRelativePath(uri),
    published: facts?.published ?? null,
    title: facts?.title ?? null,
    source: facts?.source ?? null,
    names: facts ? new Set(facts.names.map((name) => `${name.type}:${name.canonical}`)).size : null,
    dates: facts?.dates.length ?? null,
    quotes: facts?.quotes.length ?? null,
    origin: 'analysis',
    problem,
    status: entry?.status ?? null,
  };
}
