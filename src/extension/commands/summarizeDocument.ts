/** Summarize Document: the active seed file's facts as readable Markdown, beside the editor. */
import * as vscode from 'vscode';
import { formatSummary } from '../../core/summary';
import type { AnalysisService } from '../analysisService';
import { activeSeedEditor } from './activeSeedEditor';

export async function summarizeDocument(analyses: AnalysisService): Promise<vscode.TextDocument | undefined> {
  const editor = activeSeedEditor();
  if (!editor) return undefined;
  const { facts, skipped } = analyses.get(editor.document);
  if (!facts) {
    void vscode.window.showWarningMessage(`Source Review: ${skipped ?? 'the document was not analysed'}`);
    return undefined;
  }
  const summary = await vscode.workspace.openTextDocument({ language: 'markdown', content: formatSummary(facts, editor.document.getText(), 'markdown') });
  await vscode.window.showTextDocument(summary, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return summary;
}
