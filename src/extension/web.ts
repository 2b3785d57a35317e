/** Extension entry for VS Code for the Web (package.json "browser"): one file, the engine evaluated on first use. */
import type * as vscode from 'vscode';
import { activateWith } from './activate';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, async () => (await import('./engineWeb')).engine);
}

export function deactivate(): void {
  // Everything is in context.subscriptions, which VS Code disposes.
}
