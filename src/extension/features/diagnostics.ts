/**
 * Boilerplate regions as diagnostics of the open seed documents, one per region: source "Source
 * Review", code = the region's kind. They fade the text (the Unnecessary tag) only while
 * "Boilerplate: Dim" is on, so turning it off really turns dimming off.
 */
import * as vscode from 'vscode';
import type { BoilerplateRegion } from '../../core/types';
import { type AnalysisService, type DocumentAnalysis, isSeedDocument } from '../analysisService';
import { DIAGNOSTIC_SOURCE } from '../commandIds';
import { spanToRange } from '../convert';
import type { BoilerplateSeverity } from '../settings';
import { settingsFor } from '../workspaceSettings';

const SEVERITY: Record<Exclude<BoilerplateSeverity, 'Off'>, vscode.DiagnosticSeverity> = {
  Error: vscode.DiagnosticSeverity.Error,
  Warning: vscode.DiagnosticSeverity.Warning,
  Information: vscode.DiagnosticSeverity.Information,
  Hint: vscode.DiagnosticSeverity.Hint,
};

export function register(analyses: AnalysisService): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('sourceReview');
  // Only documents open in an editor tab: one opened in the background (by references, say) would
  // fill the Problems panel with regions of pages the reviewer never opened.
  const report = (analysis: DocumentAnalysis) => collection.set(analysis.document.uri, isInTab(analysis.document.uri) ? toDiagnostics(analysis) : []);
  return vscode.Disposable.from(
    collection,
    analyses.onDidAnalyze(report),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
    vscode.window.tabGroups.onDidChangeTabs(({ closed, opened }) => {
      for (const uri of closed.flatMap(tabUri)) if (!isInTab(uri)) collection.delete(uri);
      for (const uri of opened.flatMap(tabUri)) {
        const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
        if (document && isSeedDocument(document)) report(analyses.get(document));
      }
    }),
  );
}

function tabUri(tab: vscode.Tab): vscode.Uri[] {
  return tab.input instanceof vscode.TabInputText ? [tab.input.uri] : [];
}

function isInTab(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab).some((each) => each.toString() === uri.toString())));
}

function toDiagnostics({ document, facts }: DocumentAnalysis): vscode.Diagnostic[] {
  const severity = settingsFor(document).boilerplate.severity;
  if (severity === 'Off' || !facts) return [];
  const dim = settingsFor(document).boilerplate.dim;
  return facts.boilerplate.map((region) => toDiagnostic(document, region, SEVERITY[severity], dim));
}

function toDiagnostic(document: vscode.TextDocument, region: BoilerplateRegion, severity: vscode.DiagnosticSeverity, dim: boolean): vscode.Diagnostic {
  const lines = region.startLine === region.endLine ? `line ${region.startLine}` : `lines ${region.startLine}–${region.endLine}`;
  const verdict = region.certain === false
    ? 'probably not part of the article, but the engine is not sure (kept by "Remove all boilerplate")'
    : 'not part of the article';
  const diagnostic = new vscode.Diagnostic(spanToRange(document, region), `Boilerplate (${region.kind}), ${lines}: ${verdict}.`, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = region.kind;
  if (dim) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  return diagnostic;
}
