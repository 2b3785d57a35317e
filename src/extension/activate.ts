/**
 * Activation, shared by the Node and web builds: builds the shared services, then registers each
 * feature. The engine is not loaded here (see engine.ts): activating costs the providers only.
 */
import * as vscode from 'vscode';
import { ENGINE_BUILD } from '../core/build';
import { AnalysisService } from './analysisService';
import { CollectionIndex } from './collectionIndex';
import { CorrectionsStore } from './correctionsStore';
import type { LoadEngine } from './engine';
import * as codeActions from './features/codeActions';
import * as collectionReview from './features/collectionReview';
import * as commands from './features/commands';
import * as correctionActions from './features/correctionActions';
import * as crossDocumentHover from './features/crossDocumentHover';
import * as diagnostics from './features/diagnostics';
import * as exportIndexCsv from './features/exportIndexCsv';
import * as highlights from './features/highlights';
import * as hover from './features/hover';
import * as outline from './features/outline';
import * as panel from './features/panel';
import * as references from './features/references';
import * as seedLanguage from './features/seedLanguage';
import * as statusBar from './features/statusBar';
import * as testHooks from './features/testHooks';
import * as workspaceSymbols from './features/workspaceSymbols';

export function activateWith(context: vscode.ExtensionContext, loadEngine: LoadEngine): void {
  const corrections = new CorrectionsStore();
  // The cache is keyed by content hash and corrections, so one cache serves every workspace; the build hash keeps a changed engine from reusing old facts.
  const collection = new CollectionIndex(context.globalStorageUri, ENGINE_BUILD, loadEngine, corrections);
  const analyses = new AnalysisService(corrections, collection);
  context.subscriptions.push(corrections, analyses, collection);
  // Listeners first, then the first analysis, so no feature misses the documents already open.
  const drawn = highlights.register(analyses);
  const sidePanel = panel.register(context.extensionUri, analyses, collection);
  context.subscriptions.push(
    drawn,
    sidePanel,
    seedLanguage.register(),
    diagnostics.register(analyses),
    codeActions.register(analyses, corrections),
    correctionActions.register(analyses, corrections, collection),
    hover.register(analyses),
    crossDocumentHover.register(analyses, collection),
    references.register(analyses, collection),
    workspaceSymbols.register(collection),
    outline.register(analyses),
    statusBar.register(analyses),
    commands.register(analyses, collection),
    collectionReview.register(sidePanel, collection),
    exportIndexCsv.register(sidePanel, collection),
  );
  if (context.extensionMode === vscode.ExtensionMode.Test) context.subscriptions.push(testHooks.register(drawn, sidePanel, collection));
  // Loading the corrections makes the analysis service analyse every open seed document again, now
  // that every feature above is listening; not awaited, so activation does not wait for a file.
  void corrections.load();
  // In the background, once the corrections are read (the cache is keyed by them): the engine loads,
  // then features read whatever is indexed so far and refresh when it changes.
  void collection.indexAll();
}
