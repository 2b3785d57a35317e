/**
 * Hover lines from the rest of the collection: the other documents mentioning a name's entity, and
 * the other documents quoting the same words, with the word-by-word difference and a different
 * speaker flagged. Shown beside hover.ts's own hover (the editor joins both). Markdown is untrusted;
 * document text and file names are escaped, and links are plain file links with a line fragment.
 */
import * as vscode from 'vscode';
import type { QuoteMatch } from '../../corpus/quotations';
import { escapeMarkdown } from '../../core/summary';
import type { NameMention, Quote, Span } from '../../core/types';
import type { AnalysisService } from '../analysisService';
import type { CollectionIndex } from '../collectionIndex';
import { LANGUAGE_ID } from '../commandIds';
import { spanToRange } from '../convert';
import { rangeConverters } from '../otherDocumentRanges';
import { otherQuotations } from '../quotationsElsewhere';

/** Documents listed in one hover; the rest are counted. */
const MAX_LISTED = 10;

export function register(analyses: AnalysisService, collection: CollectionIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, {
    async provideHover(document, position) {
      const facts = analyses.get(document).facts;
      if (!facts) return undefined;
      const offset = document.offsetAt(position);
      const contains = (span: Span) => span.start <= offset && offset < span.end;
      const name = facts.names.find(contains);
      const quote = facts.quotes.find(contains);
      const parts = [name && (await entityLines(document.uri, name, collection)), quote && (await quotationLines(document.uri, quote, collection))].filter(
        (part): part is vscode.MarkdownString => part !== undefined && part !== null,
      );
      const span = name ?? quote;
      return parts.length > 0 && span ? new vscode.Hover(parts, spanToRange(document, span)) : undefined;
    },
  });
}

function untrusted(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}

/** A file link that opens the document at the span's line and column. */
async function linkTo(file: string, span: Span): Promise<string> {
  const uri = vscode.Uri.parse(file);
  const range = (await rangeConverters([uri])).get(file)?.(span);
  // The fragment is appended as text: Uri.toString would encode its comma, which the editor's link opener does not read.
  const target = range ? `${uri.toString()}#L${range.start.line + 1},${range.start.character + 1}` : uri.toString();
  const label = range ? `${vscode.workspace.asRelativePath(uri)}:${range.start.line + 1}` : vscode.workspace.asRelativePath(uri);
  return `[${escapeMarkdown(label)}](${target})`;
}

async function entityLines(current: vscode.Uri, name: NameMention, collection: CollectionIndex): Promise<vscode.MarkdownString | null> {
  const documents = (collection.entities.find(name.canonical, name.type)?.documents ?? []).filter((entry) => entry.file !== current.toString());
  if (documents.length === 0) return null;
  const markdown = untrusted();
  markdown.appendMarkdown(`**Also in ${documents.length} other document${documents.length === 1 ? '' : 's'}:**\n\n`);
  for (const entry of documents.slice(0, MAX_LISTED)) {
    const first = entry.mentions[0];
    if (!first) continue;
    const forms = [...new Set(entry.mentions.map((mention) => mention.text))].join(', ');
    markdown.appendMarkdown(`- ${await linkTo(entry.file, first)} — ${entry.mentions.length}× as ${escapeMarkdown(forms)}\n`);
  }
  if (documents.length > MAX_LISTED) markdown.appendMarkdown(`- and ${documents.length - MAX_LISTED} more\n`);
  return markdown;
}

async function quotationLines(current: vscode.Uri, quote: Quote, collection: CollectionIndex): Promise<vscode.MarkdownString | null> {
  const matches = otherQuotations(collection, current, quote);
  if (matches.length === 0) return null;
  const markdown = untrusted();
  markdown.appendMarkdown(`**Also quoted in ${matches.length} other place${matches.length === 1 ? '' : 's'}:**\n\n`);
  for (const match of matches.slice(0, MAX_LISTED)) markdown.appendMarkdown(`- ${await linkTo(match.occurrence.file, match.occurrence)} ${describeMatch(match)}\n`);
  if (matches.length > MAX_LISTED) markdown.appendMarkdown(`- and ${matches.length - MAX_LISTED} more\n`);
  return markdown;
}

/** "same words" or the difference (~~removed~~ **added**), then the other speaker when it differs. */
function describeMatch(match: QuoteMatch): string {
  const speaker = match.occurrence.speaker ? escapeMarkdown(match.occurrence.speaker) : 'speaker not stated';
  const who = match.differentSpeaker ? `⚠ **different speaker:** ${speaker}` : `— ${speaker}`;
  if (match.exact) return `— same words ${who}`;
  const difference = match.difference
    .map((part) => {
      const words = escapeMarkdown(part.value).trim();
      if (words === '') return '';
      return part.removed ? `~~${words}~~` : part.added ? `**${words}**` : words;
    })
    .filter((words) => words !== '')
    .join(' ');
  return `— wording differs (${Math.round(match.similarity * 100)}% shared) ${who}  \n  ${difference}`;
}
