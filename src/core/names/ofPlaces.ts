/**
 * Places named "<kind> of <name>": "Strait of Hormuz", "Gulf of Mexico", "Isle of Man", "Democratic
 * Republic of Congo", "Western District of New York". The tagger reads the name after "of" as the
 * place and leaves the kind out, or splits the two ("Sea" "Japan"); the kind word says the whole is
 * one place. Only kinds that name a place and nothing else, so no "State" ("Secretary of State"),
 * "City" (a city's council) or "Bank" ("Bank of England").
 */
import type { RawMention } from './mentions';
import { labelPlace } from './places';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import { listCue } from './wordCues';

const PLACE_KINDS = new Set(['Strait', 'Straits', 'Gulf', 'Sea', 'Isle', 'Bay', 'Republic', 'Kingdom', 'Emirate', 'Sultanate', 'Principality', 'Province', 'District', 'Commonwealth', 'Cape']);
const KIND_WORD = listCue(PLACE_KINDS);
/** Capitalized words of the kind before its kind word ("Democratic Republic", "Western District") and of the name after "of". */
const MAX_KIND_WORDS = 2;
const MAX_NAME_WORDS = 3;
const CAPITALIZED = /^\p{Lu}[\p{L}’'.-]*$/u;
/** Capitalized words that open a sentence or a phrase and are no part of a place's name. */
const OUTSIDE = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'To', 'From', 'Of', 'And', 'For', 'By', 'With', 'Near', 'Across', 'Off', 'Into']);

/** The lines with each "<kind> of <name>" labelled one place (labels copied where changed); not in lines of capitals. */
export function markOfPlaces(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    if (line.style === 'caps' || (line.cues.line & KIND_WORD) === 0) return line;
    const labels = line.labels.slice();
    return markRuns(line, labels, line.style === 'normal') > 0 ? { ...line, labels } : line;
  });
}

/** Labels each kind word's place, kind words, "of" and name, as one place; returns the number of places. */
function markRuns({ tokens, cues }: TaggedLine, labels: Uint8Array, normal: boolean): number {
  let places = 0;
  for (let index = 0; index + 2 < tokens.length; index++) {
    const of = tokens[index + 1]!;
    if ((cues.words[index]! & KIND_WORD) === 0 || (of.text !== 'of' && of.text !== 'Of') || !touching(tokens[index]!, of)) continue;
    let end = index + 2;
    while (end < tokens.length && end - index - 2 < MAX_NAME_WORDS && isPlaceWord(tokens[end]!) && touching(tokens[end - 1]!, tokens[end]!)) end++;
    if (end === index + 2) continue;
    // In a title-case line every word is capitalized: there only words the tagger put in a name go with the kind.
    let start = index;
    while (start > 0 && index - start < MAX_KIND_WORDS && isPlaceWord(tokens[start - 1]!) && touching(tokens[start - 1]!, tokens[start]!) && (normal || labels[start - 1]! !== 0)) start--;
    labelPlace(labels, start, end);
    places++;
    index = end - 1;
  }
  return places;
}

function isPlaceWord({ text }: Token): boolean {
  return CAPITALIZED.test(text) && !OUTSIDE.has(text);
}

/** Whether two tokens stand one space apart (no mark between them). */
function touching(left: Token, right: Token): boolean {
  return right.start - left.end === 1;
}

/** Kinds of place written in lower case before "of" and a name (markKindOfPlaces). */
const LOWER_CASE_KINDS = 'province|island|town|city|village|region|state|county|capital|port|district|suburb|enclave|territory|municipality|borough|prefecture|peninsula';

/**
 * A name right after a lower-case kind of place and "of" is that place: "the town of Tavildara", "the
 * Arctic island of Spitzbergen", "the central province of Hubei", "the port of Qinglan". Written so,
 * the kind is a common noun and the name after it the place it is one of, whatever the words around
 * the name's other mentions made the tagger read ("Tavildara" a person, "Hubei" a company); so the
 * cue is decisive for the form (link.ts). Kinds that also open other phrases ("state of emergency",
 * "capital of" a company's money) have a lower-case word after them, and no name.
 */
const KIND_OF_BEFORE = new RegExp(`\\b(?:${LOWER_CASE_KINDS}) of\\s$`);
/** Characters before a name that KIND_OF_BEFORE looks at (the longest kind, " of" and the space). */
const KIND_OF_LENGTH = 17;
/** A kind and "of" anywhere: most documents have none, and then no mention needs a look. */
const ANY_KIND_OF = new RegExp(`\\b(?:${LOWER_CASE_KINDS}) of \\p{Lu}`, 'u');

/** The mentions with each name right after a lower-case kind of place and "of" (KIND_OF_BEFORE) a decisive place. */
export function markKindOfPlaces(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  if (!ANY_KIND_OF.test(text)) return mentions;
  return mentions.map((mention) => {
    const start = mention.tokens[0]!.start;
    return KIND_OF_BEFORE.test(text.slice(Math.max(0, start - KIND_OF_LENGTH), start)) ? { ...mention, type: 'place' as const, decisive: true } : mention;
  });
}
