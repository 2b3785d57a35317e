/** Summarize Document: the active seed file's facts as readable Markdown, beside the editor. */
import * as vscode from 'vscode';
import { formatSummary } from '../../core/summary';
import { articleFacts } from '../../corpus/article';
import type { AnalysisService } from '../analysisService';
import { activeSeedFacts } from './activeSeedEditor';

export async function summarizeDocument(analyses: AnalysisService): Promise<vscode.TextDocument | undefined> {
  const active = activeSeedFacts(analyses);
  if (!active) return undefined;
  const { editor, facts } = active;
  const summary = await vscode.workspace.openTextDocument({ language: 'markdown', content: formatSummary(articleFacts(facts), editor.document.getText(), 'markdown') });
  await vscode.window.showTextDocument(summary, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return summary;
}
