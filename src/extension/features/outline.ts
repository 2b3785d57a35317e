/** Outline: the title, quotations grouped by speaker, boilerplate regions. */
import * as vscode from 'vscode';
import type { FactsRecord, Quote } from '../../core/types';
import type { AnalysisService } from '../analysisService';
import { LANGUAGE_ID } from '../commandIds';
import { boilerplateLinesRange, spanToRange } from '../convert';

const UNKNOWN_SPEAKER = 'Speaker not stated';
const SNIPPET_LENGTH = 60;

export function register(analyses: AnalysisService): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    { language: LANGUAGE_ID },
    {
      provideDocumentSymbols(document) {
        const facts = analyses.get(document).facts;
        if (!facts) return [];
        return [titleSymbol(document, facts), quotationsSymbol(document, facts.quotes), boilerplateSymbol(document, facts)].filter(
          (symbol): symbol is vscode.DocumentSymbol => symbol !== null,
        );
      },
    },
    { label: 'Source Review' },
  );
}

function titleSymbol(document: vscode.TextDocument, facts: FactsRecord): vscode.DocumentSymbol | null {
  if (!facts.title) return null;
  const start = document.getText().indexOf(facts.title);
  if (start < 0) return null;
  const range = spanToRange(document, { start, end: start + facts.title.length });
  return new vscode.DocumentSymbol(facts.title, 'title', vscode.SymbolKind.File, range, range);
}

function quotationsSymbol(document: vscode.TextDocument, quotes: readonly Quote[]): vscode.DocumentSymbol | null {
  if (quotes.length === 0) return null;
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const speaker = quote.speaker ?? UNKNOWN_SPEAKER;
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), quote]);
  }
  const speakers = [...bySpeaker].map(([speaker, spoken]) => {
    const children = spoken.map((quote) => {
      const range = spanToRange(document, quote);
      return new vscode.DocumentSymbol(snippet(quote.text), '', vscode.SymbolKind.String, range, range);
    });
    return group(speaker, `${spoken.length} quotation${spoken.length === 1 ? '' : 's'}`, vscode.SymbolKind.Object, children);
  });
  return group('Quotations', `${quotes.length}`, vscode.SymbolKind.Namespace, speakers);
}

function boilerplateSymbol(document: vscode.TextDocument, facts: FactsRecord): vscode.DocumentSymbol | null {
  if (facts.boilerplate.length === 0) return null;
  const regions = facts.boilerplate.map((region) => {
    const range = boilerplateLinesRange(document, region);
    const lines = region.startLine === region.endLine ? `line ${region.startLine}` : `lines ${region.startLine}–${region.endLine}`;
    return new vscode.DocumentSymbol(region.kind, lines, vscode.SymbolKind.Null, range, spanToRange(document, region));
  });
  return group('Boilerplate', `${facts.boilerplate.length}`, vscode.SymbolKind.Namespace, regions);
}

/** A parent symbol spanning its children, as the outline requires. */
function group(name: string, detail: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol {
  const range = children.map((child) => child.range).reduce((all, next) => all.union(next));
  const first = children[0]?.selectionRange ?? range;
  const symbol = new vscode.DocumentSymbol(name, detail, kind, range, first);
  symbol.children = children;
  return symbol;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1)}…` : flat;
}
