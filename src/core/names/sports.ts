/**
 * Sports teams named by a nickname or a college's place ("the Huskies", "Eastern Michigan"): the
 * tagger reads a plural nickname as no name and a state or a compass-and-state as a person or place.
 * Two cues say team:
 * - a win-loss record in brackets after the name: "The Gophers (9-1, 6-1) play Saturday";
 * - a player's position or a coach before a person's name: "Huskies quarterback Marcus Childers".
 * Every mention of a cued form then becomes an organization, and its other occurrences the tagger
 * missed become mentions. Places stay places: news names national teams by their country, and
 * CoNLL labels those places ("Japan beat Syria 2-1"); countries are never cued.
 * A third cue retypes places only: a game's result between two places or teams, "Eastern Michigan rolled
 * past Northern Illinois, 45-17": a place that beats another by a score is the team that plays for it
 * (a college, a club named by its city), in that line and wherever else the document writes it.
 * People who win by a score ("Chang beat Bruguera 6-3") stay people.
 * A squad list names people (markSquadLists), and a result line teams (markResultLines).
 */
import { COUNTRIES } from './countries';
import type { RawMention } from './mentions';
import { mentionEnd, overlapsSpan, rawMention, withAddedMentions } from './mentions';
import { ExactSpans, MentionSpans } from './spanIndex';
import { tokenizeLine } from './tokenize';

