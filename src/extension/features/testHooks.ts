/**
 * Read-only views into what the extension drew and posted, for the integration suites. Registered
 * only in ExtensionMode.Test, so they never reach a user's palette or keybindings.
 */
import * as vscode from 'vscode';
import type { FromWebview } from '../../webview/messages';
import type { CollectionIndex } from '../collectionIndex';
import { TEST_COMMANDS } from '../commandIds';
import type { Highlights } from './highlights';
import type { Panel } from './panel';

/** Highlight ranges as plain data: the command result crosses the extension host boundary as JSON. */
type PlainRange = { startLine: number; startCharacter: number; endLine: number; endCharacter: number; text: string };

export function register(highlights: Highlights, panel: Panel, collection: CollectionIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(TEST_COMMANDS.highlights, (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target?.toString());
      const ranges = target && highlights.rangesFor(target);
      if (!ranges || !document) return undefined;
      const plain = (range: vscode.Range): PlainRange => ({
        startLine: range.start.line,
        startCharacter: range.start.character,
        endLine: range.end.line,
        endCharacter: range.end.character,
        text: document.getText(range),
      });
      return Object.fromEntries(Object.entries(ranges).map(([kind, list]) => [kind, list.map(plain)]));
    }),
    vscode.commands.registerCommand(TEST_COMMANDS.panelState, async (options?: { loadIndex?: boolean; loadTimeline?: boolean }) => {
      if (options?.loadIndex) await panel.loadIndex();
      if (options?.loadTimeline) await panel.loadTimeline();
      return panel.testState();
    }),
    vscode.commands.registerCommand(TEST_COMMANDS.collectionIndexed, async () => {
      await collection.whenIdle();
      return collection.allFolders().flatMap((folder) => folder.seeds.map((seed) => ({ file: vscode.workspace.asRelativePath(seed.uri), fromCache: seed.fromCache })));
    }),
    vscode.commands.registerCommand(TEST_COMMANDS.panelMessage, (message: FromWebview) => panel.receive(message)),
  );
}
