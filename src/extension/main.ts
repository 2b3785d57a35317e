/** Extension entry: builds the shared services, then registers each feature. */
import * as vscode from 'vscode';
import { ENGINE_BUILD } from '../core/build';
import { AnalysisService } from './analysisService';
import { CollectionIndex } from './collectionIndex';
import * as codeActions from './features/codeActions';
import * as commands from './features/commands';
import * as crossDocumentHover from './features/crossDocumentHover';
import * as diagnostics from './features/diagnostics';
import * as highlights from './features/highlights';
import * as hover from './features/hover';
import * as outline from './features/outline';
import * as panel from './features/panel';
import * as references from './features/references';
import * as seedLanguage from './features/seedLanguage';
import * as statusBar from './features/statusBar';
import * as testHooks from './features/testHooks';
import * as workspaceSymbols from './features/workspaceSymbols';
import { NotBoilerplateStore } from './notBoilerplate';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const exceptions = new NotBoilerplateStore();
  // The cache is keyed by content hash, so one cache serves every workspace; the build hash keeps a changed engine from reusing old facts.
  const collection = new CollectionIndex(context.globalStorageUri, ENGINE_BUILD);
  const analyses = new AnalysisService(exceptions, collection);
  context.subscriptions.push(exceptions, analyses, collection);
  // Listeners first, then the first analysis, so no feature misses the documents already open.
  const drawn = highlights.register(analyses);
  const sidePanel = panel.register(context.extensionUri, analyses, collection);
  context.subscriptions.push(
    drawn,
    sidePanel,
    seedLanguage.register(),
    diagnostics.register(analyses),
    codeActions.register(analyses, exceptions),
    hover.register(analyses),
    crossDocumentHover.register(analyses, collection),
    references.register(analyses, collection),
    workspaceSymbols.register(collection),
    outline.register(analyses),
    statusBar.register(analyses),
    commands.register(analyses, collection),
  );
  if (context.extensionMode === vscode.ExtensionMode.Test) context.subscriptions.push(testHooks.register(drawn, sidePanel, collection));
  // Loading the exceptions makes the analysis service analyse every open seed document again,
  // now that every feature above is listening.
  await exceptions.load();
  // In the background: features read whatever is indexed so far and refresh when it changes.
  void collection.indexAll();
}

export function deactivate(): void {
  // Everything is in context.subscriptions, which VS Code disposes.
}
