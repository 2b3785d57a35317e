/** The editor a document command acts on, or a message saying why there is none. */
import * as vscode from 'vscode';
import { isSeedDocument } from '../analysisService';

export function activeSeedEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isSeedDocument(editor.document)) return editor;
  void vscode.window.showInformationMessage('Source Review: open a seed document first (a .txt file in a "seeds" folder, or one listed in sourceReview.files).');
  return undefined;
}
