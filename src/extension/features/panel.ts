/**
 * The side panel (webview view `sourceReview.panel`): the active document's facts and the INDEX of
 * the workspace's seed documents. The page gets data only through typed messages and renders it
 * with textContent; its Content-Security-Policy allows nothing but its own script and style.
 */
import * as vscode from 'vscode';
import { firstArticleLine, mentionToReveal } from '../articleNavigation';
import type { DocumentState, FromWebview, IndexState, RenderedDocument, ReviewStatus, TimelineState, ToWebview } from '../../webview/messages';
import type { AnalysisService } from '../analysisService';
import { isSeedDocument } from '../analysisService';
import type { CollectionIndex } from '../collectionIndex';
import { PANEL_VIEW_ID, type ReviewCommandId } from '../commandIds';
import { setReviewStatus } from '../reviewStatus';
import { compareCopy } from './copyComparison';
import { documentState, indexState } from './panelContent';
import { timelineItems } from './timelineContent';

const TAG_DOCUMENT: ReviewCommandId = 'sourceReview.tagDocument';
const EXPORT_INDEX_CSV: ReviewCommandId = 'sourceReview.exportIndexCsv';

export class Panel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private document: DocumentState = { kind: 'none' };
  private index: IndexState = { status: 'not-loaded' };
  private timeline: TimelineState = { status: 'not-loaded' };
  private readonly posted: Partial<Record<ToWebview['type'], ToWebview>> = {};
  private rendered: RenderedDocument | undefined;
  /** The documents the INDEX tab last showed, in its order; undefined until it has. */
  private shown: string[] | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analyses: AnalysisService,
    private readonly collection: CollectionIndex,
  ) {
    this.subscriptions = [
      vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, this),
      vscode.window.onDidChangeActiveTextEditor(() => this.showActiveDocument()),
      analyses.onDidAnalyze((analysis) => {
        if (vscode.window.activeTextEditor?.document === analysis.document) this.setDocument(documentState(analysis, collection, analyses.corrections.correctionsFor(analysis.document.uri)));
      }),
      // Quotations found elsewhere, the INDEX and the timeline follow the collection once shown.
      collection.onDidChange(() => {
        this.showActiveDocument();
        if (this.index.status === 'ready') void this.loadIndex();
        if (this.timeline.status === 'ready') void this.loadTimeline();
      }),
    ];
    this.showActiveDocument();
  }

  /** The last message of each kind sent to the page, and what the page last drew (read by the integration tests). */
  testState(): Partial<Record<ToWebview['type'], ToWebview>> & { rendered?: RenderedDocument; html?: string } {
    return { ...this.posted, rendered: this.rendered, html: this.view?.webview.html };
  }

  /** What the INDEX tab shows (search, facets, sort applied), as URI strings; undefined until it was shown. */
  shownDocuments(): string[] | undefined {
    return this.shown;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const webview = view.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')] };
    webview.html = this.html(webview);
    this.subscriptions.push(
      webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
      view.onDidDispose(() => (this.view = undefined)),
    );
  }

  /** Builds the INDEX rows (when the page first shows INDEX, on refresh, and for the tests). */
  async loadIndex(): Promise<void> {
    this.setIndex({ status: 'loading' });
    this.setIndex(await indexState(this.collection));
  }

  /** Builds the timeline of the indexed collection (when the page first shows it, and for the tests). */
  async loadTimeline(): Promise<void> {
    this.setTimeline({ status: 'loading' });
    await this.collection.whenIdle();
    this.setTimeline({ status: 'ready', ...(await timelineItems(this.collection)) });
  }

  private async setStatus(uri: vscode.Uri, status: ReviewStatus): Promise<void> {
    const written = await setReviewStatus(uri, status, this.collection);
    if (!written.ok) void vscode.window.showWarningMessage(`Source Review: ${written.problem}`);
    await this.loadIndex();
  }

  async receive(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.post({ type: 'document', state: this.document });
        this.post({ type: 'index', state: this.index });
        this.post({ type: 'timeline', state: this.timeline });
        return;
      case 'rendered':
        this.rendered = message.document;
        return;
      case 'loadIndex':
        return this.loadIndex();
      case 'loadTimeline':
        return this.loadTimeline();
      case 'setStatus':
        return this.setStatus(vscode.Uri.parse(message.uri), message.status);
      case 'shown':
        this.shown = message.uris;
        return;
      case 'tag':
        await vscode.commands.executeCommand(TAG_DOCUMENT, vscode.Uri.parse(message.uri));
        return;
      case 'exportCsv':
        await vscode.commands.executeCommand(EXPORT_INDEX_CSV);
        return;
      case 'compare': {
        const difference = await compareCopy(this.collection, vscode.Uri.parse(message.original), vscode.Uri.parse(message.copy));
        this.post({ type: 'comparison', copy: message.copy, difference });
        return;
      }
      case 'open': {
        const editor = await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { preview: true });
        const facts = isSeedDocument(editor.document) ? this.analyses.get(editor.document).facts : null;
        const line = facts ? firstArticleLine(facts, editor.document.getText().split(/\r\n|\r|\n/)) : 0;
        editor.selection = new vscode.Selection(line, 0, line, 0);
        editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'reveal': {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(message.target.uri));
        const active = vscode.window.activeTextEditor;
        const selected = active?.document.uri.toString() === document.uri.toString() ? document.offsetAt(active.selection.start) : undefined;
        const names = isSeedDocument(document) ? (this.analyses.get(document).facts?.names ?? []) : [];
        const target = mentionToReveal(names, message.target, selected);
        const range = new vscode.Range(document.positionAt(target.start), document.positionAt(target.end));
        await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
        return;
      }
    }
  }

  private showActiveDocument(): void {
    const editor = vscode.window.activeTextEditor;
    // Keep showing the last seed document while focus is in the panel or a non-seed editor.
    if (editor && isSeedDocument(editor.document)) this.setDocument(documentState(this.analyses.get(editor.document), this.collection, this.analyses.corrections.correctionsFor(editor.document.uri)));
  }

  private setDocument(state: DocumentState): void {
    this.document = state;
    this.post({ type: 'document', state });
  }

  private setIndex(state: IndexState): void {
    this.index = state;
    this.post({ type: 'index', state });
  }

  private setTimeline(state: TimelineState): void {
    this.timeline = state;
    this.post({ type: 'timeline', state });
  }

  private post(message: ToWebview): void {
    this.posted[message.type] = message;
    void this.view?.webview.postMessage(message);
  }

  private html(webview: vscode.Webview): string {
    const nonce = createNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'panel.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'panel.css'));
    const csp = `default-src 'none'; style-src ${webview.cspSource}; font-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Source Review</title>
</head>
<body>
<main id="app" aria-live="polite"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

export function register(extensionUri: vscode.Uri, analyses: AnalysisService, collection: CollectionIndex): Panel {
  return new Panel(extensionUri, analyses, collection);
}

function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
