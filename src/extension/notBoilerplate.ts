/**
 * Lines the reviewer marked "Not boilerplate", kept under `notBoilerplate` in `.sourcereview.yaml`
 * with the other corrections (see correctionsStore.ts), so the exception holds across documents,
 * sessions and the command line. Marking is one edit of that file, undone by "Undo: Not boilerplate"
 * or Ctrl+Z there.
 */
import type * as vscode from 'vscode';
import { normalizeLine } from '../core/boilerplate/normalize';
import { regionLines } from '../core/corrections';
import type { BoilerplateRegion } from '../core/types';
import type { CorrectionsStore } from './correctionsStore';

export function markNotBoilerplate(corrections: CorrectionsStore, document: vscode.TextDocument, region: BoilerplateRegion): Promise<boolean> {
  return corrections.apply(document.uri, { kind: 'notBoilerplate', lines: regionLines(document.getText(), region), add: true });
}

/** The marked lines (normalized) among `lines` of the document, which "Undo: Not boilerplate" unmarks. */
export function markedLines(corrections: CorrectionsStore, document: vscode.TextDocument, lines: readonly string[]): string[] {
  const marked = new Set((corrections.correctionsFor(document.uri)?.notBoilerplate ?? []).map(normalizeLine));
  return lines.filter((line) => marked.has(line));
}

export function unmarkNotBoilerplate(corrections: CorrectionsStore, document: vscode.TextDocument, lines: readonly string[]): Promise<boolean> {
  return corrections.apply(document.uri, { kind: 'notBoilerplate', lines, add: false });
}
