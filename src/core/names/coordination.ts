/**
 * Names joined by "and" are of one kind: "Qarmet and China's Dadi Engineering sign coal deal" names
 * the two parties to a deal. The tagger reads a name it does not know by its shape and neighbours,
 * and at a headline's start that often says place (or, for one word, person); an organization on the other side of the "and"
 * whose last word says it is one ("Engineering", "Corp", "Party") says more. Countries stay places:
 * they do sign with companies ("Kazakhstan and Chevron").
 */
import { COUNTRIES } from './countries';
import { COMPANY_HEADS } from './heads';
import { isBeginLabel, isInsideLabel, LABELS } from './features';
import { ORGANIZATION_HEADS } from './link';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import { listCue } from './wordCues';

const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
const ORGANIZATION_INSIDE = LABELS.indexOf('I-organization');
const PLACE_BEGIN = LABELS.indexOf('B-place');
const PERSON_BEGIN = LABELS.indexOf('B-person');
const CONJUNCTIONS = new Set(['and', '&']);
const CONJUNCTION = listCue(CONJUNCTIONS);
const POSSESSIVES = new Set(["'s", '’s']);

interface Span {
  start: number;
  end: number;
}

/** The lines with a place (or a one-word person) joined by "and" to an organization relabelled an organization (labels copied where changed). */
export function markJoinedOrganizations(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    if ((line.cues.line & CONJUNCTION) === 0) return line;
    let labels: Uint8Array | null = null;
    for (let index = 1; index + 1 < line.tokens.length; index++) {
      // Names on both sides first: labels are cheaper to read than words.
      if (line.labels[index - 1] === 0 || !isBeginLabel(line.labels[index + 1]!) || !CONJUNCTIONS.has(line.tokens[index]!.text)) continue;
      const before = nameEndingAt(line, index);
      const after = nameAfter(line, index + 1);
      if (!before || !after) continue;
      const [place, organization] = isEvidentOrganization(line, after) ? [before, after] : [after, before];
      if (!isUnsureName(line, place) || !isEvidentOrganization(line, organization) || isCountry(line, place)) continue;
      labels ??= line.labels.slice();
      labels[place.start] = ORGANIZATION_BEGIN;
      labels.fill(ORGANIZATION_INSIDE, place.start + 1, place.end);
    }
    return labels ? { ...line, labels } : line;
  });
}

/** The name that ends right before `end`, if one does. */
function nameEndingAt({ labels }: TaggedLine, end: number): Span | null {
  if (end === 0 || labels[end - 1] === 0) return null;
  let start = end - 1;
  while (start > 0 && isInsideLabel(labels[start]!)) start--;
  if (labels[start] === 0) return null;
  return { start, end };
}

/**
 * The name that starts at `from`, or after a possessive name there: the company, not its country,
 * in "China's Dadi Engineering".
 */
function nameAfter(line: TaggedLine, from: number): Span | null {
  const first = nameStartingAt(line, from);
  if (!first || !POSSESSIVES.has(line.tokens[first.end]?.text ?? '')) return first;
  return nameStartingAt(line, first.end + 1);
}

function nameStartingAt({ labels }: TaggedLine, start: number): Span | null {
  if (start >= labels.length || !isBeginLabel(labels[start]!)) return null;
  let end = start + 1;
  while (end < labels.length && labels[end] === labels[start]! + 1) end++;
  return { start, end };
}

/** An organization whose last word is an organization's ("Dadi Engineering", "Newmont Mining Corp"). */
function isEvidentOrganization({ tokens, labels }: TaggedLine, { start, end }: Span): boolean {
  const last = tokens[end - 1]!.text.toLowerCase().replace(/\.$/, '');
  return labels[start] === ORGANIZATION_BEGIN && end - start > 1 && (ORGANIZATION_HEADS.has(last) || COMPANY_HEADS.has(tokens[end - 1]!.text));
}

/** A place, or a person of one word (no given and family name): what the tagger makes of a company it does not know. */
function isUnsureName({ labels }: TaggedLine, { start, end }: Span): boolean {
  return labels[start] === PLACE_BEGIN || (labels[start] === PERSON_BEGIN && end - start === 1);
}

function isCountry({ tokens }: TaggedLine, { start, end }: Span): boolean {
  return COUNTRIES.has(tokens.slice(start, end).map((token) => token.text.toLowerCase()).join(' '));
}
