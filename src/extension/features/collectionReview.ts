/**
 * Review progress over the collection: "Next Unreviewed Document" (in the INDEX tab's order), "Tag
 * Document…" (a multi-select of the tags in use; typing a new one adds it) and "N of M reviewed"
 * in the status bar, kept current as INDEX.yaml files and the collection change.
 */
import * as vscode from 'vscode';
import { entryTags } from '../../corpus/reviewFields';
import type { ReviewStatus } from '../../webview/messages';
import { isSeedDocument } from '../analysisService';
import { baseName, findSeedFiles, groupByFolder } from '../collection';
import type { CollectionIndex } from '../collectionIndex';
import type { ReviewCommandId } from '../commandIds';
import { readIndexEntries } from '../indexFile';
import { setReviewTags } from '../reviewStatus';
import type { Panel } from './panel';

type CollectionCommand = Extract<ReviewCommandId, 'sourceReview.nextUnreviewed' | 'sourceReview.tagDocument'>;

interface Reviewed {
  uri: vscode.Uri;
  status: ReviewStatus;
  tags: string[];
}

/** Quiet time after the last INDEX.yaml or collection change before the status bar counts again. */
const RECOUNT_DELAY_MS = 300;

export function register(panel: Panel, collection: CollectionIndex): vscode.Disposable {
  const handlers: Record<CollectionCommand, (...args: never[]) => unknown> = {
    'sourceReview.nextUnreviewed': () => nextUnreviewed(panel),
    'sourceReview.tagDocument': (target?: unknown, tags?: unknown) =>
      tagDocument(panel, collection, target instanceof vscode.Uri ? target : undefined, Array.isArray(tags) ? tags.map(String) : undefined),
  };
  const item = vscode.window.createStatusBarItem('sourceReview.progress', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Source Review: review progress';
  item.command = 'sourceReview.nextUnreviewed';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const recount = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void showProgress(item), RECOUNT_DELAY_MS);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/INDEX.yaml');
  recount();
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
    item,
    watcher,
    watcher.onDidCreate(recount),
    watcher.onDidChange(recount),
    watcher.onDidDelete(recount),
    collection.onDidChange(recount),
    new vscode.Disposable(() => clearTimeout(timer)),
  );
}

/** Every seed document with its INDEX.yaml status and tags (no entry: unreviewed, no tags), by path. */
async function reviewState(): Promise<Reviewed[]> {
  const documents: Reviewed[] = [];
  for (const { folder, files } of groupByFolder(await findSeedFiles()).values()) {
    const index = await readIndexEntries(folder);
    for (const uri of files) {
      const entry = index.ok ? index.entries.get(baseName(uri)) : undefined;
      documents.push({ uri, status: entry?.status ?? 'unreviewed', tags: entry ? entryTags(entry) : [] });
    }
  }
  const path = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri);
  return documents.sort((a, b) => path(a.uri).localeCompare(path(b.uri)));
}

async function showProgress(item: vscode.StatusBarItem): Promise<void> {
  const documents = await reviewState();
  if (documents.length === 0) return item.hide();
  const reviewed = documents.filter((document) => document.status === 'reviewed').length;
  item.text = `$(checklist) ${reviewed} of ${documents.length} reviewed`;
  item.tooltip = `Source Review: ${reviewed} of ${documents.length} documents reviewed. Click for the next unreviewed one.`;
  item.show();
}

/**
 * The first unreviewed document after the active one in the INDEX tab's list (its search, facets
 * and sort), wrapping round; when that list has none (or the tab was never shown), in all documents
 * by path. Opens it at the article's first line.
 */
async function nextUnreviewed(panel: Panel): Promise<void> {
  const documents = await reviewState();
  const unreviewed = new Set(documents.filter((document) => document.status === 'unreviewed').map((document) => document.uri.toString()));
  const shown = panel.shownDocuments()?.filter((uri) => unreviewed.has(uri)) ?? [];
  const order = shown.length > 0 ? panel.shownDocuments()! : documents.map((document) => document.uri.toString());
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  const start = active === undefined ? -1 : order.indexOf(active);
  const rotated = [...order.slice(start + 1), ...order.slice(0, start + 1)];
  const next = rotated.find((uri) => unreviewed.has(uri) && uri !== active);
  if (next === undefined) {
    void vscode.window.showInformationMessage(unreviewed.size === 0 ? 'Source Review: every document is reviewed.' : 'Source Review: no other unreviewed document.');
    return;
  }
  await panel.receive({ type: 'open', uri: next });
}

/** Sets the document's tags: `tags` as given (for scripts and tests), else as picked. */
async function tagDocument(panel: Panel, collection: CollectionIndex, target: vscode.Uri | undefined, tags: string[] | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const uri = target ?? (editor && isSeedDocument(editor.document) ? editor.document.uri : undefined);
  if (!uri) {
    void vscode.window.showWarningMessage('Source Review: open a seed document to tag it.');
    return;
  }
  const documents = await reviewState();
  const current = documents.find((document) => document.uri.toString() === uri.toString())?.tags ?? [];
  const chosen = tags ?? (await pickTags(vscode.workspace.asRelativePath(uri), current, documents.flatMap((document) => document.tags)));
  if (chosen === undefined) return;
  const written = await setReviewTags(uri, chosen, collection);
  if (!written.ok) void vscode.window.showWarningMessage(`Source Review: ${written.problem}`);
  await panel.loadIndex();
}

/** A multi-select of the tags in use, most used first, the document's own checked; a typed tag no other contains is added on Enter. */
function pickTags(file: string, current: readonly string[], inUse: readonly string[]): Promise<string[] | undefined> {
  const counts = new Map<string, number>();
  for (const tag of [...current, ...inUse]) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const items = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)).map((label) => ({ label }));
  const pick = vscode.window.createQuickPick<{ label: string }>();
  pick.title = `Tags of ${file}`;
  pick.placeholder = 'Check tags, or type a new one and press Enter';
  pick.canSelectMany = true;
  pick.items = items;
  pick.selectedItems = items.filter((item) => current.includes(item.label));
  return new Promise((resolve) => {
    let result: string[] | undefined;
    pick.onDidAccept(() => {
      // Typed text that matches tags in use was a filter; text no tag contains is a new tag.
      const typed = pick.value.trim();
      const isNew = typed !== '' && ![...counts.keys()].some((tag) => tag.toLowerCase().includes(typed.toLowerCase()));
      result = [...pick.selectedItems.map((item) => item.label), ...(isNew ? [typed] : [])];
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(result);
    });
    pick.show();
  });
}
