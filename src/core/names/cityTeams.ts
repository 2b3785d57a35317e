/**
 * Clubs named by a place and a plural nickname: "Chicago Bears", "Los Angeles Lakers", "Miami
 * Dolphins". The tagger reads the place and leaves the nickname out (an ordinary plural after a
 * city), or takes both for the place; the nickname says the whole is the club. Plurals that end
 * places' own names ("Colorado Springs", "Virgin Islands", "United States") or name events, groups
 * of people or agreements after a place ("Tokyo Games", "Texas Democrats", "Paris Accords") are
 * left. Only in lines of running text (a title-case line capitalizes every plural: "Hong Kong
 * Protests Grow") and on pages about sport, which say so in words of the game (most pages' "Turkey
 * Trots", "Guinea Pigs" and "San Jose News" are no clubs).
 */
import { isInsideLabel, LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import { isKnownPlace } from './knownPlaces';
import type { WordList } from './model';
import { shapeCue } from './wordCues';

const PLACE_BEGIN = LABELS.indexOf('B-place');
const PLACE_INSIDE = LABELS.indexOf('I-place');
const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
const ORGANIZATION_INSIDE = LABELS.indexOf('I-organization');
const NICKNAME = /^\p{Lu}\p{Ll}{2,}s$/u;
/** Words of games and their reporting; a page about sport has at least SPORT_WORDS of them. */
const SPORT_WORD = /\b(?:season|coach|quarterback|touchdowns?|playoffs?|innings|league|roster|halftime|overtime|pitcher|goalkeeper|striker|rebounds|NFL|NBA|MLB|NHL|MLS)\b/g;
const SPORT_WORDS = 2;
const NOT_NICKNAMES = new Set([
  // Places' own last words.
  'States', 'Springs', 'Falls', 'Heights', 'Hills', 'Islands', 'Isles', 'Mountains', 'Lakes', 'Rapids', 'Plains', 'Keys', 'Woods',
  'Meadows', 'Gardens', 'Highlands', 'Lowlands', 'Dells', 'Shoals', 'Narrows', 'Sands', 'Forks', 'Pines', 'Oaks', 'Palms', 'Flats',
  'Emirates', 'Territories', 'Provinces', 'Cities', 'Glens', 'Downs', 'Fields', 'Acres', 'Estates', 'Towers', 'Docks', 'Rocks', 'Ridges',
  'Cliffs', 'Shores', 'Indies', 'Lands', 'Waters', 'Bluffs', 'Commons', 'Villages', 'Wells', 'Mills', 'Bridges', 'Crossings', 'Parks', 'Grounds',
  // Events, groups of people and agreements after a place.
  'Games', 'Olympics', 'Paralympics', 'Awards', 'Championships', 'Series', 'Talks', 'Accords', 'Agreements', 'Conventions',
  'Protocols', 'Democrats', 'Republicans', 'Conservatives', 'Liberals', 'Socialists', 'Greens', 'Affairs', 'Nationals', 'Residents',
  'Elections', 'Primaries', 'Caucuses', 'Riots', 'Protests', 'Attacks', 'Floods', 'Fires', 'Wars', 'Trials', 'Hearings',
]);

const LOWER_S = 115;
const NICKNAME_SHAPED = shapeCue(isNicknameShaped);

/**
 * Endings of nicknames that are no ordinary plurals ("Lakers", "Raptors", "Texans", "Celtics",
 * "Knicks"); places seldom end so ("Los Angeles", "Dallas", "Athens" do not), and a known place
 * after another is left ("Paris Texas").
 */
const NICKNAME_ENDING = /(?:ers|ors|ans|ics|ees|ets|ots|ins|als|ons|cks|ars)$/;

/**
 * The lines with each place-and-nickname club labelled one organization (labels copied where
 * changed). The tagger's own place ends in a nickname only when that is an ordinary plural
 * (in `wordLists`, lists of lower-case English words: "Dolphins", not "Angeles" or "Orleans").
 */
export function markCityTeams(lines: readonly TaggedLine[], text: string, wordLists: readonly WordList[]): readonly TaggedLine[] {
  if (!isAboutSport(text)) return lines;
  return relabelLines(lines, (line) => {
    if (line.style !== 'normal' || (line.cues.line & NICKNAME_SHAPED) === 0) return line;
    const labels = line.labels.slice();
    return markTeams(line.tokens, labels, wordLists) > 0 ? { ...line, labels } : line;
  });
}

function isAboutSport(text: string): boolean {
  let found = 0;
  for (const match of text.matchAll(SPORT_WORD)) if (match.index !== undefined && ++found >= SPORT_WORDS) return true;
  return false;
}

export function isNicknameShaped(word: string): boolean {
  // Every nickname ends in "s": most words fail there, before the pattern (this runs on every word the cues have not met lately).
  return word.charCodeAt(word.length - 1) === LOWER_S && NICKNAME.test(word) && !NOT_NICKNAMES.has(word);
}

/** A word shaped as a nickname with a nickname's ending (NICKNAME_ENDING): "Rangers", not "Dallas" or "Louis". */
export function hasNicknameEnding(word: string): boolean {
  return isNicknameShaped(word) && NICKNAME_ENDING.test(word);
}

/** A nickname the tagger left outside the place: an ordinary plural or a nickname's ending, and no known place. */
function isNicknameAfter(token: Token, wordLists: readonly WordList[]): boolean {
  const lower = token.text.toLowerCase();
  return isNicknameShaped(token.text) && (isOrdinary(lower, wordLists) || NICKNAME_ENDING.test(lower)) && !isKnownPlace(lower);
}

function isOrdinary(lower: string, wordLists: readonly WordList[]): boolean {
  return wordLists.some((words) => words.has(lower));
}

/** Labels each place followed by, or ending in, a nickname as one organization; returns the number of clubs. */
function markTeams(tokens: readonly Token[], labels: Uint8Array, wordLists: readonly WordList[]): number {
  let teams = 0;
  for (let start = 0; start < tokens.length; start++) {
    if (labels[start] !== PLACE_BEGIN) continue;
    let end = start + 1;
    while (end < tokens.length && labels[end] === PLACE_INSIDE) end++;
    // The nickname inside the place as its last word, or right after it outside any name.
    const last = end - 1;
    const inside = last > start && isNicknameShaped(tokens[last]!.text) && isOrdinary(tokens[last]!.text.toLowerCase(), wordLists);
    const after = !inside && end < tokens.length && labels[end] === 0 && isNicknameAfter(tokens[end]!, wordLists) && tokens[end]!.start - tokens[last]!.end === 1;
    if (!inside && !after) {
      start = end - 1;
      continue;
    }
    const teamEnd = after ? end + 1 : end;
    // A capitalized word after the nickname would make it no club's last word ("Kansas Jayhawks Basketball"): left.
    if (teamEnd < tokens.length && (isInsideLabel(labels[teamEnd]!) || /^\p{Lu}/u.test(tokens[teamEnd]!.text))) {
      start = teamEnd - 1;
      continue;
    }
    labels[start] = ORGANIZATION_BEGIN;
    labels.fill(ORGANIZATION_INSIDE, start + 1, teamEnd);
    teams++;
    start = teamEnd - 1;
  }
  return teams;
}