const RECORD_AFTER = /^\s?\(\d{1,2}-\d{1,2}(?:-\d{1,2})?(?:,\s?\d{1,2}-\d{1,2}(?:-\d{1,2})?)?\)/;
const POSITIONS = 'head coach|coach|athletic director|quarterback|running back|linebacker|wide receiver|tight end|cornerback|pitcher|goalkeeper|goalie|striker|midfielder|defender';
const POSITION_AFTER = new RegExp(`^\\s(?:${POSITIONS})\\s\\p{Lu}`, 'u');
/** Either cue anywhere: most documents have none, and then no capitalized run needs a look. */
const ANY_CUE = new RegExp(`\\(\\d{1,2}-\\d{1,2}|\\s(?:${POSITIONS})\\s\\p{Lu}`, 'u');
/** One to three capitalized words, not after another capitalized word; a leading "The" is not part of the name. */
const CAPITALIZED_RUN = /(?<!\p{Lu}[\p{L}’'.-]*\s)(?:The\s)?(\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,2})/gu;
const AFTER = 48;
/** Words that describe the player rather than name a team: "Attacking midfielder", "Brazilian-born striker". */
const DESCRIBING_WORD = /(?:ing|-\p{Ll}+)$/u;
/** Verbs of a win, between the winner's and the loser's names ("routs", "rolled past the"). */
const WIN_BETWEEN = /^\s(?:beat|beats|defeated|defeats|downed|downs|edged|edges|topped|tops|routed|routs|rolled past|rolls past|blanked|blanks|crushed|crushes|stunned|stuns|upset|upsets|outlasted|outlasts|thumped|thumps)\s(?:the\s)?$/;
/** The score after the loser's name: "Northern Illinois, 45-17" or "Wolves 3-1". */
const SCORE_AFTER = /^,?\s\d{1,3}-\d{1,3}(?![\d-])/;
/** A score anywhere: most documents have none, and then no pair of mentions needs a look. */
const ANY_SCORE = /\d-\d/;
const BETWEEN_LIMIT = 16;

/** The mentions with every form a team cue names typed organization and its missed occurrences added. */
export function markSportsTeams(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  return markResultTeams(markCuedTeams(mentions, text), text);
}

function markCuedTeams(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  if (!ANY_CUE.test(text)) return mentions;
  const teams = teamForms(mentions, text);
  if (teams.size === 0) return mentions;
  const keys = new Set([...teams].map((form) => form.toLowerCase()));
  const typed = mentions.map((mention) => (keys.has(mention.key) && mention.type === 'person' ? { ...mention, type: 'organization' as const } : mention));
  const added: RawMention[] = [];
  const typedSpans = new MentionSpans(typed);
  for (const form of teams) {
    for (const { start, end } of occurrencesOf(form, text)) {
      if (typedSpans.overlaps(start, end) || added.some((mention) => overlapsSpan(mention, start, end))) continue;
      added.push(rawMention(tokenizeLine(text.slice(start, end), start), 'organization', 'normal'));
    }
  }
  return withAddedMentions(typed, added);
}

/** The written forms (as in the text) a record or a position cue follows: mentions the tagger did not call places, and runs it missed. */
function teamForms(mentions: readonly RawMention[], text: string): Set<string> {
  const forms = new Set<string>();
  const keep = (form: string) => {
    if (!COUNTRIES.has(form.toLowerCase())) forms.add(form);
  };
  for (const mention of mentions) {
    const end = mentionEnd(mention);
    if (mention.type !== 'place' && isCued(text, end)) keep(text.slice(mention.tokens[0]!.start, end));
  }
  const spans = new MentionSpans(mentions);
  for (const match of runsBeforeCues(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    const end = match.index + match[0].length;
    if (DESCRIBING_WORD.test(match[1]!) || !isCued(text, end)) continue;
    if (!spans.overlaps(start, end)) keep(match[1]!);
  }
  return forms;
}

/** Where a cue may start right after a run (a superset: isCued decides). */
const CUE_START = new RegExp(`(?=\\s?\\(\\d|\\s(?:${POSITIONS})\\s)`, 'gu');
/** A character no capitalized run holds: a scan for runs started after it finds what a scan from the text's start finds there. */
const OUTSIDE_RUNS = /[^\p{L}’'.\s-]/u;

/**
 * The matches of CAPITALIZED_RUN over the whole text that end where a cue may start, in text order: the scan
 * skips to a point no run spans a little before each such place, so a long document with a cue or two is not
 * scanned for runs from end to end (that scan cost a megabyte of news a twentieth of its analysis).
 */
function* runsBeforeCues(text: string): Generator<RegExpExecArray> {
  const runs = new RegExp(CAPITALIZED_RUN);
  let pending: RegExpExecArray | null = null;
  for (const cue of text.matchAll(CUE_START)) {
    const at = cue.index;
    // Skipped ahead once per cue: the text before `at` is then looked at once in all (a stretch without a
    // character outside runs, looked back over after each run, would be read again and again).
    let skipped = false;
    for (;;) {
      if (pending === null) {
        if (!skipped) runs.lastIndex = restartPoint(text, at, runs.lastIndex);
        skipped = true;
        pending = runs.exec(text);
        if (pending === null) return;
      }
      const end = pending.index + pending[0].length;
      if (end < at) {
        pending = null;
        continue;
      }
      if (end === at) {
        yield pending;
        pending = null;
      }
      break;
    }
  }
}

/**
 * The last point at or after `from`, up to `at`, that no run spans (after a character no run holds), else `from`.
 * Half of a surrogate pair is never taken for such a character: the pair may be a letter.
 */
function restartPoint(text: string, at: number, from: number): number {
  for (let index = at - 1; index >= from; index--) {
    const code = text.charCodeAt(index);
    if ((code < 0xd800 || code > 0xdfff) && OUTSIDE_RUNS.test(text[index]!)) return index + 1;
  }
  return from;
}

function isCued(text: string, end: number): boolean {
  const after = text.slice(end, end + AFTER);
  return RECORD_AFTER.test(after) || POSITION_AFTER.test(after);
}

/** The spans where `form` stands as whole words. */
function occurrencesOf(form: string, text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    const end = at + form.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    spans.push({ start: at, end });
  }
  return spans;
}

/**
 * The mentions with every place form that wins or loses a game by a score (see WIN_BETWEEN) typed
 * organization; the other side may be one already (the tagger knows some teams).
 */
function markResultTeams(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  if (!ANY_SCORE.test(text)) return mentions;
  const teams = new Set<string>();
  for (let index = 1; index < mentions.length; index++) {
    const [winner, loser] = [mentions[index - 1]!, mentions[index]!];
    if (winner.type === 'person' || loser.type === 'person' || COUNTRIES.has(winner.key) || COUNTRIES.has(loser.key)) continue;
    const [winnerEnd, loserStart, loserEnd] = [mentionEnd(winner), loser.tokens[0]!.start, mentionEnd(loser)];
    if (loserStart - winnerEnd > BETWEEN_LIMIT || !WIN_BETWEEN.test(text.slice(winnerEnd, loserStart)) || !SCORE_AFTER.test(text.slice(loserEnd, loserEnd + AFTER))) continue;
    teams.add(winner.key).add(loser.key);
  }
  if (teams.size === 0) return mentions;
  return mentions.map((mention) => (mention.type === 'place' && teams.has(mention.key) ? { ...mention, type: 'organization' as const } : mention));
}

/**
 * A squad list's line: a position in the plural (or a goalkeeper's), a dash or colon, then the
 * players. Tried at each line's start (sticky): anchored with /m, the pattern was tried at every
 * character of the text, and cost more than any other rule of the names on a 4 KB page.
 */
const SQUAD_LINE = /(?:goalkeepers?|goalies|defenders|defencemen|defensemen|midfielders|forwards|strikers|attackers|substitutes|replacements)[ \t]*[-–—:][ \t]*([^\n]+)/iuy;

/**
 * The mentions on the players' part of squad lists ("Defenders - Dan Petrescu, Daniel Prodan",
 * "Midfielders: Ana Ruiz (Otters), Mia Cole") typed person: a line opened by a position lists people.
 * Names in brackets are their clubs or countries, and stay as they are.
 */
export function markSquadLists(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  const players = squadPlayers(text);
  if (players.length === 0) return mentions;
  return mentions.map((mention) => {
    const start = mention.tokens[0]!.start;
    const line = players.find((span) => span.start <= start && start < span.end);
    if (!line || mention.type === 'person' || insideBrackets(text, line.start, start)) return mention;
    return { ...mention, type: 'person' as const };
  });
}

/** The players' part of every squad line, as a global match of SQUAD_LINE anchored with /m finds them. */
function squadPlayers(text: string): { start: number; end: number }[] {
  const players: { start: number; end: number }[] = [];
  // A match runs to the next "\n", over a "\r" or a line separator: a line start inside it is passed, as a global match passes it.
  let matchedTo = 0;
  for (let lineStart = 0; lineStart < text.length; lineStart = nextLineStart(text, lineStart)) {
    if (lineStart < matchedTo) continue;
    SQUAD_LINE.lastIndex = lineStart;
    const match = SQUAD_LINE.exec(text);
    if (!match) continue;
    matchedTo = lineStart + match[0].length;
    players.push({ start: matchedTo - match[1]!.length, end: matchedTo });
  }
  return players;
}

/** Where the line after the one at `from` starts, as /m reads lines (after "\n", "\r", U+2028 or U+2029); the text's length after the last. */
function nextLineStart(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return index + 1;
  }
  return text.length;
}

/** Whether more brackets open than close in text[from, at). */
function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let index = from; index < at; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')') depth--;
  }
  return depth > 0;
}

