/** Scraped block quotes: a line of speech without quote marks, then a line such as "Putin said." */
import { isBlank, type Line, type SeedDocument } from '../document';
import { speakerAfterQuote, speakerBeforeQuote, type SpeakerMention } from './attribution';
import type { FoundQuote } from './segments';
import { tokenize, type Token } from './tokens';
import { SPEECH_VERBS } from './vocabulary';

const MAX_ATTRIBUTION_WORDS = 10;
const THREE_WORDS = /\S\s+\S+\s+\S/;
const MAX_ATTRIBUTION_CHARS = 120;
const QUOTE_MARK = /["“”«»„‟]/;
const ENDS_SPEECH = /[,.!?…]$/;
/** Here rather than in the function: the build turns a Unicode-property literal into a `new RegExp` per call. */
const CAPITAL_START = /^\p{Lu}/u;

/** The speaker of a line that only attributes ("Putin said, opening the meeting."), else null. */
export function attributionLineSpeaker(line: Line | undefined): SpeakerMention | null {
  if (!line || line.text.length > MAX_ATTRIBUTION_CHARS || QUOTE_MARK.test(line.text)) return null;
  const tokens = tokenize(line.text, line.start);
  const words = tokens.filter((token) => token.isWord).length;
  if (words > MAX_ATTRIBUTION_WORDS || !CAPITAL_START.test(tokens[0]?.text ?? '')) return null;
  return endsAfterVerb(tokens) ? speakerAfterQuote(tokens) : null;
}

/** "Putin said." or "Putin said, opening …", not "Trump told reporters nothing new." */
function endsAfterVerb(tokens: readonly Token[]): boolean {
  const verb = tokens.findIndex((token) => SPEECH_VERBS.has(token.text));
  const next = tokens[verb + 1];
  return verb === 0 || (verb > 0 && (next === undefined || next.text === ',' || next.text === '.'));
}

/** The speaker announced by a lead-in line ending in a colon ("Xi … emphasized:"), else null. */
export function leadInSpeaker(line: Line | undefined): SpeakerMention | null {
  if (!line || !line.text.trimEnd().endsWith(':')) return null;
  return speakerBeforeQuote(tokenize(line.text, line.start));
}

export function nextNonBlank(document: SeedDocument, lineIndex: number): Line | undefined {
  return document.lines.slice(lineIndex + 1, lineIndex + 3).find((line) => !isBlank(line));
}

/** Index of the closest non-blank line above, looking past one blank line, or -1. */
export function previousNonBlankIndex(document: SeedDocument, lineIndex: number): number {
  for (let index = lineIndex - 1; index >= Math.max(0, lineIndex - 2); index--) {
    if (!isBlank(document.lines[index]!)) return index;
  }
  return -1;
}

/** Whether a line without quote marks reads as speech. */
function isBlockQuoteLine(line: Line): boolean {
  const text = line.text.trimEnd();
  return ENDS_SPEECH.test(text) && THREE_WORDS.test(text);
}

/** Unmarked quotations; `group` is filled in by the caller. */
export function blockQuotes(document: SeedDocument, hasQuoteMark: readonly boolean[]): FoundQuote[] {
  const found: FoundQuote[] = [];
  document.lines.forEach((line, lineIndex) => {
    if (hasQuoteMark[lineIndex] || isBlank(line) || !isBlockQuoteLine(line)) return;
    const speaker = attributionLineSpeaker(nextNonBlank(document, lineIndex));
    if (!speaker) return;
    const start = line.start + (line.text.length - line.text.trimStart().length);
    const end = line.start + line.text.trimEnd().length;
    found.push({ start, end, lineIndex, closed: true, marked: false, speaker, group: 0 });
  });
  return found;
}
