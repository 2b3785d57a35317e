/**
 * Quick fixes on boilerplate diagnostics: remove this region, remove all (the regions the engine is
 * sure of; it says which it kept), or mark as not boilerplate.
 */
import * as vscode from 'vscode';
import type { BoilerplateRegion } from '../../core/types';
import type { AnalysisService } from '../analysisService';
import { DIAGNOSTIC_SOURCE, INTERNAL_COMMANDS, LANGUAGE_ID } from '../commandIds';
import { boilerplateLinesRange, spanToRange } from '../convert';
import type { CorrectionsStore } from '../correctionsStore';
import { markNotBoilerplate as mark } from '../notBoilerplate';

/** One WorkspaceEdit deleting the regions' whole lines, so a single Undo restores them. */
export function removalEdit(document: vscode.TextDocument, regions: readonly BoilerplateRegion[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const region of regions) edit.delete(document.uri, boilerplateLinesRange(document, region));
  return edit;
}

/** Regions sure enough to remove in bulk; records written before the engine gave certainty count as sure. */
export function certainRegions(regions: readonly BoilerplateRegion[]): BoilerplateRegion[] {
  return regions.filter((region) => region.certain !== false);
}

/** What a bulk removal left in place, in words; null when it left nothing. */
export function keptMessage(regions: readonly BoilerplateRegion[]): string | null {
  const kept = regions.filter((region) => region.certain === false);
  if (kept.length === 0) return null;
  const listed = kept.slice(0, MAX_LISTED).map((region) => {
    const lines = region.startLine === region.endLine ? `line ${region.startLine}` : `lines ${region.startLine}–${region.endLine}`;
    return `${lines} (${region.kind})`;
  });
  const more = kept.length > MAX_LISTED ? ` and ${kept.length - MAX_LISTED} more` : '';
  const removed = regions.length - kept.length;
  return `Source Review: removed ${removed} boilerplate region${removed === 1 ? '' : 's'}; kept ${kept.length} the engine is not sure of: ${listed.join(', ')}${more}. Remove them one by one from Problems if they are boilerplate.`;
}

const MAX_LISTED = 5;

export function register(analyses: AnalysisService, exceptions: CorrectionsStore): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range, context) {
      const facts = analyses.get(document).facts;
      if (!facts) return [];
      const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
      const regions = facts.boilerplate.filter((region) => spanToRange(document, region).intersection(range) !== undefined);
      return regions.flatMap((region) => actionsFor(document, region, facts.boilerplate, ours));
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.markNotBoilerplate, (uri: vscode.Uri, region: BoilerplateRegion) => markNotBoilerplate(exceptions, uri, region)),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.reportKeptBoilerplate, (message: string) => void vscode.window.showInformationMessage(message)),
  );
}

function actionsFor(
  document: vscode.TextDocument,
  region: BoilerplateRegion,
  all: readonly BoilerplateRegion[],
  diagnostics: readonly vscode.Diagnostic[],
): vscode.CodeAction[] {
  const regionRange = spanToRange(document, region);
  const diagnostic = diagnostics.filter((candidate) => candidate.range.isEqual(regionRange));

  const removeOne = new vscode.CodeAction('Remove this boilerplate', vscode.CodeActionKind.QuickFix);
  removeOne.edit = removalEdit(document, [region]);
  removeOne.diagnostics = diagnostic;
  removeOne.isPreferred = true;

  const removeAll = new vscode.CodeAction('Remove all boilerplate in this file', vscode.CodeActionKind.QuickFix);
  removeAll.edit = removalEdit(document, certainRegions(all));
  removeAll.diagnostics = diagnostics.slice();
  const kept = keptMessage(all);
  if (kept) removeAll.command = { command: INTERNAL_COMMANDS.reportKeptBoilerplate, title: 'Say what was kept', arguments: [kept] };

  const keep = new vscode.CodeAction('Not boilerplate', vscode.CodeActionKind.QuickFix);
  keep.command = { command: INTERNAL_COMMANDS.markNotBoilerplate, title: 'Not boilerplate', arguments: [document.uri, region] };
  keep.diagnostics = diagnostic;
  return [removeOne, removeAll, keep];
}

async function markNotBoilerplate(exceptions: CorrectionsStore, uri: vscode.Uri, region: BoilerplateRegion): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await mark(exceptions, document, region);
}
