/** Settings as the editor resolves them for a resource (user, workspace, folder). */
import * as vscode from 'vscode';
import { readSettings, SETTINGS_SECTION, type SourceReviewSettings } from './settings';

export function settingsFor(scope?: vscode.ConfigurationScope): SourceReviewSettings {
  return readSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION, scope));
}

export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SETTINGS_SECTION)) listener();
  });
}
