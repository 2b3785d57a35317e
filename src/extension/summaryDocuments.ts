/**
 * Summaries as read-only documents shown in the Markdown preview: a summary is something to read,
 * not an unsaved "Untitled" buffer that asks to be saved on close. Each lives at a
 * `source-review-summary:` URI named after what it summarises, so summarising again replaces it.
 */
import * as vscode from 'vscode';

export const SUMMARY_SCHEME = 'source-review-summary';

export class SummaryDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, this);
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** Opens `markdown` as `<name>.md` in the Markdown preview beside the editor (in a read-only editor when there is no preview). */
  async show(name: string, markdown: string): Promise<vscode.TextDocument> {
    const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${name.replace(/[/\\]/g, '_')}.md` });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    }
    return document;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
