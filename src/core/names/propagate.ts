/**
 * A document names the same thing the same way: once the tagger has found a name in the body text
 * ("WeWork is preparing", "Governor Kristi Noem"), the same capitalized words elsewhere in the
 * document are that name too, where the tagger left them outside any name ("said a WeWork
 * spokesperson", "Noem tweeted"). A person's given or family name alone is that person. All-caps
 * lines and tables teach no forms (every word is capitalized, or names stand in columns); an ordinary word opening a sentence is
 * not taken ("Doctor" the name, not "Doctor visits were down").
 */
import { keptWordInfo } from './cues';
import { endsSentence, isBeginLabel, isInsideLabel, LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import { isPersonTitle } from './titles';
import { shapeCue } from './wordCues';

const TYPES = ['person', 'organization', 'place'] as const;
/** Longest form looked for, in words. */
const MAX_FORM_WORDS = 4;
const PERSON = 0;
/**
 * Honorifics that open a person's name as the tagger marks it ("Prince Andrew", "Sir Keir Starmer")
 * but are no given name: alone they name nobody ("Prince" then "Andrew" would be two people).
 */
const HONORIFICS = new Set(['prince', 'princess', 'duke', 'duchess', 'sir', 'dame', 'lord', 'lady', 'queen', 'king', 'pope', 'sheikh', 'emir']);
/** Per index in TYPES, the labels of a form's first and later words. */
const BEGIN_LABELS = TYPES.map((type) => LABELS.indexOf(`B-${type}`));
const INSIDE_LABELS = TYPES.map((type) => LABELS.indexOf(`I-${type}`));
const CAPITALIZED = shapeCue(startsName);

/** The lines with untagged occurrences of the document's names labelled (labels copied where changed). */
export function markKnownForms(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): readonly TaggedLine[] {
  const forms = knownForms(lines, commonWords);
  if (forms.size === 0) return lines;
  // Most capitalized words open no known form: one set lookup skips them (this runs on every keystroke).
  const firstWords = new Set<string>();
  for (const form of forms.keys()) firstWords.add(firstWordOf(form));
  return relabelLines(lines, (line) => {
    const { tokens, cues } = line;
    if ((cues.line & CAPITALIZED) === 0) return line;
    let labels: Uint8Array | null = null;
    for (let start = 0; start < tokens.length; start++) {
      if (line.labels[start] !== 0 || (cues.words[start]! & CAPITALIZED) === 0 || !firstWords.has(tokens[start]!.text)) continue;
      const found = longestForm(line, start, forms);
      if (!found) continue;
      const [end, type] = found;
      if (end === start + 1 && opensSentence(line, start) && keptWordInfo(tokens[start]!.text, commonWords).common) continue;
      labels ??= line.labels.slice();
      labels[start] = BEGIN_LABELS[type]!;
      labels.fill(INSIDE_LABELS[type]!, start + 1, end);
      start = end - 1;
    }
    return labels ? { ...line, labels } : line;
  });
}

/** Form as written (words joined by spaces) -> index in TYPES of the type most of its body mentions have. */
function knownForms(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): Map<string, number> {
  const votes = new Map<string, number[]>();
  const vote = (form: string, type: number) => {
    // One letter is the pronoun "I" or an initial, which name nobody alone wherever they stand.
    if (form.length === 1) return;
    let counts = votes.get(form);
    if (!counts) votes.set(form, (counts = [0, 0, 0]));
    counts[type]!++;
  };
  for (const { tokens, labels, style } of lines) {
    if (style === 'caps' || style === 'table') continue;
    for (let start = 0; start < labels.length; start++) {
      if (!isBeginLabel(labels[start]!)) continue;
      let end = start + 1;
      while (end < labels.length && isInsideLabel(labels[end]!)) end++;
      const type = (labels[start]! - 1) / 2;
      if (end - start <= MAX_FORM_WORDS) vote(formOf(tokens, start, end), type);
      // A person's family or given name alone is the person ("Noem" after "Kristi Noem", "Xi" after "Xi Jinping").
      if (type === PERSON && end - start >= 2) {
        const [given, family] = [tokens[start]!.text, tokens[end - 1]!.text];
        if (startsName(family)) vote(family, PERSON);
        // An ordinary word first is more often a title or a team's place than a given name ("Eastern Michigan").
        if (startsName(given) && !keptWordInfo(given, commonWords).common && !HONORIFICS.has(given.toLowerCase()) && !isPersonTitle(given)) vote(given, PERSON);
      }
      start = end - 1;
    }
  }
  const forms = new Map<string, number>();
  for (const [form, counts] of votes) forms.set(form, firstLargest(counts));
  return forms;
}

/** The words of tokens[start, end) joined by spaces. */
function formOf(tokens: TaggedLine['tokens'], start: number, end: number): string {
  let form = tokens[start]!.text;
  for (let index = start + 1; index < end; index++) form += ` ${tokens[index]!.text}`;
  return form;
}

/** Index of the largest count, the first of equal ones. */
function firstLargest(counts: readonly number[]): number {
  let best = 0;
  for (let index = 1; index < counts.length; index++) if (counts[index]! > counts[best]!) best = index;
  return best;
}

/** [end, type] of the longest known form of untagged words from `start`, or null. */
function longestForm(line: TaggedLine, start: number, forms: ReadonlyMap<string, number>): [number, number] | null {
  const { tokens, labels } = line;
  let key = '';
  let found: [number, number] | null = null;
  for (let end = start + 1; end <= Math.min(tokens.length, start + MAX_FORM_WORDS); end++) {
    if (labels[end - 1] !== 0) break;
    key += (end > start + 1 ? ' ' : '') + tokens[end - 1]!.text;
    const type = forms.get(key);
    if (type !== undefined) found = [end, type];
  }
  // Part of a longer run of capitalized words the tagger left alone ("Doctor Who") is not the form.
  if (found && found[0] < tokens.length && labels[found[0]] === 0 && startsName(tokens[found[0]]!.text)) return null;
  if (found && start > 0 && labels[start - 1] === 0 && startsName(tokens[start - 1]!.text) && !opensSentence(line, start - 1)) return null;
  return found;
}

function firstWordOf(form: string): string {
  const space = form.indexOf(' ');
  return space < 0 ? form : form.slice(0, space);
}

/** A word beginning with a capital letter. */
function startsName(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII by its code (most words): lower-casing allocates.
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function opensSentence({ tokens }: TaggedLine, index: number): boolean {
  return index === 0 || endsSentence(tokens[index - 1]!.text);
}
