/** The palette commands. The Record type makes the compiler demand a handler for every contributed id. */
import * as vscode from 'vscode';
import type { AnalysisService } from '../analysisService';
import type { CollectionIndex } from '../collectionIndex';
import { PANEL_VIEW_ID, VIEW_CONTAINER_ID, type PaletteCommandId } from '../commandIds';
import { exportFacts, type ExportFormat } from '../commands/exportFacts';
import { removeBoilerplate } from '../commands/removeBoilerplate';
import { summarizeCollection } from '../commands/summarizeCollection';
import { summarizeDocument } from '../commands/summarizeDocument';
import { writeIndex } from '../commands/writeIndex';
import { SummaryDocuments } from '../summaryDocuments';

export function register(analyses: AnalysisService, collection: CollectionIndex): vscode.Disposable {
  const summaries = new SummaryDocuments();
  const handlers: Record<PaletteCommandId, (...args: never[]) => unknown> = {
    'sourceReview.summarizeDocument': () => summarizeDocument(analyses, summaries),
    'sourceReview.summarizeCollection': () => summarizeCollection(collection, summaries),
    'sourceReview.writeIndex': () => writeIndex(collection),
    'sourceReview.removeBoilerplate': () => removeBoilerplate(analyses),
    // From the editor's context menu the first argument is the file's URI, not a format.
    'sourceReview.exportFacts': (format?: unknown, target?: unknown) =>
      exportFacts(analyses, format === 'json' || format === 'yaml' ? (format as ExportFormat) : undefined, target instanceof vscode.Uri ? target : undefined),
    'sourceReview.showPanel': () => showPanel(),
  };
  return vscode.Disposable.from(summaries, ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)));
}

async function showPanel(): Promise<void> {
  await vscode.commands.executeCommand(`workbench.view.extension.${VIEW_CONTAINER_ID}`);
  await vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`);
}
