/** The only place engine spans (UTF-16 offsets) become editor ranges. */
import * as vscode from 'vscode';
import type { BoilerplateRegion, Span } from '../core/types';

export function spanToRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/**
 * A boilerplate region as whole lines, line break included, so removing it leaves no blank line
 * behind. Lines are 1-based in the engine.
 */
export function boilerplateLinesRange(document: vscode.TextDocument, region: BoilerplateRegion): vscode.Range {
  const first = Math.max(0, region.startLine - 1);
  const last = Math.min(document.lineCount - 1, region.endLine - 1);
  const end = last + 1 < document.lineCount ? new vscode.Position(last + 1, 0) : document.lineAt(last).range.end;
  return new vscode.Range(new vscode.Position(first, 0), end);
}
