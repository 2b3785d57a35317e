/**
 * Outline: the article's structure, so the outline, sticky scroll and breadcrumbs follow what the
 * reviewer reads: the headline spanning the article, its sections (sub-headings), and in each the
 * quotations with their speakers. Boilerplate is left out: a "Boilerplate" group spanning the page
 * made the breadcrumb say "Boilerplate" inside the article and sticky scroll pin the site's menu.
 */
import * as vscode from 'vscode';
import { isArticleMention } from '../../core/article';
import type { FactsRecord, Quote } from '../../core/types';
import type { AnalysisService } from '../analysisService';
import { LANGUAGE_ID } from '../commandIds';
import { spanToRange } from '../convert';

const UNKNOWN_SPEAKER = 'speaker not stated';
const SNIPPET_LENGTH = 60;
/** A sub-heading is a short line standing alone, with no sentence ending. */
const MAX_HEADING_LENGTH = 80;
const SENTENCE_END = /[.!?:;,"”’)]$/u;

export function register(analyses: AnalysisService): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    { language: LANGUAGE_ID },
    {
      provideDocumentSymbols(document) {
        const facts = analyses.get(document).facts;
        return facts ? articleSymbols(document, facts) : [];
      },
    },
    { label: 'Source Review' },
  );
}

function articleSymbols(document: vscode.TextDocument, facts: FactsRecord): vscode.DocumentSymbol[] {
  const inBoilerplate = boilerplateLines(facts);
  const articleLines = [...Array(document.lineCount).keys()].filter((line) => !inBoilerplate.has(line) && !document.lineAt(line).isEmptyOrWhitespace);
  const headlineLine = titleLine(document, facts, inBoilerplate) ?? articleLines[0];
  const lastLine = articleLines[articleLines.length - 1];
  if (headlineLine === undefined || lastLine === undefined || lastLine < headlineLine) return [];
  const quotes = facts.quotes.filter(isArticleMention);
  const headings = articleLines.filter((line) => line > headlineLine && line < lastLine && isHeading(document, line));
  const bounds = [headlineLine, ...headings, lastLine + 1];
  const sections = headings.map((line, index) => symbolFor(document, line, bounds[index + 2]! - 1, vscode.SymbolKind.Namespace, quotes));
  const introEnd = (headings[0] ?? lastLine + 1) - 1;
  const headline = symbolFor(document, headlineLine, lastLine, vscode.SymbolKind.File, quotes.filter((quote) => document.positionAt(quote.start).line <= introEnd));
  // Named by the headline itself, not by the line it shares with a date header.
  if (facts.title && document.lineAt(headlineLine).text.includes(facts.title)) headline.name = facts.title;
  headline.children.push(...sections);
  return [headline];
}

/** A symbol from `first` to `last` line, named by the first line, with the quotations inside it as children. */
function symbolFor(document: vscode.TextDocument, first: number, last: number, kind: vscode.SymbolKind, quotes: readonly Quote[]): vscode.DocumentSymbol {
  const range = new vscode.Range(first, 0, last, document.lineAt(last).text.length);
  const selection = document.lineAt(first).range;
  const symbol = new vscode.DocumentSymbol(snippet(document.lineAt(first).text), '', kind, range, selection);
  symbol.children = quotes
    .map((quote) => ({ quote, range: spanToRange(document, quote) }))
    .filter(({ range: quoteRange }) => range.contains(quoteRange) && quoteRange.start.line > first)
    .map(({ quote, range: quoteRange }) => new vscode.DocumentSymbol(snippet(quote.text), quote.speaker ?? UNKNOWN_SPEAKER, vscode.SymbolKind.String, quoteRange, quoteRange));
  return symbol;
}

function titleLine(document: vscode.TextDocument, facts: FactsRecord, inBoilerplate: ReadonlySet<number>): number | undefined {
  if (!facts.title) return undefined;
  const text = document.getText();
  // A title cut short ("…", see shownTitle) is found by what it kept.
  const shown = facts.title.endsWith('…') ? facts.title.slice(0, -1) : facts.title;
  for (let at = text.indexOf(shown); at >= 0; at = text.indexOf(shown, at + 1)) {
    const line = document.positionAt(at).line;
    if (!inBoilerplate.has(line)) return line;
  }
  return undefined;
}

/** 0-based lines of boilerplate regions, copies of the headline excepted (the headline is the article's). */
function boilerplateLines(facts: FactsRecord): Set<number> {
  const lines = new Set<number>();
  for (const region of facts.boilerplate) {
    if (region.kind === 'duplicate-headline') continue;
    for (let line = region.startLine; line <= region.endLine; line++) lines.add(line - 1);
  }
  return lines;
}

function isHeading(document: vscode.TextDocument, line: number): boolean {
  const text = document.lineAt(line).text.trim();
  const alone = (other: number) => other < 0 || other >= document.lineCount || document.lineAt(other).isEmptyOrWhitespace;
  return text.length <= MAX_HEADING_LENGTH && text.includes(' ') && /^\p{Lu}/u.test(text) && !SENTENCE_END.test(text) && alone(line - 1) && alone(line + 1);
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1)}…` : flat;
}
