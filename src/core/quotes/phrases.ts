/** Name runs, pronouns and clause boundaries in a token list. */
import { isCapitalized, type Token } from './tokens';
import { ADVERBS, NOT_NAMES, PERSONAL_PRONOUNS, PHRASE_ENDERS, SPEECH_VERBS, TITLES } from './vocabulary';

/** A speaker as written: a name run, or a personal pronoun still to be resolved. */
export interface SpeakerMention {
  text: string;
  start: number;
  end: number;
  pronoun: boolean;
}

/** Past forms capitalized in a Title Case line ("Clinton Said …"): never part of a name. */
const TITLE_CASE_VERBS: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS].filter((verb) => /^(?:said|says|told|wrote|\p{Ll}+ed)$/u.test(verb)).map((verb) => verb[0]!.toUpperCase() + verb.slice(1)),
);
const CLAUSE_DELIMITERS = new Set([',', '—', '–', '(', ':', ';', '-', '―']);
const SENTENCE_END = /^[.!?]$/;
const MAX_DESCRIPTOR_WORDS = 6;
const POSSESSIVE = /['’]s$/;

export function isSpeechVerb(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && (SPEECH_VERBS.has(token.text) || TITLE_CASE_VERBS.has(token.text));
}

export function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && isCapitalized(token) && !NOT_NAMES.has(token.text) && !isSpeechVerb(token);
}

export function isAdverb(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && (ADVERBS.has(token.text) || /^[a-z]+ly$/.test(token.text));
}

export function isSentenceEnd(token: Token | undefined): boolean {
  return token !== undefined && SENTENCE_END.test(token.text);
}

export function isClauseDelimiter(token: Token | undefined): boolean {
  return token !== undefined && CLAUSE_DELIMITERS.has(token.text);
}

export function isPhraseEnder(token: Token | undefined): boolean {
  return token === undefined || !token.isWord || PHRASE_ENDERS.has(token.text);
}

function mention(tokens: readonly Token[], first: number, last: number): SpeakerMention {
  const text = tokens.slice(first, last + 1).map((token) => token.text).join(' ');
  return { text, start: tokens[first]!.start, end: tokens[last]!.end, pronoun: false };
}

/** Index of the first word of the name run ending at `last`, titles included. */
export function runStart(tokens: readonly Token[], last: number): number {
  let first = last;
  while (first > 0 && isNameWord(tokens[first - 1])) first--;
  return first;
}

/** The name run ending at `last`, without leading titles; null when only titles remain. */
export function nameEndingAt(tokens: readonly Token[], last: number): SpeakerMention | null {
  if (!isNameWord(tokens[last])) return null;
  const first = runStart(tokens, last);
  let afterTitles = first;
  for (let index = first; index <= last; index++) {
    const word = tokens[index]!.text;
    if (TITLES.has(word) || (index < last && POSSESSIVE.test(word))) afterTitles = index + 1;
  }
  return afterTitles > last ? null : mention(tokens, afterTitles, last);
}

/** The name run starting at `first` (titles dropped), or null. */
export function nameStartingAt(tokens: readonly Token[], first: number): SpeakerMention | null {
  if (!isNameWord(tokens[first])) return null;
  let last = first;
  while (isNameWord(tokens[last + 1])) last++;
  return nameEndingAt(tokens, last);
}

export function pronounAt(tokens: readonly Token[], index: number): SpeakerMention | null {
  const token = tokens[index];
  if (!token || !PERSONAL_PRONOUNS.has(token.text)) return null;
  return { text: token.text, start: token.start, end: token.end, pronoun: true };
}

/** The speaker in tokens [from, to): the last name run not in the possessive, or a lone pronoun. */
export function speakerInPhrase(tokens: readonly Token[], from: number, to: number): SpeakerMention | null {
  if (to - from === 1) return pronounAt(tokens, from) ?? nameEndingAt(tokens, from);
  for (let index = to - 1; index >= from; index--) {
    const first = runStart(tokens, index);
    if (first < from) return null;
    if (POSSESSIVE.test(tokens[index]!.text)) {
      index = first;
      continue;
    }
    const name = nameEndingAt(tokens, index);
    if (name) return personBeforeOf(tokens, first, from) ?? name;
  }
  return null;
}

/** "Gov. Mike Pence of Indiana", "Aris Shirvanian of the Armenian Patriarchate": the name before "of". */
export function personBeforeOf(tokens: readonly Token[], first: number, from: number): SpeakerMention | null {
  let person: SpeakerMention | null = null;
  for (let start = first; ; ) {
    let before = start - 1;
    if (tokens[before]?.text === 'the') before--;
    const name = tokens[before]?.text === 'of' && before - 1 >= from ? nameEndingAt(tokens, before - 1) : null;
    if (!name) return person;
    person = name;
    start = runStart(tokens, before - 1);
  }
}

/**
 * True when the run starting at token `first` heads a clause: only descriptor words ("Washington Post
 * columnist") stand between it and the sentence start or a comma, dash or parenthesis.
 */
export function headsClause(tokens: readonly Token[], first: number): boolean {
  for (let index = first - 1; index >= Math.max(-1, first - 1 - MAX_DESCRIPTOR_WORDS); index--) {
    const token = tokens[index];
    if (token === undefined || isClauseDelimiter(token) || isSentenceEnd(token)) return true;
    if (!token.isWord || PHRASE_ENDERS.has(token.text) || token.text === 'of' || isSpeechVerb(token)) return false;
  }
  return false;
}
