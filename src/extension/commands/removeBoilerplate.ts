/** Remove Boilerplate: every boilerplate region of the active seed file in one undoable edit. */
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import { removalEdit } from '../features/codeActions';
import { activeSeedEditor } from './activeSeedEditor';

export async function removeBoilerplate(analyses: AnalysisService): Promise<number> {
  const editor = activeSeedEditor();
  if (!editor) return 0;
  const regions = analyses.get(editor.document).facts?.boilerplate ?? [];
  if (regions.length === 0) {
    void vscode.window.showInformationMessage('Source Review: no boilerplate found in this document.');
    return 0;
  }
  const applied = await vscode.workspace.applyEdit(removalEdit(editor.document, regions));
  return applied ? regions.length : 0;
}
