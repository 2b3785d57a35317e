/** Shared steps of the integration suites: open a fixture seed, wait for the extension to react. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'source-review.source-review';
export const SEEDS = { putin: '000_93e29ae284e8c2f5.txt', xi: '002_c5cc658af23e45c8.txt', hostile: '003_hostile.txt', requote: '004_requote.txt' } as const;
/** Every seed document of the workspace: the seeds folder plus other/listed.txt, listed in the workspace's sourceReview.files. */
export const ALL_SEED_FILES = ['seeds/000_93e29ae284e8c2f5.txt', 'seeds/002_c5cc658af23e45c8.txt', 'seeds/003_hostile.txt', 'seeds/004_requote.txt', 'other/listed.txt'];

export interface PlainRange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  text: string;
}
export type HighlightKind = 'dates' | 'people' | 'organizations' | 'places' | 'quotations' | 'boilerplate';
export type Highlights = Record<HighlightKind, PlainRange[]>;

export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suites must run with test/integration/workspace open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

export async function activate(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  await extension.activate();
}

/** Polls until `probe` returns something other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | PromiseLike<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens a seed in an editor and waits until the extension has drawn its highlights. */
export async function openSeed(name: string): Promise<{ editor: vscode.TextEditor; highlights: Highlights }> {
  await activate();
  const document = await vscode.workspace.openTextDocument(workspaceUri('seeds', name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitFor(`${name} to be a Seed Document`, () => editor.document.languageId === 'seed');
  const highlights = await waitFor(`highlights in ${name}`, () => highlightsOf(editor.document.uri));
  return { editor, highlights };
}

export function highlightsOf(uri: vscode.Uri): Thenable<Highlights | undefined> {
  return vscode.commands.executeCommand<Highlights | undefined>('sourceReview.test.highlights', uri);
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Source Review');
}

export function positionOf(range: PlainRange): vscode.Position {
  return new vscode.Position(range.startLine, range.startCharacter + 1);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Closes every editor without saving (no save prompt can block the run), so each test starts from the files on disk. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
