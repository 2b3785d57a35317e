/**
 * One facts record per open seed document and version: analysed after a quiet time when the text
 * changes, at once when a provider asks, and skipped with a reason when the text is too long. The
 * facts come from the collection index (see CollectionIndex.factsFor), so the editor, the panel,
 * the INDEX tab, the summaries and INDEX.yaml show the same analysis of a document.
 */
import * as vscode from 'vscode';
import type { FactsRecord } from '../core/types';
import type { CollectionIndex } from './collectionIndex';
import { LANGUAGE_ID } from './commandIds';
import type { CorrectionsStore } from './correctionsStore';
import { onDidChangeSettings, settingsFor } from './workspaceSettings';

export interface DocumentAnalysis {
  readonly document: vscode.TextDocument;
  readonly version: number;
  /** Null when the document was skipped, or while the engine loads (skipped is null then). */
  readonly facts: FactsRecord | null;
  /** Why the document was not analysed, in words for the user. */
  readonly skipped: string | null;
}

export function isSeedDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, DocumentAnalysis>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly analyzed = new vscode.EventEmitter<DocumentAnalysis>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires after a seed document was (re)analysed; features redraw from it. */
  readonly onDidAnalyze = this.analyzed.event;

  constructor(
    /** Read by the panel's corrections menus too. */
    readonly corrections: CorrectionsStore,
    private readonly collection: CollectionIndex,
  ) {
    this.subscriptions.push(
      this.analyzed,
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document, settingsFor(event.document).analysis.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      corrections.onDidChange(() => this.refreshAll()),
      // The index's record replaces one made before the collection's repeated lines were known.
      collection.onDidChange(() => this.refreshAll()),
      onDidChangeSettings(() => this.refreshAll()),
    );
  }

  /** The analysis of the document's current version, computed now if it is not cached. */
  get(document: vscode.TextDocument): DocumentAnalysis {
    const cached = this.cache.get(document.uri.toString());
    if (cached && cached.version === document.version) return cached;
    return this.analyzeNow(document);
  }

  /** Analyses every open seed document again (settings or corrections changed). */
  refreshAll(): void {
    this.cache.clear();
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!isSeedDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        if (!document.isClosed) this.get(document);
      }, delayMs),
    );
  }

  private analyzeNow(document: vscode.TextDocument): DocumentAnalysis {
    const text = document.getText();
    const limit = settingsFor(document).analysis.maxFileSize;
    const facts = text.length > limit ? null : this.collection.factsFor(document.uri, text, vscode.workspace.asRelativePath(document.uri));
    // The engine is still loading: nothing is cached or announced; the collection's change event brings the facts.
    if (facts === undefined) return { document, version: document.version, facts: null, skipped: null };
    const analysis: DocumentAnalysis = facts
      ? { document, version: document.version, facts: withDecodingWarning(text, facts), skipped: null }
      : { document, version: document.version, facts: null, skipped: tooLargeMessage(text.length, limit) };
    this.cache.set(document.uri.toString(), analysis);
    this.analyzed.fire(analysis);
    return analysis;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.cache.delete(key);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * The editor decodes a file that is not UTF-8 (Latin-1, Windows-1252) with U+FFFD in place of
 * each bad byte and says nothing; the reviewer must learn that names and quotes may be broken.
 */
function withDecodingWarning(text: string, facts: FactsRecord): FactsRecord {
  if (!text.includes(REPLACEMENT_CHARACTER)) return facts;
  const warning = `${facts.file ?? 'This document'} contains replacement characters (${REPLACEMENT_CHARACTER}): it is probably not UTF-8. Use "Reopen with Encoding" to read it in its own encoding.`;
  return { ...facts, warnings: [warning, ...facts.warnings] };
}

function tooLargeMessage(length: number, limit: number): string {
  return `Not analysed: ${length.toLocaleString('en')} characters is over the limit of ${limit.toLocaleString('en')} (setting sourceReview.analysis.maxFileSize).`;
}
