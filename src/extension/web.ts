/** Extension entry for VS Code for the Web (package.json "browser"): one file, the engine evaluated on first use. */
import * as vscode from 'vscode';
import { activateWith } from './activate';
import { readNamesModel } from './webNamesModel';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, async () => {
    await readNamesModel(() => vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'names-model.json')));
    return (await import('./engineWeb')).engine;
  });
}

export function deactivate(): void {
  // Everything is in context.subscriptions, which VS Code disposes.
}
