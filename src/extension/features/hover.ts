/**
 * Hovers for dates, names and quotations. Markdown is untrusted (no command links, no HTML) and
 * every piece of document text goes through appendText, which escapes Markdown.
 */
import * as vscode from 'vscode';
import type { DateMention, FactsRecord, NameMention, Quote, Span } from '../../core/types';
import { isArticleMention } from '../../corpus/article';
import type { AnalysisService } from '../analysisService';
import { LANGUAGE_ID } from '../commandIds';
import { spanToRange } from '../convert';
import { distanceFromPublication, resolutionNote, weekdayOf } from '../describeDate';

export function register(analyses: AnalysisService): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, {
    provideHover(document, position) {
      const facts = analyses.get(document).facts;
      if (!facts) return undefined;
      const offset = document.offsetAt(position);
      const date = facts.dates.find((mention) => spanContainsOffset(mention, offset));
      const name = facts.names.find((mention) => spanContainsOffset(mention, offset));
      const quote = facts.quotes.find((mention) => spanContainsOffset(mention, offset));
      const parts = [date && dateHover(date, facts), name && nameHover(name, facts), quote && quoteHover(quote)].filter(
        (part): part is vscode.MarkdownString => part !== undefined,
      );
      const innermost = [date, name, quote].filter((span) => span !== undefined).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      return parts.length > 0 && innermost ? new vscode.Hover(parts, spanToRange(document, innermost)) : undefined;
    },
  });
}

function spanContainsOffset(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

function untrusted(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}

function line(markdown: vscode.MarkdownString, label: string, value: string): void {
  markdown.appendMarkdown(`**${label}:** `);
  markdown.appendText(value);
  markdown.appendMarkdown('  \n');
}

function dateHover(date: DateMention, facts: FactsRecord): vscode.MarkdownString {
  const markdown = untrusted();
  markdown.appendMarkdown('**Date** ');
  markdown.appendText(`“${date.text}”`);
  markdown.appendMarkdown('\n\n');
  if (!date.value) {
    line(markdown, 'Value', 'vague (no calendar date)');
    return markdown;
  }
  line(markdown, 'Value', date.value);
  line(markdown, 'Precision', date.precision ?? 'unknown');
  const weekday = weekdayOf(date.value);
  if (weekday) line(markdown, 'Weekday', weekday);
  const distance = distanceFromPublication(date.value, facts.published);
  if (distance) line(markdown, 'Publication', distance);
  const resolution = resolutionNote(date);
  if (resolution) line(markdown, 'Resolved', resolution);
  return markdown;
}

function nameHover(name: NameMention, facts: FactsRecord): vscode.MarkdownString {
  const sameEntity = facts.names.filter((mention) => mention.type === name.type && mention.canonical === name.canonical && isArticleMention(mention));
  // The canonical form has a line of its own; the form hovered is in the title.
  const otherForms = [...new Set(sameEntity.map((mention) => mention.text))].filter((text) => text !== name.text && text !== name.canonical);
  const markdown = untrusted();
  markdown.appendMarkdown(`**${capitalize(name.type)}** `);
  markdown.appendText(name.canonical);
  markdown.appendMarkdown('\n\n');
  line(markdown, 'Canonical form', name.canonical);
  if (otherForms.length > 0) line(markdown, 'Also written', otherForms.join(', '));
  line(markdown, 'Mentions in the article', String(sameEntity.length));
  if (!isArticleMention(name)) line(markdown, 'Where', 'on the page, outside the article (boilerplate)');
  return markdown;
}

function quoteHover(quote: Quote): vscode.MarkdownString {
  const markdown = untrusted();
  markdown.appendMarkdown('**Quotation**\n\n');
  line(markdown, 'Speaker', quote.speaker ?? 'not stated in the text');
  if (!quote.marked) line(markdown, 'Quote marks', 'none (block quotation)');
  return markdown;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
