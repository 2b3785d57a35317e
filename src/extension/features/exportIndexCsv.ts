/**
 * "Export INDEX as CSV": the documents the INDEX tab shows (its search, facets and sort; all
 * documents by path when the tab was never shown) as the CSV `source-review export` writes
 * (exportRows.ts: INDEX.yaml entries first, the index's summaries fill the rest). A document with
 * no entry yet gets its row from the summary alone. With several seed folders the file column
 * holds workspace-relative paths, as file names alone would be ambiguous.
 */
import * as vscode from 'vscode';
import { csvTable, type ExportRow, exportRows } from '../../corpus/exportRows';
import type { IndexEntry } from '../../corpus/indexFile';
import { baseName, findSeedFiles, parentFolder } from '../collection';
import type { CollectionIndex } from '../collectionIndex';
import type { ReviewCommandId } from '../commandIds';
import { readIndexEntries } from '../indexFile';
import type { Panel } from './panel';

type ExportCommand = Extract<ReviewCommandId, 'sourceReview.exportIndexCsv'>;

export function register(panel: Panel, collection: CollectionIndex): vscode.Disposable {
  const handlers: Record<ExportCommand, (...args: never[]) => unknown> = {
    // A target URI (scripts, tests) skips the save dialog.
    'sourceReview.exportIndexCsv': (target?: unknown) => exportIndexCsv(panel, collection, target instanceof vscode.Uri ? target : undefined),
  };
  return vscode.Disposable.from(...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)));
}

async function exportIndexCsv(panel: Panel, collection: CollectionIndex, target: vscode.Uri | undefined): Promise<void> {
  const uris = panel.shownDocuments()?.map((uri) => vscode.Uri.parse(uri)) ?? (await allDocuments());
  if (uris.length === 0) {
    void vscode.window.showInformationMessage('Source Review: no documents to export.');
    return;
  }
  const rows = await rowsFor(uris, collection);
  const file = target ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(parentFolder(uris[0]!), 'INDEX.csv'), filters: { CSV: ['csv'] }, title: 'Export INDEX as CSV' }));
  if (!file) return;
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(csvTable(rows)));
  void vscode.window.showInformationMessage(`Source Review: exported ${rows.length} ${rows.length === 1 ? 'document' : 'documents'} to ${vscode.workspace.asRelativePath(file)}.`);
}

async function allDocuments(): Promise<vscode.Uri[]> {
  const path = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri);
  return (await findSeedFiles()).sort((a, b) => path(a).localeCompare(path(b)));
}

/** Rows in the order of `uris`, each folder's rows made from all its entries (wire-copy groups are numbered per folder, as the CLI numbers them). */
async function rowsFor(uris: readonly vscode.Uri[], collection: CollectionIndex): Promise<ExportRow[]> {
  const folders = new Map(uris.map((uri) => [parentFolder(uri).toString(), parentFolder(uri)]));
  const byUri = new Map<string, ExportRow>();
  for (const folder of folders.values()) {
    const index = await readIndexEntries(folder);
    const entries = index.ok ? new Map(index.entries) : new Map<string, IndexEntry>();
    const summaries = new Map((collection.folderIndex(folder)?.seeds ?? []).map((seed) => [baseName(seed.uri), seed.summary] as const));
    for (const uri of uris) if (parentFolder(uri).toString() === folder.toString() && !entries.has(baseName(uri))) entries.set(baseName(uri), emptyEntry(baseName(uri)));
    for (const row of exportRows([...entries.values()], (file) => summaries.get(file))) {
      const uri = vscode.Uri.joinPath(folder, String(row.file));
      byUri.set(uri.toString(), folders.size > 1 ? { ...row, file: vscode.workspace.asRelativePath(uri) } : row);
    }
  }
  return uris.flatMap((uri) => byUri.get(uri.toString()) ?? []);
}

function emptyEntry(file: string): IndexEntry {
  return { file, published: null, url: null, source: null, status: 'unreviewed', notes: null, missing: false, fields: {} };
}
