/** Summarize Document: the active seed file's facts as readable Markdown, in the preview beside the editor. */
import * as vscode from 'vscode';
import { formatSummary } from '../../core/summary';
import { articleFacts } from '../../corpus/article';
import type { AnalysisService } from '../analysisService';
import type { SummaryDocuments } from '../summaryDocuments';
import { activeSeedFacts } from './activeSeedEditor';

export async function summarizeDocument(analyses: AnalysisService, summaries: SummaryDocuments): Promise<vscode.TextDocument | undefined> {
  const active = activeSeedFacts(analyses);
  if (!active) return undefined;
  const { editor, facts } = active;
  const name = editor.document.uri.path.slice(editor.document.uri.path.lastIndexOf('/') + 1);
  return summaries.show(`Summary of ${name}`, formatSummary(articleFacts(facts), editor.document.getText(), 'markdown'));
}
