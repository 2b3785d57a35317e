/** What the side panel shows, built from facts records and INDEX.yaml entries. */
import * as vscode from 'vscode';
import { boilerplateShare } from '../../core/summary';
import type { Span } from '../../core/types';
import type { DocumentState, IndexRow, Located } from '../../webview/messages';
import type { DocumentAnalysis } from '../analysisService';
import { analyseSeed, baseName, findSeedFiles, groupByFolder } from '../collection';
import { entityMentions } from '../entityMentions';
import { readIndexEntries, type IndexEntry } from '../indexFile';

export function documentState(analysis: DocumentAnalysis | undefined): DocumentState {
  if (!analysis) return { kind: 'none' };
  const { document, facts, skipped } = analysis;
  const file = vscode.workspace.asRelativePath(document.uri);
  if (!facts) return { kind: 'skipped', file, reason: skipped ?? 'not analysed' };
  const uri = document.uri.toString();
  const at = (span: Span): Located => ({ uri, start: span.start, end: span.end });
  const entityItems = (type: 'person' | 'organization' | 'place') =>
    entityMentions(facts, type).map((entity) => ({ ...at(entity.first), name: entity.canonical, mentions: entity.mentions }));
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
      dates: facts.dates.map((date) => ({ ...at(date), text: date.text, value: date.value })),
      quotes: facts.quotes.map((quote) => ({ ...at(quote), text: quote.text, speaker: quote.speaker })),
      amounts: facts.amounts.map((amount) => ({ ...at(amount), text: amount.text })),
      boilerplateShare: `${Math.round(boilerplateShare(facts, document.getText()) * 100)}%`,
      warnings: facts.warnings,
    },
  };
}

/**
 * One row per seed file: from the folder's INDEX.yaml when it holds the file's facts, otherwise by
 * analysing the file (only when the INDEX section is first shown).
 */
export async function indexRows(): Promise<IndexRow[]> {
  const rows: IndexRow[] = [];
  for (const { folder, files } of groupByFolder(await findSeedFiles()).values()) {
    const index = await readIndexEntries(folder);
    for (const uri of files) {
      const entry = index.ok ? index.entries.get(baseName(uri)) : undefined;
      // Entries a pipeline wrote (file, published) have no facts yet: those files are analysed.
      const row = entry && 'title' in entry.fields ? rowFromEntry(uri, entry) : await rowFromAnalysis(uri, entry);
      rows.push(index.ok ? row : { ...row, problem: index.problem });
    }
  }
  return rows;
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
  };
}
