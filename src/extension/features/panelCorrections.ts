/**
 * The corrections from the panel: right-click a name in the Document tab's lists for "Not a name",
 * "Change type to …", "Same as …" and the Undo of those that apply, or a text listed under "Not
 * names" for "Undo: Not a name". The page attaches a context to each entry (data-vscode-context);
 * VS Code reads its keys in the menus' `when` clauses (package.json, `webview/context`) and passes
 * it to the command, which runs the code action's own command with the same edit.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { type NameCorrectionKind, nameCorrections } from '../nameCorrections';
import { PANEL_MENU_COMMANDS } from '../panelMenuIds';
import { CORRECTION_COMMANDS } from './correctionActions';

interface EntityContext {
  seed: string;
  /** Where the entity's entry points: its mention there is the one corrected. */
  start: number;
}

export function register(analyses: AnalysisService): vscode.Disposable {
  const kinds = Object.keys(PANEL_MENU_COMMANDS).filter((kind): kind is NameCorrectionKind => kind !== 'undoNotName');
  return vscode.Disposable.from(
    ...kinds.map((kind) => vscode.commands.registerCommand(PANEL_MENU_COMMANDS[kind], (context: EntityContext, picked?: string) => correct(analyses, kind, context, picked))),
    vscode.commands.registerCommand(PANEL_MENU_COMMANDS.undoNotName, (context: { seed: string; text: string }) =>
      vscode.commands.executeCommand(CORRECTION_COMMANDS.apply, vscode.Uri.parse(context.seed), { kind: 'notName', text: context.text, add: false }),
    ),
  );
}

/** The code action of that kind for the entry's mention, run through its own command. `picked`: "Same as …"'s entity, for tests. */
async function correct(analyses: AnalysisService, kind: NameCorrectionKind, context: EntityContext, picked?: string): Promise<unknown> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(context.seed));
  const found = analyses.get(document).facts?.names.find((name) => name.start === context.start);
  // An entry stands for the entity: "Not a name" takes its every form away, not the one written first.
  const mention = found && kind === 'notName' ? { ...found, text: found.canonical } : found;
  const correction = mention && nameCorrections(mention, analyses.corrections.correctionsFor(document.uri) ?? {}).find((candidate) => candidate.kind === kind);
  if (!mention || !correction) return false;
  if (correction.change) return vscode.commands.executeCommand(CORRECTION_COMMANDS.apply, document.uri, correction.change);
  return vscode.commands.executeCommand(CORRECTION_COMMANDS.sameAs, document.uri, mention, picked);
}
