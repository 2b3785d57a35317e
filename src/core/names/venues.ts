/**
 * Venues are places, their whole written name: "Coral Sky Amphitheatre", "PNC Music Pavilion",
 * "Bridgestone Arena", "Ryman Auditorium". Concert listings, tour dates and sports pages are full
 * of them, and their names open with a sponsor's (a bank, a brewer, a carmaker), which the tagger,
 * taught on 1996 wire news that named few venues, reads as an organization of its own or as a
 * person, leaving the venue word outside. The words below name a building and nothing else; not
 * "Center", "Hall", "Theater" or "Park" (research centres and theatre companies are organizations,
 * and a hall or a park may be a person's name).
 */
import { isInsideLabel } from './features';
import { labelPlace } from './places';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import { listCue } from './wordCues';

const VENUE_WORDS = new Set(['Amphitheatre', 'Amphitheater', 'Arena', 'Pavilion', 'Stadium', 'Auditorium', 'Coliseum', 'Colosseum', 'Ballpark', 'Speedway', 'Raceway', 'Velodrome']);
/** Words of a venue's name before its venue word: a sponsor's, a place's and a kind's ("Hollywood Casino Amphitheatre"). */
const VENUE_WORD = listCue(VENUE_WORDS);
const MAX_NAME_WORDS = 5;
/** A capitalized word, an acronym ("PNC", "BB&T") or a hyphenated name ("Ak-Chin"). */
const NAME_WORD = /^\p{Lu}[\p{L}&’'.-]*$/u;
/** Words that open a sentence or a phrase, capitalized or not, and are no part of a venue's name. */
const OUTSIDE = new Set(['The', 'At', 'In', 'On', 'To', 'From', 'For', 'And', 'Of', 'With', 'By', 'A', 'An', 'Inside', 'Outside', 'Near', 'Tonight', 'Today', 'Formerly', 'Now']);

/** The lines (not of capitals: there a run says nothing) with each venue word after one to MAX_NAME_WORDS name words labelled one place with them (labels copied where changed). */
export function markVenues(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    if (line.style === 'caps' || (line.cues.line & VENUE_WORD) === 0) return line;
    const labels = line.labels.slice();
    return markVenueRuns(line, labels, line.style === 'normal') > 0 ? { ...line, labels } : line;
  });
}

/** Labels each venue's run of name words and its venue word as one place; returns the number of venues. */
function markVenueRuns({ tokens, cues }: TaggedLine, labels: Uint8Array, normal: boolean): number {
  let venues = 0;
  for (let index = 1; index < tokens.length; index++) {
    if ((cues.words[index]! & VENUE_WORD) === 0) continue;
    let start = index;
    while (start > 0 && index - start < MAX_NAME_WORDS && isNameWord(tokens[start - 1]!, tokens[start]!)) start--;
    if (start === index) continue;
    // A title-case line capitalizes every word ("Fans Pack Bridgestone Arena"): there the name must be set off
    // on its left, by a mark ("@ Bridgestone Arena", "– Bridgestone Arena") or a word that is no part of it.
    if (!normal && (start === 0 || (tokens[start]!.start - tokens[start - 1]!.end === 1 && isNameWord(tokens[start - 1]!, tokens[start]!)))) continue;
    // A name the tagger began before the run on a word outside it ("The" of "The Ostrow Pavilion") is no name left alone.
    if (isInsideLabel(labels[start]!) && start > 0 && labels[start - 1]! !== 0 && OUTSIDE.has(tokens[start - 1]!.text)) labels[start - 1] = 0;
    // A name that went on past the venue word ends with it ("Bridgestone Arena Nashville" is two names).
    labelPlace(labels, start, index + 1);
    venues++;
  }
  return venues;
}

/** Whether `word` is part of a venue's name written before `next`: a name word touching it with nothing but a space between. */
function isNameWord(word: Token, next: Token): boolean {
  return next.start - word.end === 1 && NAME_WORD.test(word.text) && !OUTSIDE.has(word.text) && !VENUE_WORDS.has(word.text);
}
