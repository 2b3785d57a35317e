/**
 * Remove Boilerplate: the boilerplate regions of the active seed file the engine is sure of, in one
 * undoable edit; a message names the uncertain regions it kept.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { certainRegions, keptMessage, removalEdit } from '../features/codeActions';
import { activeSeedEditor } from './activeSeedEditor';

export async function removeBoilerplate(analyses: AnalysisService): Promise<number> {
  const editor = activeSeedEditor();
  if (!editor) return 0;
  const regions = analyses.get(editor.document).facts?.boilerplate ?? [];
  if (regions.length === 0) {
    void vscode.window.showInformationMessage('Source Review: no boilerplate found in this document.');
    return 0;
  }
  const certain = certainRegions(regions);
  const applied = certain.length > 0 && (await vscode.workspace.applyEdit(removalEdit(editor.document, certain)));
  const kept = keptMessage(regions);
  if (kept) void vscode.window.showInformationMessage(kept);
  return applied ? certain.length : 0;
}
