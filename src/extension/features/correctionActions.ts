/**
 * Code actions that correct the engine in one keystroke: "Not a name", "Change type to …",
 * "Same as …" (an entity of the collection, picked from a list) and "Undo: …" for each, plus
 * "Undo: Not boilerplate". Each is one edit of `.sourcereview.yaml` (see correctionsStore.ts),
 * which Ctrl+Z in that file also takes back; the documents are then analysed again.
 */
import * as vscode from 'vscode';
import { normalizeLine } from '../../core/boilerplate/normalize';
import { type Corrections, nameKey } from '../../core/corrections';
import type { NameMention } from '../../core/types';
import type { CorrectionChange } from '../../corpus/correctionsEdit';
import type { AnalysisService } from '../analysisService';
import type { CollectionIndex } from '../collectionIndex';
import { LANGUAGE_ID } from '../commandIds';
import { spanToRange } from '../convert';
import type { CorrectionsStore } from '../correctionsStore';
import { nameCorrections } from '../nameCorrections';
import { markedLines, unmarkNotBoilerplate } from '../notBoilerplate';
import * as panelMenus from './panelCorrections';

export const CORRECTION_COMMANDS = {
  apply: 'sourceReview.correct.apply',
  sameAs: 'sourceReview.correct.sameAs',
  undoNotBoilerplate: 'sourceReview.correct.undoNotBoilerplate',
} as const;

const KIND = vscode.CodeActionKind.QuickFix.append('sourceReview');

export function register(analyses: AnalysisService, corrections: CorrectionsStore, collection: CollectionIndex): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range) {
      const facts = analyses.get(document).facts;
      if (!facts) return [];
      const applied = corrections.correctionsFor(document.uri) ?? {};
      const mentions = facts.names.filter((name) => spanToRange(document, name).intersection(range) !== undefined);
      return [
        ...mentions.flatMap((mention) => nameActions(document.uri, mention, applied)),
        ...notNameUndoActions(document, range, applied),
        ...notBoilerplateUndoActions(corrections, document, range),
      ];
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, provider, { providedCodeActionKinds: [KIND] }),
    vscode.commands.registerCommand(CORRECTION_COMMANDS.apply, (seed: vscode.Uri, change: CorrectionChange) => corrections.apply(seed, change)),
    vscode.commands.registerCommand(CORRECTION_COMMANDS.sameAs, (seed: vscode.Uri, mention: NameMention, picked?: string) => sameAs(corrections, collection, seed, mention, picked)),
    // The same corrections from the panel's context menus.
    panelMenus.register(analyses),
    vscode.commands.registerCommand(CORRECTION_COMMANDS.undoNotBoilerplate, async (seed: vscode.Uri, lines: string[]) =>
      unmarkNotBoilerplate(corrections, await vscode.workspace.openTextDocument(seed), lines),
    ),
  );
}

function action(title: string, command: string, args: unknown[]): vscode.CodeAction {
  const codeAction = new vscode.CodeAction(title, KIND);
  codeAction.command = { command, title, arguments: args };
  return codeAction;
}

function change(seed: vscode.Uri, title: string, correction: CorrectionChange): vscode.CodeAction {
  return action(title, CORRECTION_COMMANDS.apply, [seed, correction]);
}

function nameActions(seed: vscode.Uri, mention: NameMention, applied: Corrections): vscode.CodeAction[] {
  return nameCorrections(mention, applied).map((correction) =>
    correction.change ? change(seed, correction.title, correction.change) : action(correction.title, CORRECTION_COMMANDS.sameAs, [seed, mention]),
  );
}

/** "Undo: Not a name" where a text the reviewer said is no name appears under the cursor. */
function notNameUndoActions(document: vscode.TextDocument, range: vscode.Range, applied: Corrections): vscode.CodeAction[] {
  const line = document.lineAt(range.start.line).text;
  const lowered = line.toLowerCase();
  return (applied.notNames ?? []).flatMap((text) => {
    const column = lowered.indexOf(text.toLowerCase());
    const under = column >= 0 && column <= range.end.character && range.start.character <= column + text.length;
    return under ? [change(document.uri, `Undo: Not a name: “${text}”`, { kind: 'notName', text, add: false })] : [];
  });
}

function notBoilerplateUndoActions(corrections: CorrectionsStore, document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
  const lines: string[] = [];
  for (let line = range.start.line; line <= range.end.line; line++) lines.push(normalizeLine(document.lineAt(line).text));
  const marked = markedLines(corrections, document, lines.filter((line) => line !== ''));
  return marked.length > 0 ? [action('Undo: Not boilerplate', CORRECTION_COMMANDS.undoNotBoilerplate, [document.uri, marked])] : [];
}

/** Asks which entity of the collection the name is (unless a test gives it), then records the alias. */
export async function sameAs(corrections: CorrectionsStore, collection: CollectionIndex, seed: vscode.Uri, mention: NameMention, picked?: string): Promise<boolean> {
  const canonical = picked ?? (await pickEntity(collection, mention));
  if (!canonical || nameKey(canonical) === nameKey(mention.canonical)) return false;
  return corrections.apply(seed, { kind: 'alias', canonical, form: mention.canonical, add: true });
}

async function pickEntity(collection: CollectionIndex, mention: NameMention): Promise<string | undefined> {
  const entities = collection.entities.all().filter((entity) => nameKey(entity.canonical) !== nameKey(mention.canonical));
  const items = entities.map((entity) => ({
    label: entity.canonical,
    description: `${entity.type} · ${entity.documents.length} document${entity.documents.length === 1 ? '' : 's'}`,
    detail: entity.aliases.length > 0 ? `also ${entity.aliases.slice(0, 5).join(', ')}` : undefined,
  }));
  const item = await vscode.window.showQuickPick(items, { title: `“${mention.canonical}” is the same as…`, matchOnDescription: true, matchOnDetail: true });
  return item?.label;
}
