/**
 * Write INDEX: an INDEX.yaml in every seed folder of the workspace, from the collection index (the
 * analyses the panel shows), with progress and cancellation. The index is completed first: a folder
 * the background index has not finished is indexed now, and a folder that still misses documents
 * (its indexing cancelled or failed) gets no INDEX.yaml rather than one without them.
 */
import * as vscode from 'vscode';
import type { CollectionIndex } from '../collectionIndex';
import { writeIndexFile } from '../indexFile';

/** What the command wrote and what it reported: returned too, for callers such as tests that cannot read notifications. */
export interface WriteIndexOutcome {
  written: vscode.Uri[];
  problems: string[];
}

export async function writeIndex(collection: CollectionIndex): Promise<WriteIndexOutcome> {
  const incomplete = await collection.complete().catch((error: unknown) => error instanceof Error ? error : new Error(String(error)));
  if (incomplete instanceof Error) {
    const problem = `INDEX.yaml not written: ${incomplete.message}.`;
    void vscode.window.showWarningMessage(`Source Review: ${problem}`);
    return { written: [], problems: [problem] };
  }
  const skipped = new Set(incomplete.map((folder) => folder.toString()));
  const folders = collection.allFolders().filter((folder) => !skipped.has(folder.folder.toString()) && (folder.seeds.length > 0 || folder.collection.errors.length > 0));
  const problems = incomplete.map((folder) => `${vscode.workspace.asRelativePath(folder)}: not every document could be indexed (cancelled or failed), so its INDEX.yaml was not written`);
  if (folders.length === 0) {
    if (problems.length > 0) reportOutcome([], problems);
    else void vscode.window.showInformationMessage('Source Review: no seed documents in this workspace.');
    return { written: [], problems: problems.length > 0 ? problems : ['no seed documents in this workspace'] };
  }
  const written: vscode.Uri[] = [];
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Source Review: writing INDEX.yaml', cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort(new Error('cancelled')));
      for (const { folder, seeds, collection: facts } of folders) {
        if (token.isCancellationRequested) return;
        progress.report({ message: vscode.workspace.asRelativePath(folder), increment: 100 / folders.length });
        const summaries = seeds.map((seed) => seed.summary);
        const result = await writeIndexFile(folder, summaries, facts, collection.indexWrites.get(folder.toString()), abort.signal).catch((error: unknown) => ({ ok: false as const, problem: String(error) }));
        if (result.ok) {
          collection.indexWrites.set(folder.toString(), result.written);
          written.push(result.file);
          problems.push(...result.problems);
        } else {
          problems.push(result.problem);
        }
      }
    },
  );
  reportOutcome(written, problems);
  return { written, problems };
}

function reportOutcome(written: readonly vscode.Uri[], problems: readonly string[]): void {
  const files = written.map((uri) => vscode.workspace.asRelativePath(uri)).join(', ');
  if (written.length > 0) void vscode.window.showInformationMessage(`Source Review: wrote ${files}.`);
  if (problems.length > 0) void vscode.window.showWarningMessage(`Source Review: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` and ${problems.length - 3} more` : ''}`);
}
