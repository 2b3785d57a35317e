/** Whether a date named without its year or week ("Friday", "in March") lies before or after publication. */

export type Tense = 'future' | 'past';

/** Before the date, words that put the event after the moment of writing ("will leave on Sunday", "scheduled to close Monday"). */
const FUTURE_BEFORE = String.raw`will|shall|going\s+to|is\s+to|are\s+to|scheduled|planned|plans|planning|expected|expects|due|set\s+to|as\s+soon\s+as|beginning|starting|upcoming`;
/** After the date, only unambiguous future forms count: "On Friday, the government planned ..." is past. */
const FUTURE_AFTER = String.raw`will|shall|going\s+to|is\s+to|are\s+to|is\s+(?:scheduled|expected|due)|are\s+(?:scheduled|expected|due)`;
/** Words of reporting and past tense that settle it the other way ("said Friday"). */
const PAST = String.raw`said|says|told|announced|reported|was|were|had|did`;

/** Group 1 or 3 ("he'll"): a future cue; group 2: a past cue. */
const cuePattern = (future: string): RegExp =>
  new RegExp(String.raw`(?<![\w'])(?:(${future})|(${PAST}))(?!\w)|(\w'll)(?!\w)`, 'gi');
const CUE_BEFORE = cuePattern(FUTURE_BEFORE);
const CUE_AFTER = cuePattern(FUTURE_AFTER);

/** How far to look around the date, within its sentence. */
const WINDOW_BEFORE = 80;
const WINDOW_AFTER = 40;

/** The last cue in `text` (the first when `first` is set), or null. */
function findCue(pattern: RegExp, text: string, first: boolean): Tense | null {
  pattern.lastIndex = 0;
  let found: Tense | null = null;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found = match[2] ? 'past' : 'future';
    if (first) break;
  }
  return found;
}

/** Cut a window at the sentence boundary nearest the date. */
function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - WINDOW_BEFORE), start);
  const boundary = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('? '), window.lastIndexOf('! '));
  return boundary < 0 ? window : window.slice(boundary + 1);
}

function clauseAfter(text: string, end: number): string {
  const window = text.slice(end, end + WINDOW_AFTER);
  const boundary = window.search(/[.;!?\n]/);
  return boundary < 0 ? window : window.slice(0, boundary);
}

/** The tense of the sentence around text[start, end): the nearest cue before it, else the first after it. */
export function tenseAround(text: string, start: number, end: number): Tense | null {
  return findCue(CUE_BEFORE, clauseBefore(text, start), false) ?? findCue(CUE_AFTER, clauseAfter(text, end), true);
}
