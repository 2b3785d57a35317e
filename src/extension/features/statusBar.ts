/** Status bar for the active seed file: counts and boilerplate share; a click opens the panel. */
import * as vscode from 'vscode';
import type { AnalysisService, DocumentAnalysis } from '../analysisService';
import { isSeedDocument } from '../analysisService';
import type { PaletteCommandId } from '../commandIds';
import { englishOnlyNotice } from '../../core/language';
import { boilerplateShare } from '../../core/summary';
import { articleFacts } from '../../corpus/article';

const SHOW_PANEL: PaletteCommandId = 'sourceReview.showPanel';

export function register(analyses: AnalysisService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourceReview.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Source Review';
  item.command = SHOW_PANEL;
  const showFor = (editor: vscode.TextEditor | undefined) => {
    if (editor && isSeedDocument(editor.document)) render(item, analyses.get(editor.document));
    else item.hide();
  };
  showFor(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(showFor),
    analyses.onDidAnalyze((analysis) => {
      if (vscode.window.activeTextEditor?.document === analysis.document) render(item, analysis);
    }),
  );
}

function render(item: vscode.StatusBarItem, { document, facts, skipped }: DocumentAnalysis): void {
  if (!facts && !skipped) {
    // The engine is loading (see CollectionIndex.factsFor).
    item.text = '$(sync~spin) Source Review';
    item.tooltip = 'Source Review: analysing…';
  } else if (!facts) {
    item.text = '$(warning) Source Review: not analysed';
    item.tooltip = skipped ?? undefined;
  } else {
    const share = `${Math.round(boilerplateShare(facts, document.getText()) * 100)}%`;
    const { names, dates, quotes } = articleFacts(facts);
    const notice = englishOnlyNotice(facts.language);
    item.text = `${notice ? `$(globe) ${facts.language} ` : ''}$(person) ${names.length} $(calendar) ${dates.length} $(quote) ${quotes.length} $(fold) ${share}`;
    item.tooltip = `${notice ? `${notice} ` : ''}Source Review: the article has ${names.length} names, ${dates.length} dates, ${quotes.length} quotations; ${share} of lines are boilerplate. Click to open the panel.`;
  }
  item.show();
}
