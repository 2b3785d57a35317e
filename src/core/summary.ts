/** A readable Markdown summary of one facts record, for the CLI and the editor's Summarize Document. */
import type { FactsRecord, NameMention, NameType } from './types';

/** Document text must never become live Markdown: links, HTML or emphasis from a scraped page. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#|~&!]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ');
}

interface EntityCount {
  canonical: string;
  count: number;
}

export function entityCounts(names: readonly NameMention[], type: NameType): EntityCount[] {
  const counts = new Map<string, number>();
  for (const name of names) if (name.type === type) counts.set(name.canonical, (counts.get(name.canonical) ?? 0) + 1);
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

const SECTION_TITLES: Record<NameType, string> = { person: 'People', organization: 'Organizations', place: 'Places' };

/** `plain` leaves document text as it is, for a terminal; Markdown output escapes it. */
export function formatSummary(facts: FactsRecord, text: string, style: 'markdown' | 'plain' = 'markdown'): string {
  const escape = style === 'markdown' ? escapeMarkdown : (value: string) => value;
  const out: string[] = [`# ${escape(facts.title ?? facts.file ?? 'Untitled document')}`, ''];
  const field = (label: string, value: string | null) => out.push(`- **${label}:** ${value ? escape(value) : '—'}`);
  field('File', facts.file);
  field('Published', facts.published && `${facts.published}${facts.publishedFrom === 'given' ? ' (from INDEX.yaml)' : ''}`);
  field('Source', facts.source);
  field('Authors', facts.authors.join(', ') || null);
  field('Boilerplate', `${Math.round(boilerplateShare(facts, text) * 100)}% of lines in ${facts.boilerplate.length} regions`);
  for (const type of ['person', 'organization', 'place'] as const) {
    const entities = entityCounts(facts.names, type);
    out.push('', `## ${SECTION_TITLES[type]} (${entities.length})`, '');
    for (const entity of entities) out.push(`- ${escape(entity.canonical)} (${entity.count})`);
  }
  out.push('', `## Dates (${facts.dates.length})`, '');
  for (const date of facts.dates) out.push(`- ${escape(date.text)} → ${date.value ?? 'no calendar date'}`);
  out.push('', `## Quotations (${facts.quotes.length})`, '');
  for (const quote of facts.quotes) out.push(`- **${escape(quote.speaker ?? 'unattributed')}:** ${escape(quote.text)}`);
  if (facts.amounts.length) {
    out.push('', `## Amounts (${facts.amounts.length})`, '');
    for (const amount of facts.amounts) out.push(`- ${escape(amount.text)}`);
  }
  for (const warning of facts.warnings) out.push('', `> ${escape(warning)}`);
  return out.join('\n') + '\n';
}
