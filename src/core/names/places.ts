/**
 * How places are written that 1996 wire news rarely showed the tagger:
 * - street addresses in local news and police reports ("near Seventh Street and Central Avenue",
 *   "of 1909 Jolinda Drive", "1119 Eighth St."): capitalized words, or an ordinal ("17th"), before
 *   a street word are one place, street word included;
 * - a capitalized point of the compass right before a place is part of it ("Northern Ireland",
 *   "North Macedonia", "North Richland Hills"): the tagger, which reads "Northern" as an adjective,
 *   often leaves it out.
 */
import { isBeginLabel, isInsideLabel, LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import { listCue } from './wordCues';

const PLACE_BEGIN = LABELS.indexOf('B-place');
const PLACE_INSIDE = LABELS.indexOf('I-place');
const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
/** Words that end a street's name. Not "Way", "Court", "Place" or "Dr." (a doctor): they name other things too. */
const STREET_WORDS = new Set(['Street', 'St.', 'Avenue', 'Ave.', 'Road', 'Rd.', 'Drive', 'Boulevard', 'Blvd.', 'Lane', 'Parkway']);
const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western']);
const MAX_STREET_WORDS = 3;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const CAPITALIZED = /^\p{Lu}[\p{Ll}’'-]/u;
const CAPITALIZED_OR_ACRONYM = /^\p{Lu}/u;
/** The words these rules turn on; a line without any is left as it is, uncopied. */
const STREET_OR_COMPASS = listCue([...STREET_WORDS, ...COMPASS_WORDS]);

/** The lines with street names and compass points before places labelled as places (labels copied where changed). */
export function markStreetsAndRegions(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    if (line.style === 'caps' || (line.cues.line & STREET_OR_COMPASS) === 0) return line;
    const labels = line.labels.slice();
    // In a title-case line every word is capitalized ("Concept First Drive").
    const changed = (line.style === 'normal' ? markStreets(line.tokens, labels) : 0) + joinCompassPoints(line.tokens, labels);
    return changed > 0 ? { ...line, labels } : line;
  });
}

/**
 * A street word after one to MAX_STREET_WORDS capitalized words or an ordinal makes them one place,
 * unless the tagger read any of them as part of an organization ("Wall Street Journal"). Returns the number of streets.
 */
function markStreets(tokens: readonly Token[], labels: Uint8Array): number {
  let streets = 0;
  for (let index = 1; index < tokens.length; index++) {
    // A street the tagger has in a place already keeps its span ("W. County Road 600S").
    if (!STREET_WORDS.has(tokens[index]!.text) || labels[index] === PLACE_BEGIN || labels[index] === PLACE_INSIDE) continue;
    let start = index;
    while (start > 0 && index - start < MAX_STREET_WORDS && isStreetNameWord(tokens[start - 1]!.text)) start--;
    if (start === index || insideOrganization(labels, start, index + 1)) continue;
    // Words left of a longer capitalized run are a product's or a title's ("GT Concept First Drive").
    if (start > 0 && CAPITALIZED_OR_ACRONYM.test(tokens[start - 1]!.text)) continue;
    // The name the street word stood in goes on past it only as a name of its own.
    labelPlace(labels, start, index + 1);
    streets++;
  }
  return streets;
}

function isStreetNameWord(word: string): boolean {
  return (CAPITALIZED.test(word) && !STREET_WORDS.has(word) && word !== 'The') || ORDINAL.test(word);
}

function insideOrganization(labels: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const label = labels[index]!;
    if (label === ORGANIZATION_BEGIN || label === ORGANIZATION_BEGIN + 1) return true;
  }
  return false;
}

/**
 * A compass word outside any name, right before a place's first word, opens that place; a
 * "person" there is a place too (no one is named "Northern Michigan"). Returns the number of joins.
 */
function joinCompassPoints(tokens: readonly Token[], labels: Uint8Array): number {
  let joins = 0;
  for (let index = 0; index + 1 < tokens.length; index++) {
    const next = labels[index + 1]!;
    if (labels[index] !== 0 || !isBeginLabel(next) || next === ORGANIZATION_BEGIN || !COMPASS_WORDS.has(tokens[index]!.text)) continue;
    labels[index] = PLACE_BEGIN;
    labels[index + 1] = PLACE_INSIDE;
    for (let inside = index + 2; inside < labels.length && isInsideLabel(labels[inside]!); inside++) labels[inside] = PLACE_INSIDE;
    joins++;
  }
  return joins;
}

/** Labels tokens start..end-1 one place; a name the tagger ran on past them goes on only as a name of its own. */
export function labelPlace(labels: Uint8Array, start: number, end: number): void {
  if (end < labels.length && isInsideLabel(labels[end]!)) labels[end] = labels[end]! - 1;
  labels[start] = PLACE_BEGIN;
  labels.fill(PLACE_INSIDE, start + 1, end);
}
