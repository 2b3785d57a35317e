/** The editor a document command acts on, or a message saying why there is none. */
import * as vscode from 'vscode';
import type { FactsRecord } from '../../core/types';
import { type AnalysisService, isSeedDocument } from '../analysisService';

export function activeSeedEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isSeedDocument(editor.document)) return editor;
  void vscode.window.showInformationMessage('Source Review: open a seed document first (a .txt file in a "seeds" folder, or one listed in sourceReview.files).');
  return undefined;
}

/** The active seed editor with its facts, or a message saying why there are none (too large, not analysed). */
export function activeSeedFacts(analyses: AnalysisService): { editor: vscode.TextEditor; facts: FactsRecord } | undefined {
  const editor = activeSeedEditor();
  if (!editor) return undefined;
  const { facts, skipped } = analyses.get(editor.document);
  if (facts) return { editor, facts };
  void vscode.window.showWarningMessage(`Source Review: ${skipped ?? 'the document was not analysed'}`);
  return undefined;
}
