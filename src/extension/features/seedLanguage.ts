/**
 * Files matching the `sourceReview.files` globs open as Seed Documents. (Every `*.txt` under a
 * `seeds` folder already does, through the language's filenamePatterns.)
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../commandIds';
import { settingsFor } from '../workspaceSettings';

export function register(): vscode.Disposable {
  const switchIfListed = (document: vscode.TextDocument) => void switchToSeed(document);
  vscode.workspace.textDocuments.forEach(switchIfListed);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(switchIfListed),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sourceReview.files')) vscode.workspace.textDocuments.forEach(switchIfListed);
    }),
  );
}

async function switchToSeed(document: vscode.TextDocument): Promise<void> {
  if (document.languageId === LANGUAGE_ID || !isListed(document)) return;
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

function isListed(document: vscode.TextDocument): boolean {
  // In an untrusted workspace the editor hides the workspace value of this restricted setting.
  const globs = settingsFor(document).files;
  return globs.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}
