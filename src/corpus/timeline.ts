/**
 * The collection's timeline: every dated mention with the sentence around it, and conflicting
 * dates marked. The rule is deliberately simple so a reviewer can check it: two mentions describe
 * the same event when their sentences use the same words apart from the date itself (case,
 * numbers, short words and month and day names set aside); they conflict when their dates differ
 * and neither is a less precise form of the other (2025-05 agrees with 2025-05-08). Two dates in
 * one sentence of one document are two parts of what it tells ("from 2024 to 2027"), not a conflict.
 */
import type { DatePrecision, FactsRecord } from '../core/types';
import { isArticleMention } from './article';

export interface TimelineEvent {
  file: string;
  /** ISO date of any precision. */
  value: string;
  precision: DatePrecision | null;
  /** The date as written, and its span in the document. */
  text: string;
  start: number;
  end: number;
  sentence: string;
  /** Other events told with the same words but another date. */
  conflicts: { file: string; value: string; start: number }[];
}

const MAX_SENTENCE = 400;
const SENTENCE_BREAK = /[.!?]["”’»)]*\s|\n/g;
const IGNORED_WORD = /^(?:\d+|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|this|that|with|from|have|will|were|been|said|last|next|year|years|month|week|ago)$/;
/** Fewer distinctive words than this is too little to say two sentences tell the same event. */
const MIN_EVENT_WORDS = 3;

/** A document's dated mentions with their sentences (the facts record does not hold the text). */
export function timelineEvents(record: FactsRecord, text: string): TimelineEvent[] {
  return record.dates.flatMap((date) => date.value === null || !isArticleMention(date) ? [] : [{
    file: record.file ?? '',
    value: date.value,
    precision: date.precision,
    text: date.text,
    start: date.start,
    end: date.end,
    sentence: sentenceAround(text, date.start, date.end),
    conflicts: [],
  }]);
}

/** Marks conflicts in place and returns the events in date order. */
export function markConflicts(events: TimelineEvent[]): TimelineEvent[] {
  const byEvent = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const key = eventKey(event);
    if (key === null) continue;
    const same = byEvent.get(key) ?? [];
    for (const other of same) {
      if (agree(event.value, other.value) || sameSentence(event, other)) continue;
      event.conflicts.push({ file: other.file, value: other.value, start: other.start });
      other.conflicts.push({ file: event.file, value: event.value, start: event.start });
    }
    same.push(event);
    byEvent.set(key, same);
  }
  return events.sort((a, b) => a.value.localeCompare(b.value) || a.file.localeCompare(b.file) || a.start - b.start);
}

function sentenceAround(text: string, start: number, end: number): string {
  const windowStart = Math.max(0, start - MAX_SENTENCE);
  let sentenceStart = windowStart;
  SENTENCE_BREAK.lastIndex = windowStart;
  for (let match = SENTENCE_BREAK.exec(text); match && match.index + match[0].length <= start; match = SENTENCE_BREAK.exec(text)) {
    sentenceStart = match.index + match[0].length;
  }
  SENTENCE_BREAK.lastIndex = end;
  const next = SENTENCE_BREAK.exec(text);
  const sentenceEnd = Math.min(next ? next.index + 1 : text.length, end + MAX_SENTENCE);
  return text.slice(sentenceStart, sentenceEnd).replace(/\s+/g, ' ').trim();
}

function eventKey(event: TimelineEvent): string | null {
  const sentence = event.sentence.replace(event.text, ' ').toLowerCase();
  const words = new Set(sentence.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4 && !IGNORED_WORD.test(word)));
  return words.size >= MIN_EVENT_WORDS ? [...words].sort().join(' ') : null;
}

/** Mentions in one sentence share its text; mentions in two sentences cannot, their dates differ. */
function sameSentence(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.file === b.file && a.sentence === b.sentence;
}

function agree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
