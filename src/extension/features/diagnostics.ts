/** Boilerplate regions in the Problems panel: source "Source Review", code = the region's kind. */
import * as vscode from 'vscode';
import type { BoilerplateRegion } from '../../core/types';
import type { AnalysisService, DocumentAnalysis } from '../analysisService';
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
  const report = (analysis: DocumentAnalysis) => collection.set(analysis.document.uri, toDiagnostics(analysis));
  return vscode.Disposable.from(
    collection,
    analyses.onDidAnalyze(report),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
  );
}

function toDiagnostics({ document, facts }: DocumentAnalysis): vscode.Diagnostic[] {
  const severity = settingsFor(document).boilerplate.severity;
  if (severity === 'Off' || !facts) return [];
  return facts.boilerplate.map((region) => toDiagnostic(document, region, SEVERITY[severity]));
}

function toDiagnostic(document: vscode.TextDocument, region: BoilerplateRegion, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const lines = region.startLine === region.endLine ? `line ${region.startLine}` : `lines ${region.startLine}–${region.endLine}`;
  const verdict = region.certain === false
    ? 'probably not part of the article, but the engine is not sure (kept by "Remove all boilerplate")'
    : 'not part of the article';
  const diagnostic = new vscode.Diagnostic(spanToRange(document, region), `Boilerplate (${region.kind}), ${lines}: ${verdict}.`, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = region.kind;
  diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  return diagnostic;
}
