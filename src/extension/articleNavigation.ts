/**
 * Where the panel takes the reviewer: clicking an entity again steps to its next mention (the
 * first click goes to the first), and a document opened from the INDEX shows its article, not the
 * site's menu above it. Pure, so it is tested without an editor.
 */
import type { FactsRecord, NameMention, Span } from '../core/types';

/**
 * The mention to reveal for a click on `clicked` (an entity's first mention): the one after the
 * mention of the same entity now selected, else `clicked` itself.
 */
export function mentionToReveal(names: readonly NameMention[], clicked: Span, selectedStart: number | undefined): Span {
  const entity = names.find((name) => name.start === clicked.start && name.end === clicked.end);
  if (!entity || selectedStart === undefined) return clicked;
  const mentions = names.filter((name) => name.canonical === entity.canonical && name.type === entity.type);
  const current = mentions.findIndex((name) => name.start === selectedStart);
  return current < 0 ? clicked : mentions[(current + 1) % mentions.length]!;
}

/** A body paragraph is at least this long; shorter lines may be menu entries the detectors missed. */
const MIN_PARAGRAPH = 80;
/** ...and ends a sentence, which a header line of date and title does not. */
const SENTENCE_END = /[.!?"”’)]$/u;

/**
 * 0-based number of the article's first line: from its first paragraph outside boilerplate, up
 * over the headline and blank lines to the boilerplate above (a repeated headline counts as the
 * article's); the first non-blank line outside boilerplate when no line is a paragraph.
 */
export function firstArticleLine(facts: FactsRecord, lines: readonly string[]): number {
  const inBoilerplate = new Set<number>();
  for (const region of facts.boilerplate) {
    if (region.kind === 'duplicate-headline') continue;
    for (let line = region.startLine; line <= region.endLine; line++) inBoilerplate.add(line - 1);
  }
  const isText = (line: number) => !inBoilerplate.has(line) && lines[line]!.trim() !== '';
  const paragraph = lines.findIndex((text, line) => isText(line) && text.trim().length >= MIN_PARAGRAPH && SENTENCE_END.test(text.trim()));
  if (paragraph < 0) return Math.max(lines.findIndex((_, line) => isText(line)), 0);
  let first = paragraph;
  for (let line = paragraph - 1; line >= 0 && !inBoilerplate.has(line); line--) if (isText(line)) first = line;
  return first;
}
