/** Summarize Collection: every seed document of the workspace in one Markdown overview, beside the editor. */
import * as vscode from 'vscode';
import { entityCounts, escapeMarkdown } from '../../core/summary';
import { articleFacts } from '../../corpus/article';
import { findNumberingGaps, publicationRange } from '../../corpus/collection';
import { analyseCollection, type AnalysedSeed } from '../collection';

const TOP_ENTITIES = 15;

export async function summarizeCollection(): Promise<vscode.TextDocument | undefined> {
  const seeds = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Source Review: reading the collection', cancellable: true },
    (progress, token) => analyseCollection(token, (done, total) => progress.report({ message: `${done} of ${total}`, increment: 100 / total })),
  );
  if (seeds.length === 0) {
    void vscode.window.showInformationMessage('Source Review: no seed documents in this workspace.');
    return undefined;
  }
  const summary = await vscode.workspace.openTextDocument({ language: 'markdown', content: collectionMarkdown(seeds) });
  await vscode.window.showTextDocument(summary, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return summary;
}

function collectionMarkdown(seeds: readonly AnalysedSeed[]): string {
  const files = seeds.map((seed) => vscode.workspace.asRelativePath(seed.uri));
  const range = publicationRange(seeds.map((seed) => seed.facts?.published ?? null));
  const gaps = findNumberingGaps(files).map((gap) => gap.label);
  const out = [
    '# Seed collection',
    '',
    `- **Documents:** ${seeds.length}`,
    `- **Published:** ${range ? `${range.first} – ${range.last}` : '—'}`,
    `- **Missing numbers:** ${gaps.length > 0 ? escapeMarkdown(gaps.join(', ')) : 'none'}`,
    '',
    '## Documents',
    '',
    '| File | Published | Title | Source | Names | Quotations | Boilerplate |',
    '|---|---|---|---|---|---|---|',
  ];
  seeds.forEach((seed, index) => out.push(documentRow(files[index] ?? '', seed)));
  out.push('', '## Most mentioned people', '', ...topEntities(seeds, 'person'));
  out.push('', '## Most mentioned organizations', '', ...topEntities(seeds, 'organization'));
  out.push('', '## Most mentioned places', '', ...topEntities(seeds, 'place'));
  return out.join('\n') + '\n';
}

function documentRow(file: string, { facts, problem, boilerplateShare }: AnalysedSeed): string {
  const cell = (value: string | null) => (value ? escapeMarkdown(value) : '—');
  if (!facts) return `| ${cell(file)} | — | ${cell(problem)} | — | — | — | — |`;
  const share = boilerplateShare === null ? '—' : `${Math.round(boilerplateShare * 100)}%`;
  const article = articleFacts(facts);
  return `| ${cell(file)} | ${cell(facts.published)} | ${cell(facts.title)} | ${cell(facts.source)} | ${article.names.length} | ${article.quotes.length} | ${share} |`;
}

/** Entities by the number of documents that mention them. */
function topEntities(seeds: readonly AnalysedSeed[], type: 'person' | 'organization' | 'place'): string[] {
  const documents = new Map<string, number>();
  for (const seed of seeds) {
    for (const entity of entityCounts(seed.facts ? articleFacts(seed.facts).names : [], type)) documents.set(entity.canonical, (documents.get(entity.canonical) ?? 0) + 1);
  }
  const top = [...documents].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_ENTITIES);
  return top.length > 0 ? top.map(([name, count]) => `- ${escapeMarkdown(name)} (${count} document${count === 1 ? '' : 's'})`) : ['None found.'];
}
