/** Dates, names and quotations coloured per kind; boilerplate dimmed. Colours come from contributes.colors. */
import * as vscode from 'vscode';
import type { FactsRecord, Span } from '../../core/types';
import { isArticleMention } from '../../corpus/article';
import { boilerplateLinesRange, spanToRange } from '../convert';
import type { AnalysisService, DocumentAnalysis } from '../analysisService';
import { isSeedDocument } from '../analysisService';
import type { HighlightKind, SourceReviewSettings } from '../settings';
import { onDidChangeSettings, settingsFor } from '../workspaceSettings';

/** Colour id stem in contributes.colors for each highlight kind. */
const COLOR_STEM: Record<HighlightKind, string> = {
  dates: 'date',
  people: 'person',
  organizations: 'organization',
  places: 'place',
  quotations: 'quotation',
};

export type HighlightRanges = Record<HighlightKind | 'boilerplate', vscode.Range[]>;

export class Highlights implements vscode.Disposable {
  private readonly kindDecorations: Record<HighlightKind, vscode.TextEditorDecorationType>;
  private readonly boilerplateDecoration = vscode.window.createTextEditorDecorationType({ opacity: '0.45' });
  private readonly applied = new Map<string, HighlightRanges>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analyses: AnalysisService) {
    this.kindDecorations = Object.fromEntries(
      Object.entries(COLOR_STEM).map(([kind, stem]) => [kind, createKindDecoration(stem, kind === 'quotations')]),
    ) as Record<HighlightKind, vscode.TextEditorDecorationType>;
    this.subscriptions = [
      analyses.onDidAnalyze((analysis) => this.redrawDocument(analysis)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawVisible()),
      onDidChangeSettings(() => this.redrawVisible()),
    ];
    this.redrawVisible();
  }

  /** What was last drawn in the editor of `uri` (read by the integration tests). */
  rangesFor(uri: vscode.Uri): HighlightRanges | undefined {
    return this.applied.get(uri.toString());
  }

  private redrawVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (isSeedDocument(editor.document)) this.draw(editor, this.analyses.get(editor.document));
    }
  }

  private redrawDocument(analysis: DocumentAnalysis): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === analysis.document) this.draw(editor, analysis);
    }
  }

  private draw(editor: vscode.TextEditor, analysis: DocumentAnalysis): void {
    const ranges = computeRanges(editor.document, analysis.facts, settingsFor(editor.document));
    for (const kind of Object.keys(COLOR_STEM) as HighlightKind[]) {
      editor.setDecorations(this.kindDecorations[kind], ranges[kind]);
    }
    editor.setDecorations(this.boilerplateDecoration, ranges.boilerplate);
    this.applied.set(editor.document.uri.toString(), ranges);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions, this.boilerplateDecoration, ...Object.values(this.kindDecorations)).dispose();
  }
}

export function register(analyses: AnalysisService): Highlights {
  return new Highlights(analyses);
}

function createKindDecoration(stem: string, italic: boolean): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`sourceReview.${stem}Background`),
    borderColor: new vscode.ThemeColor(`sourceReview.${stem}Border`),
    // An underline rather than a text colour keeps the theme's own text colours readable.
    borderStyle: 'none none solid none',
    borderWidth: '0 0 1px 0',
    fontStyle: italic ? 'italic' : undefined,
  });
}

function computeRanges(document: vscode.TextDocument, facts: FactsRecord | null, settings: SourceReviewSettings): HighlightRanges {
  const on = settings.highlight;
  const toRanges = (enabled: boolean, spans: readonly Span[]) => (enabled ? spans.map((span) => spanToRange(document, span)) : []);
  // Names in boilerplate belong to other stories: left uncoloured inside the dimmed region.
  const names = (facts?.names ?? []).filter(isArticleMention);
  return {
    dates: toRanges(on.dates, facts?.dates ?? []),
    people: toRanges(on.people, names.filter((name) => name.type === 'person')),
    organizations: toRanges(on.organizations, names.filter((name) => name.type === 'organization')),
    places: toRanges(on.places, names.filter((name) => name.type === 'place')),
    quotations: toRanges(on.quotations, facts?.quotes ?? []),
    boilerplate: settings.boilerplate.dim ? (facts?.boilerplate ?? []).map((region) => boilerplateLinesRange(document, region)) : [],
  };
}
