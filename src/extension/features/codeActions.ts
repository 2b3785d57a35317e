/** Quick fixes on boilerplate diagnostics: remove this region, remove all, or mark as not boilerplate. */
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
  removeAll.edit = removalEdit(document, all);
  removeAll.diagnostics = diagnostics.slice();

  const keep = new vscode.CodeAction('Not boilerplate', vscode.CodeActionKind.QuickFix);
  keep.command = { command: INTERNAL_COMMANDS.markNotBoilerplate, title: 'Not boilerplate', arguments: [document.uri, region] };
  keep.diagnostics = diagnostic;
  return [removeOne, removeAll, keep];
}

async function markNotBoilerplate(exceptions: CorrectionsStore, uri: vscode.Uri, region: BoilerplateRegion): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await mark(exceptions, document, region);
}
