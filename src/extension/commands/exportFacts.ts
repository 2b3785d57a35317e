/** Export Facts: the active seed file's facts record as JSON or YAML, to a file the user picks. */
import * as vscode from 'vscode';
import { stringify } from 'yaml';
import type { AnalysisService } from '../analysisService';
import { activeSeedFacts } from './activeSeedEditor';

export type ExportFormat = 'json' | 'yaml';

/** `format` and `target` skip the quick pick and the save dialog (used by tests and keybindings). */
export async function exportFacts(analyses: AnalysisService, format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const active = activeSeedFacts(analyses);
  if (!active) return undefined;
  const { editor, facts } = active;
  const chosen = format ?? (await pickFormat());
  if (!chosen) return undefined;
  const file = target ?? (await vscode.window.showSaveDialog({ defaultUri: defaultTarget(editor.document.uri, chosen), filters: { [chosen.toUpperCase()]: [chosen] }, title: 'Export Facts' }));
  if (!file) return undefined;
  const text = chosen === 'json' ? `${JSON.stringify(facts, null, 2)}\n` : stringify(facts);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
  if (!target) void vscode.window.showInformationMessage(`Source Review: facts written to ${vscode.workspace.asRelativePath(file)}.`);
  return file;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'JSON', description: 'facts/1 record, as the command line writes it', format: 'json' as const },
      { label: 'YAML', description: 'the same record, easier to read', format: 'yaml' as const },
    ],
    { title: 'Export Facts', placeHolder: 'Format' },
  );
  return picked?.format;
}

function defaultTarget(source: vscode.Uri, format: ExportFormat): vscode.Uri {
  return source.with({ path: source.path.replace(/\.[^./]*$/, '') + `.facts.${format}` });
}
