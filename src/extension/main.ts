/** Extension entry for the Node extension host: the engine is dist/engineNode.js, loaded after activation. */
import type * as vscode from 'vscode';
import { activateWith } from './activate';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, async () => (await import('./engineNode')).engine);
}

export function deactivate(): void {
  // Everything is in context.subscriptions, which VS Code disposes.
}
