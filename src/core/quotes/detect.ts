/** Quotations with their speakers: marked segments, multi-paragraph groups, scraped block quotes. */
import { isBlank, type Line, type SeedDocument } from '../document';
import type { NameMention, Quote } from '../types';
import { speakerAfterQuote, speakerBeforeQuote, subjectAfterQuote, type SpeakerMention } from './attribution';
import { SpeakerResolver } from './canonical';
import { isQuotation, isQuotedTerm } from './filter';
import { linesWithQuoteMarks, opensWithQuoteMark, segmentsOfLine, type FoundQuote, type Segment } from './segments';
import { isSpeechVerb } from './phrases';
import { tokenize, type Token } from './tokens';
import { attributionLineSpeaker, blockQuotes, leadInSpeaker, nextNonBlank, previousNonBlankIndex } from './unmarked';

/** Characters around a quotation searched for its attribution: a long sentence, bounded for speed. */
const CONTEXT_BEFORE = 200;
const CONTEXT_AFTER = 120;
/** A quotation closing with a full stop ends its sentence: `." He said …` is a new one. */
const SENTENCE_CLOSE = /\.["”»]?$/;

export function detectQuotes(document: SeedDocument, names: readonly NameMention[]): Quote[] {
  const hasQuoteMark = linesWithQuoteMarks(document);
  const marked = markedQuotes(document, hasQuoteMark);
  let group = marked.length;
  const unmarked = blockQuotes(document, hasQuoteMark).map((quote) => ({ ...quote, group: ++group }));
  const found = [...marked, ...unmarked].sort((a, b) => a.start - b.start);
  fillFromNeighbours(found);
  fillFromNearbyLines(found, document);
  const isTerm = (quote: FoundQuote): boolean => !quote.speaker && isQuotedTerm(document.text, quote, () => hasSpeech(document, quote));
  const quotations = found.filter((quote) => !isTerm(quote));
  const resolver = new SpeakerResolver(document.text, names);
  const speakerOfGroup = new Map<number, string | null>();
  const groupInOrder = new Map<number, number>();
  return quotations.map((quote) => {
    const speaker = quote.speaker ? resolver.resolve(quote.speaker) : (speakerOfGroup.get(quote.group) ?? null);
    if (!speakerOfGroup.has(quote.group)) speakerOfGroup.set(quote.group, speaker);
    if (!groupInOrder.has(quote.group)) groupInOrder.set(quote.group, groupInOrder.size + 1);
    const { start, end, marked: isMarked } = quote;
    return { start, end, text: document.text.slice(start, end), speaker, marked: isMarked, group: groupInOrder.get(quote.group)! };
  });
}

/**
 * The speaker after the quotation, else before it; a name before beats a pronoun after. The words
 * before are tokenized only when needed: most quotations name their speaker right after them.
 */
function attribute(after: readonly Token[], before: () => readonly Token[], endsSentence: boolean, startsParagraph: boolean): SpeakerMention | null {
  const speakerAfter = speakerAfterQuote(after, endsSentence);
  if (speakerAfter && !speakerAfter.pronoun) return speakerAfter;
  const speakerBefore = speakerBeforeQuote(before(), startsParagraph);
  return speakerBefore && !speakerBefore.pronoun ? speakerBefore : (speakerAfter ?? speakerBefore);
}

/** Whether the quotation's paragraph, near the quotation, reports speech with a speech verb. */
function hasSpeech(document: SeedDocument, quote: FoundQuote): boolean {
  const line = document.lines[quote.lineIndex]!;
  const start = Math.max(line.start, quote.start - CONTEXT_BEFORE);
  const end = Math.min(line.end, quote.end + CONTEXT_AFTER);
  return tokenize(document.text.slice(start, end), start).some(isSpeechVerb);
}

function markedQuotes(document: SeedDocument, hasQuoteMark: readonly boolean[]): FoundQuote[] {
  const found: FoundQuote[] = [];
  let group = 0;
  let continuing = false;
  document.lines.forEach((line, lineIndex) => {
    if (!hasQuoteMark[lineIndex]) {
      // No segments here; a line of other text ends an unclosed quotation, a blank line does not.
      if (continuing && !isBlank(line)) continuing = false;
      return;
    }
    const segments = segmentsOfLine(line, lineIndex).filter((segment) => isQuotation(document.text, segment));
    const continues = continuing && opensWithQuoteMark(line);
    segments.forEach((segment, index) => {
      if (!(continues && index === 0)) group++;
      const speaker = speakerInParagraph(document, line, segments, index);
      // Spelled out rather than spread: a literal of fixed shape is made several times faster.
      found.push({ start: segment.start, end: segment.end, lineIndex, closed: segment.closed, marked: true, speaker, group });
    });
    continuing = segments.length > 0 && !segments[segments.length - 1]!.closed;
  });
  return found;
}

/** The speaker that the quotation's paragraph names around it, between the neighbouring quotations. */
function speakerInParagraph(document: SeedDocument, line: Line, segments: readonly Segment[], index: number): SpeakerMention | null {
  const { text } = document;
  const segment = segments[index]!;
  const beforeStart = Math.max(segments[index - 1]?.end ?? line.start, segment.start - CONTEXT_BEFORE);
  const afterEnd = Math.min(segments[index + 1]?.start ?? line.end, segment.end + CONTEXT_AFTER);
  const after = tokenize(text.slice(segment.end, afterEnd), segment.end);
  const before = (): Token[] => tokenize(text.slice(beforeStart, segment.start), beforeStart);
  const endsSentence = SENTENCE_CLOSE.test(text.slice(Math.max(segment.start, segment.end - 2), segment.end));
  const speaker = attribute(after, before, endsSentence, beforeStart === line.start);
  return speaker ?? (endsInComma(text, segment) ? subjectAfterQuote(after) : null);
}

/** `"…," Mrs. Clinton upbraided …`: a quotation ending in a comma runs into its attribution. */
function endsInComma(text: string, segment: Segment): boolean {
  return text[segment.end - 2] === ',' || text[segment.end] === ',';
}

/** A quotation whose own sentence names nobody takes the speaker of its paragraph or group neighbours. */
function fillFromNeighbours(found: FoundQuote[]): void {
  const related = (a: FoundQuote, b: FoundQuote | undefined): b is FoundQuote =>
    b !== undefined && b.speaker !== null && (a.lineIndex === b.lineIndex || a.group === b.group);
  found.forEach((quote, index) => {
    const previous = found[index - 1];
    if (!quote.speaker && related(quote, previous)) quote.speaker = previous.speaker;
  });
  for (let index = found.length - 1; index >= 0; index--) {
    const quote = found[index]!;
    const next = found[index + 1];
    if (!quote.speaker && related(quote, next)) quote.speaker = next.speaker;
  }
}

/** Offset of the line's first non-blank character; stops there, so long lines cost nothing. */
function firstVisibleOffset(document: SeedDocument, line: Line): number {
  let offset = line.start;
  while (offset < line.end && /\s/.test(document.text[offset]!)) offset++;
  return offset;
}

/**
 * Else the speaker of a lead-in line ending in a colon above, of an attribution line below, or, for a
 * paragraph that opens with a quotation, of the previous paragraph's last quotation.
 */
function fillFromNearbyLines(found: FoundQuote[], document: SeedDocument): void {
  found.forEach((quote, index) => {
    if (quote.speaker) return;
    const opensLine = quote.start === firstVisibleOffset(document, document.lines[quote.lineIndex]!);
    const previousLine = previousNonBlankIndex(document, quote.lineIndex);
    if (opensLine) quote.speaker = leadInSpeaker(document.lines[previousLine]);
    quote.speaker ??= attributionLineSpeaker(nextNonBlank(document, quote.lineIndex));
    const previous = found[index - 1];
    if (opensLine && previous && previous.lineIndex === previousLine) {
      quote.speaker ??= previous.speaker;
    }
  });
}