/**
 * A game's result on a line of its own: two sides, each followed by its score ("New York 103 MIAMI
 * 85", "Eastern Michigan 45, Northern Illinois 17"), overtime or a note in brackets allowed after.
 */
const RESULT_LINE = /^(\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}) \d{1,3},? (\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}) \d{1,3}(?: \([^)\n]{1,12}\))?[ \t]*$/gmu;
/** What a RESULT_LINE holds: a capital, a space and a number, then a space and a capital. */
const SCORE_BETWEEN_NAMES = /\p{L} \d{1,3},? \p{Lu}/u;

/**
 * The mentions with the sides of every result line (RESULT_LINE) typed organization where the
 * tagger read places, and added where it missed them: two sides and their scores are teams, named
 * by their city or state ("MIAMI", "Minnesota"). Countries stay places (national teams, see the header),
 * and people stay people (a tennis or golf result is written by the players' names).
 */
export function markResultLines(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  if (!SCORE_BETWEEN_NAMES.test(text)) return mentions;
  const sides: { start: number; end: number }[] = [];
  for (const match of text.matchAll(RESULT_LINE)) {
    const second = match.index + match[0].indexOf(match[2]!, match[1]!.length);
    sides.push({ start: match.index, end: match.index + match[1]!.length }, { start: second, end: second + match[2]!.length });
  }
  const teams = sides.filter(({ start, end }) => !COUNTRIES.has(text.slice(start, end).toLowerCase()));
  if (teams.length === 0) return mentions;
  const sidesOf = new ExactSpans(teams);
  const typed = mentions.map((mention) => (mention.type === 'place' && sidesOf.has(mention) ? { ...mention, type: 'organization' as const } : mention));
  const spans = new MentionSpans(mentions);
  const added = teams
    .filter(({ start, end }) => !spans.overlaps(start, end))
    .map(({ start, end }) => rawMention(tokenizeLine(text.slice(start, end), start), 'organization', 'normal'));
  return withAddedMentions(typed, added);
}
