/**
 * The reviewer's `.sourcereview.yaml` files in the editor: read with the command line's reader
 * (src/corpus/correctionsFile.ts) so both give the same facts, looked up per seed from its folder up
 * to its workspace folder (nearer files win), and edited as one undoable edit of the file.
 * An open corrections file counts as typed, so Ctrl+Z there takes a correction back at once.
 */
import * as vscode from 'vscode';
import type { Corrections } from '../core/corrections';
import { type CorrectionChange, editCorrectionsText } from '../corpus/correctionsEdit';
import { CORRECTIONS_FILE, correctionsKey, type CorrectionsRead, foldersUpTo, mergeCorrections, readCorrectionsYaml } from '../corpus/correctionsFile';

/** Quiet time after the last change of a corrections file before documents are analysed again. */
const RELOAD_DELAY_MS = 150;

export class CorrectionsStore implements vscode.Disposable {
  /** Each corrections file's corrections (null when malformed), by the URI string of its folder. */
  private readonly byFolder = new Map<string, Corrections | null>();
  /** Problems already shown, so a file being typed is not reported at every keystroke. */
  private shownProblems = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> = Promise.resolve();
  /** Fires after a corrections file changed on disk or in an editor. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CORRECTIONS_FILE}`);
    const reload = () => this.scheduleReload();
    this.subscriptions.push(
      watcher,
      this.changed,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (isCorrectionsFile(event.document.uri) && event.contentChanges.length > 0) reload();
      }),
    );
  }

  /** Reads every corrections file of the workspace, then tells the listeners. */
  load(): Promise<void> {
    this.loading = this.read();
    return this.loading;
  }

  /** Resolves once the latest reading of the corrections files has ended, read or not. */
  whenLoaded(): Promise<void> {
    return this.loading.catch(() => undefined);
  }

  private async read(): Promise<void> {
    const files = await vscode.workspace.findFiles(`**/${CORRECTIONS_FILE}`);
    const read = await Promise.all(files.map(async (uri) => [folderOf(uri).toString(), await readFile(uri)] as const));
    this.byFolder.clear();
    const problems = new Set<string>();
    for (const [folder, file] of read) {
      this.byFolder.set(folder, file.ok ? file.corrections : null);
      if (file.ok) continue;
      problems.add(file.problem);
      if (!this.shownProblems.has(file.problem)) void vscode.window.showWarningMessage(`Source Review: ${file.problem}. Its corrections are not applied until it is fixed.`);
    }
    this.shownProblems = problems;
    this.changed.fire();
  }

  /** The corrections that apply to a seed document; undefined when none do. */
  correctionsFor(uri: vscode.Uri): Corrections | undefined {
    const found = this.chain(uri).flatMap((folder) => this.byFolder.get(folder.toString()) ?? []);
    return found.length > 0 ? mergeCorrections(found) : undefined;
  }

  /** '' without corrections, else text that changes with them: caches of analyses are keyed by it. */
  keyFor(uri: vscode.Uri): string {
    const key = correctionsKey(this.correctionsFor(uri));
    return key === '' ? '' : `+corrections:${key}`;
  }

  /**
   * Makes the change in the nearest corrections file of the document (the workspace folder's when
   * there is none) as one workspace edit, and saves it so the command line reads it too.
   */
  async apply(seed: vscode.Uri, change: CorrectionChange): Promise<boolean> {
    const file = this.fileFor(seed);
    if (!file) {
      void vscode.window.showWarningMessage('Source Review: open a folder to keep corrections in .sourcereview.yaml.');
      return false;
    }
    const exists = await vscode.workspace.fs.stat(file).then(() => true, () => false);
    const document = exists ? await vscode.workspace.openTextDocument(file) : undefined;
    const edited = editCorrectionsText(document?.getText() ?? null, change);
    if (!edited.ok) {
      void vscode.window.showErrorMessage(`Source Review: ${vscode.workspace.asRelativePath(file)} ${edited.problem}; fix it first (not changed).`);
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    if (document) edit.replace(file, new vscode.Range(0, 0, document.lineCount, 0), edited.text);
    else edit.createFile(file, { contents: new TextEncoder().encode(edited.text) });
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    await (document ?? (await vscode.workspace.openTextDocument(file))).save();
    await this.load();
    return true;
  }

  private fileFor(seed: vscode.Uri): vscode.Uri | undefined {
    const chain = this.chain(seed);
    const nearest = chain.find((folder) => this.byFolder.has(folder.toString())) ?? chain[chain.length - 1];
    return nearest && vscode.workspace.getWorkspaceFolder(seed) ? vscode.Uri.joinPath(nearest, CORRECTIONS_FILE) : undefined;
  }

  /** The seed's folder and its parents up to its workspace folder, nearest first. */
  private chain(uri: vscode.Uri): vscode.Uri[] {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? folderOf(uri);
    return foldersUpTo(folderOf(uri).path, root.path).map((path) => uri.with({ path }));
  }

  private scheduleReload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.load(), RELOAD_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.reloadTimer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

export function isCorrectionsFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CORRECTIONS_FILE}`);
}

function folderOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: uri.path.slice(0, Math.max(uri.path.lastIndexOf('/'), 1)) });
}

/** An open editor's text wins over the disk's: a correction typed or undone there counts at once. */
async function readFile(uri: vscode.Uri): Promise<CorrectionsRead> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  try {
    const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    return readCorrectionsYaml(text, vscode.workspace.asRelativePath(uri));
  } catch (error) {
    return { ok: false, problem: `${vscode.workspace.asRelativePath(uri)} cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}
