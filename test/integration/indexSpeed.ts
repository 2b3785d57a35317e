/**
 * Times the extension's background index against the command line's `index` on the same documents,
 * in one run on one machine, and prints both and their ratio (issue 17: at most 1.5x). Not one of
 * the suites (it takes a while and asserts only that both finish): `bash scripts/index-speed.sh`
 * builds this file and runs it in the same real VS Code as the suites. SPEED_DOCS documents (300
 * unless set) come from the dev corpus, ../shared/eval/dev/docs.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import { activate } from './helpers';

const root = join(__dirname, '../../..');
const DOCS = join(root, '../shared/eval/dev/docs');
const COUNT = Number(process.env['SPEED_DOCS'] ?? 300);

type Indexed = { file: string }[];

export async function run(): Promise<void> {
  await activate();
  const names = readdirSync(DOCS).filter((name) => name.endsWith('.txt')).sort().slice(0, COUNT);
  // The command line first, on a copy of its own (it keeps its cache beside the documents).
  const cliFolder = mkdtempSync(join(tmpdir(), 'source-review-speed-'));
  for (const name of names) copyFileSync(join(DOCS, name), join(cliFolder, name));
  const cliStart = performance.now();
  // Not synchronous: the extension host stays responsive meanwhile.
  await promisify(execFile)(process.execPath, [join(root, 'dist/cli.js'), 'index', cliFolder]);
  const cliMs = performance.now() - cliStart;

  // The extension: the same documents copied into a folder no seed glob matches, then listed in
  // sourceReview.files, which makes the background index index the workspace (the few fixture
  // seeds from its cache, these documents cold), from the setting's change to the last document
  // in the index. Copied first, so no file event starts an index of its own.
  const indexed = () => vscode.commands.executeCommand<Indexed>('sourceReview.test.collectionIndexed');
  await indexed();
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!workspace) throw new Error('no workspace folder');
  mkdirSync(join(workspace, 'speed'), { recursive: true });
  for (const name of names) copyFileSync(join(DOCS, name), join(workspace, 'speed', name));
  const settings = vscode.workspace.getConfiguration('sourceReview');
  const extensionStart = performance.now();
  await settings.update('files', [...(settings.get<string[]>('files') ?? []), 'speed/*.txt'], vscode.ConfigurationTarget.Workspace);
  while ((await indexed()).filter((entry) => entry.file.startsWith('speed/')).length < names.length) {
    if (performance.now() - extensionStart > 600_000) throw new Error('the extension did not index the folder within 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const extensionMs = performance.now() - extensionStart;
  console.log(`index of ${names.length} dev documents: command line ${(cliMs / 1000).toFixed(2)} s, extension ${(extensionMs / 1000).toFixed(2)} s, ratio ${(extensionMs / cliMs).toFixed(2)}x (target <= 1.5x)`);
}
