/**
 * Summarize Collection: every seed document of the workspace in one Markdown overview, beside the
 * editor, from the collection index (the same analyses the panel and INDEX.yaml show).
 */
import * as vscode from 'vscode';
import { entityCounts, escapeMarkdown } from '../../core/summary';
import { articleFacts } from '../../corpus/article';
import { publicationRange } from '../../corpus/collection';
import type { CollectionIndex, FolderIndex, IndexedSeed } from '../collectionIndex';
import type { SummaryDocuments } from '../summaryDocuments';

const TOP_ENTITIES = 15;

export async function summarizeCollection(collection: CollectionIndex, summaries: SummaryDocuments): Promise<vscode.TextDocument | undefined> {
  // Every seed document, not those the background index has reached so far.
  const incomplete = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Source Review: waiting for the index' }, () => collection.complete());
  if (incomplete.length > 0) {
    void vscode.window.showWarningMessage(`Source Review: the collection summary misses documents of ${incomplete.map((folder) => vscode.workspace.asRelativePath(folder)).join(', ')}: their indexing was cancelled or failed.`);
  }
  const folders = collection.allFolders();
  if (folders.every((folder) => folder.seeds.length === 0 && folder.collection.errors.length === 0)) {
    void vscode.window.showInformationMessage('Source Review: no seed documents in this workspace.');
    return undefined;
  }
  return summaries.show('Collection summary', collectionMarkdown(folders));
}

function collectionMarkdown(folders: readonly FolderIndex[]): string {
  const seeds = folders.flatMap((folder) => folder.seeds);
  const problems = folders.flatMap(({ folder, collection }) => collection.errors.map((error) => ({ file: relative(vscode.Uri.joinPath(folder, error.file)), problem: error.message })));
  const range = publicationRange(seeds.map((seed) => seed.summary.published));
  const gaps = folders.flatMap(({ folder, collection }) => collection.gaps.map((gap) => relative(vscode.Uri.joinPath(folder, gap))));
  const out = [
    '# Seed collection',
    '',
    `- **Documents:** ${seeds.length + problems.length}`,
    `- **Published:** ${range ? `${range.first} – ${range.last}` : '—'}`,
    `- **Missing numbers:** ${gaps.length > 0 ? escapeMarkdown(gaps.join(', ')) : 'none'}`,
    '',
    '## Documents',
    '',
    '| File | Published | Title | Source | Names | Quotations | Boilerplate |',
    '|---|---|---|---|---|---|---|',
  ];
  const rows = [...seeds.map((seed) => ({ file: relative(seed.uri), row: documentRow(relative(seed.uri), seed) })), ...problems.map(({ file, problem }) => ({ file, row: `| ${cell(file)} | — | ${cell(problem)} | — | — | — | — |` }))];
  out.push(...rows.sort((a, b) => a.file.localeCompare(b.file)).map(({ row }) => row));
  out.push('', '## Most mentioned people', '', ...topEntities(seeds, 'person'));
  out.push('', '## Most mentioned organizations', '', ...topEntities(seeds, 'organization'));
  out.push('', '## Most mentioned places', '', ...topEntities(seeds, 'place'));
  return out.join('\n') + '\n';
}

function relative(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

function cell(value: string | null): string {
  return value ? escapeMarkdown(value) : '—';
}

function documentRow(file: string, { record, summary }: IndexedSeed): string {
  const article = articleFacts(record);
  return `| ${cell(file)} | ${cell(summary.published)} | ${cell(summary.title)} | ${cell(summary.source)} | ${article.names.length} | ${article.quotes.length} | ${Math.round(summary.boilerplate * 100)}% |`;
}

/** Entities by the number of documents whose article mentions them. */
function topEntities(seeds: readonly IndexedSeed[], type: 'person' | 'organization' | 'place'): string[] {
  const documents = new Map<string, number>();
  for (const seed of seeds) {
    for (const entity of entityCounts(articleFacts(seed.record).names, type)) documents.set(entity.canonical, (documents.get(entity.canonical) ?? 0) + 1);
  }
  const top = [...documents].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_ENTITIES);
  return top.length > 0 ? top.map(([name, count]) => `- ${escapeMarkdown(name)} (${count} document${count === 1 ? '' : 's'})`) : ['None found.'];
}
