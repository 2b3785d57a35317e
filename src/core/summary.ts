/** A readable Markdown summary of one facts record, for the CLI and the editor's Summarize Document. */
import { isArticleMention } from './article';
import type { DateMention, FactsRecord, NameMention, NameType } from './types';

/** Document text must never become live Markdown: links, HTML or emphasis from a scraped page. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#|~&!]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ');
}

interface EntityCount {
  canonical: string;
  count: number;
}

/** The article's entities of `type` with their mention counts; mentions in boilerplate (related stories, menus) are not the article's. */
export function entityCounts(names: readonly NameMention[], type: NameType): EntityCount[] {
  const counts = new Map<string, number>();
  for (const name of names) if (name.type === type && isArticleMention(name)) counts.set(name.canonical, (counts.get(name.canonical) ?? 0) + 1);
  return [...counts].map(([canonical, count]) => ({ canonical, count })).sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical));
}

/** Share of the document's non-blank lines inside boilerplate regions, 0..1. */
export function boilerplateShare(facts: FactsRecord, text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  const contentful = lines.reduce((count, line) => count + (line.trim() ? 1 : 0), 0);
  if (contentful === 0) return 0;
  let flagged = 0;
  for (const region of facts.boilerplate) {
    for (let number = region.startLine; number <= region.endLine; number++) if (lines[number - 1]?.trim()) flagged++;
  }
  return flagged / contentful;
}

/** "now", "currently": the moment of writing, which the Published field already gives; a list of dates leaves them out. */
const PRESENT_REFERENCE = /^(?:now|currently|right now|at present|at the moment)$/i;

/** The article's dates a reader looks up: not a menu's or a related story's, not a bare "now". */
function isListedDate(date: DateMention): boolean {
  return !date.boilerplate && !(date.value === null && PRESENT_REFERENCE.test(date.text.trim()));
}

const SECTION_TITLES: Record<NameType, string> = { person: 'People', organization: 'Organizations', place: 'Places' };

/** `plain` leaves document text as it is, for a terminal; Markdown output escapes it. */
export function formatSummary(facts: FactsRecord, text: string, style: 'markdown' | 'plain' = 'markdown'): string {
  const escape = style === 'markdown' ? escapeMarkdown : (value: string) => value;
  const out: string[] = [`# ${escape(facts.title ?? facts.file ?? 'Untitled document')}`, ''];
  const field = (label: string, value: string | null) => out.push(`- **${label}:** ${value ? escape(value) : '—'}`);
  field('File', facts.file);
  field('Published', facts.published && `${facts.published}${facts.publishedFrom === 'given' ? ' (from INDEX.yaml)' : ''}`);
  field('Source', facts.source);
  field('Outlet', facts.outlet);
  field('Authors', facts.authors.join(', ') || null);
  field('Boilerplate', `${Math.round(boilerplateShare(facts, text) * 100)}% of lines in ${facts.boilerplate.length} regions`);
  for (const type of ['person', 'organization', 'place'] as const) {
    const entities = entityCounts(facts.names, type);
    out.push('', `## ${SECTION_TITLES[type]} (${entities.length})`, '');
    for (const entity of entities) out.push(`- ${escape(entity.canonical)} (${entity.count})`);
  }
  const dates = facts.dates.filter(isListedDate);
  out.push('', `## Dates (${dates.length})`, '');
  for (const date of dates) out.push(`- ${escape(date.text)} → ${date.value ?? 'no calendar date'}${date.inferred ? ' (year inferred from the text)' : ''}`);
  const quotes = facts.quotes.filter(isArticleMention);
  out.push('', `## Quotations (${quotes.length})`, '');
  for (const quote of quotes) out.push(`- **${escape(quote.speaker ?? 'unattributed')}:** ${escape(quote.text)}`);
  if (facts.amounts.length) {
    out.push('', `## Amounts (${facts.amounts.length})`, '');
    for (const amount of facts.amounts) out.push(`- ${escape(amount.text)}`);
  }
  for (const warning of facts.warnings) out.push('', `> ${escape(warning)}`);
  return out.join('\n') + '\n';
}
