/**
 * How a company's name is written on today's pages, which the tagger splits or runs on:
 * - "Ernst & Young", "Frost & Sullivan": capitalized words joined by an ampersand are one
 *   organization (a firm of partners), whatever type the tagger gave one side; a firm is named by
 *   its partners' family names, so a person named in full on either side ("Talks With Xi Jinping &
 *   Vladimir Putin") is two people joined, not a firm;
 * - "NASA's Science Mission Directorate": a possessive after an acronym ends a name; the words
 *   after it are a name of their own, of the same type (not after a word: "Queen's Park");
 * - "sold to The Carlyle Group": a capitalized "The" inside a sentence belongs to the organization after it.
 */
import { isAcronym } from './cues';
import { isBeginLabel, isInsideLabel, LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import { listCue } from './wordCues';

const B_ORGANIZATION = LABELS.indexOf('B-organization');
const B_PLACE = LABELS.indexOf('B-place');
const B_PERSON = LABELS.indexOf('B-person');
/** A person's name of this many words or more is a given name and a family name: a person named in full. */
const FULL_NAME_WORDS = 2;
/** The tokenizer's possessive ending, a token of its own. */
const POSSESSIVE = new Set(["'s", '’s']);
const CAPITALIZED = /^\p{Lu}/u;
const WORD = /[\p{L}\p{N}]/u;
/** The words these rules turn on; a line without any is left as it is, uncopied. */
const MAY_CHANGE = listCue(['&', 'The', ...POSSESSIVE]);

export function markCompanyForms(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    if ((line.cues.line & MAY_CHANGE) === 0) return line;
    const labels = line.labels.slice();
    const changed = joinAmpersands(line.tokens, labels) + endAtPossessives(line.tokens, labels) + takeThe(line.tokens, labels);
    return changed > 0 ? { ...line, labels } : line;
  });
}

/** The name around `index`: [start, end) of its tokens, or the word alone when it is in no name. */
function spanAt(labels: Uint8Array, index: number): [number, number] {
  if (labels[index] === 0) return [index, index + 1];
  let start = index;
  while (start > 0 && isInsideLabel(labels[start]!)) start--;
  let end = index + 1;
  while (end < labels.length && isInsideLabel(labels[end]!)) end++;
  return [start, end];
}

/** Capitalized words on both sides of "&", one side a name, not both places and neither a person named in full: one organization. Returns the number of joins. */
function joinAmpersands(tokens: readonly Token[], labels: Uint8Array): number {
  let joins = 0;
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (tokens[index]!.text !== '&' || !CAPITALIZED.test(tokens[index - 1]!.text) || !CAPITALIZED.test(tokens[index + 1]!.text)) continue;
    const left = labels[index - 1]!;
    const right = labels[index + 1]!;
    if ((left === 0 && right === 0) || (typeOf(left) === B_PLACE && typeOf(right) === B_PLACE)) continue;
    const [start, leftEnd] = spanAt(labels, index - 1);
    const [rightStart, end] = spanAt(labels, index + 1);
    if (isFullPerson(labels, start, leftEnd) || isFullPerson(labels, rightStart, end)) continue;
    labels[start] = B_ORGANIZATION;
    labels.fill(B_ORGANIZATION + 1, start + 1, end);
    joins++;
  }
  return joins;
}

function isFullPerson(labels: Uint8Array, start: number, end: number): boolean {
  return labels[start] === B_PERSON && end - start >= FULL_NAME_WORDS;
}

/** The B- label of a label's type, 0 for outside. */
function typeOf(label: number): number {
  return label === 0 ? 0 : isBeginLabel(label) ? label : label - 1;
}

/** A possessive ending after an acronym inside a name ends it there; the next word opens a name of the same type. */
function endAtPossessives(tokens: readonly Token[], labels: Uint8Array): number {
  let breaks = 0;
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (!isInsideLabel(labels[index]!) || !isInsideLabel(labels[index + 1]!) || !POSSESSIVE.has(tokens[index]!.text)) continue;
    if (!isAcronym(tokens[index - 1]!.text)) continue;
    labels[index + 1] = labels[index]! - 1;
    labels[index] = 0;
    breaks++;
  }
  return breaks;
}

/** "The" inside a sentence right before an organization opens it. */
function takeThe(tokens: readonly Token[], labels: Uint8Array): number {
  let taken = 0;
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (tokens[index]!.text !== 'The' || labels[index] !== 0 || labels[index + 1] !== B_ORGANIZATION) continue;
    // After a word, not after a bullet or the end of a sentence, where any "The" is capitalized.
    if (!WORD.test(tokens[index - 1]!.text)) continue;
    labels[index] = B_ORGANIZATION;
    labels[index + 1] = B_ORGANIZATION + 1;
    taken++;
  }
  return taken;
}
