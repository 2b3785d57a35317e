/** Who a quotation's own sentence says spoke it: "X said", "said X", "according to X", "X: …". */
import {
  headsClause, isAdverb, isClauseDelimiter, isNameWord, isPhraseEnder, isSentenceEnd, isSpeechVerb,
  nameEndingAt, nameStartingAt, personBeforeOf, pronounAt, runStart, speakerInPhrase, type SpeakerMention,
} from './phrases';
import type { Token } from './tokens';
import {
  ABSOLUTE_PARTICIPLES, ADVERBS, CIRCUMSTANCE_OPENERS, CLAUSE_OPENERS, INVERTING_VERBS, IRREGULAR_PAST, NOT_VERBS, TIME_WORDS,
} from './vocabulary';

export type { SpeakerMention } from './phrases';

const MAX_SUBJECT_WORDS = 8;
const MAX_APPOSITIVE_TOKENS = 40;
const DASHES = new Set(['—', '–', '―', '-']);
/** "OH", "N.C.", "R-Ky.": a state or party abbreviation inside an appositive, never the speaker. */
const ABBREVIATION = /^[A-Z][A-Z.-]{0,4}$/;
/** "PHILADELPHIA, July 25": a dateline opening the sentence, not its subject. */
const DATELINE = /^[A-Z][A-Z .'-]{5,}$/;
/**
 * Patterns with Unicode properties live here, not in the functions: the build turns such literals into
 * `new RegExp` calls, which made one pattern object per call.
 */
const REGULAR_VERB = /^\p{Ll}+(?:s|ed)$/u;
const LOWER_CASE_START = /^\p{Ll}/u;

/** "Clinton supports", "Gibbs derided", "Trump went": a verb after the subject, not "Obama spokesman". */
function looksLikeVerb(word: string): boolean {
  return !NOT_VERBS.has(word) && (IRREGULAR_PAST.has(word) || REGULAR_VERB.test(word) || ADVERBS.has(word));
}

/** After "said": the noun phrase up to a comma or preposition ("said Sen. Tammy Baldwin of Wisconsin"). */
function speakerAfterVerb(tokens: readonly Token[], from: number): SpeakerMention | null {
  if (!INVERTING_VERBS.has(tokens[from - 1]?.text ?? '') && tokens[from - 1]?.text !== 'to') return null;
  let index = from;
  while (TIME_WORDS.has(tokens[index]?.text ?? '')) index++;
  let to = index;
  while (!isPhraseEnder(tokens[to]) && !(tokens[to]!.text === 'of' && speakerInPhrase(tokens, index, to))) to++;
  return to > index ? speakerInPhrase(tokens, index, to) : null;
}

function skipAdverbs(tokens: readonly Token[], index: number): number {
  while (isAdverb(tokens[index]) || TIME_WORDS.has(tokens[index]?.text ?? '')) index++;
  return index;
}

/** The appositive ran past the end of the tokens at hand: its verb may lie beyond them. */
const CUT_OFF = -2;
/** "a postdoctoral fellow at …", "the head of …", "who …": an appositive that describes the name before it. */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'who']);

/** Index of the speech verb after an appositive starting at the delimiter `open`; CUT_OFF when the tokens end first; else -1. */
function verbAfterAppositive(tokens: readonly Token[], open: number): number {
  if (tokens.length <= open + MAX_APPOSITIVE_TOKENS && !tokens.slice(open + 1).some((token) => isSentenceEnd(token) || isSpeechVerb(token))) return CUT_OFF;
  const limit = Math.min(tokens.length, open + MAX_APPOSITIVE_TOKENS);
  let insideParentheses = tokens[open]!.text === '(';
  for (let index = open + 1; index < limit; index++) {
    const token = tokens[index]!;
    if (token.text === ')') insideParentheses = false;
    if (isSentenceEnd(token) && !insideParentheses) return -1;
    if (!isSpeechVerb(token)) continue;
    let before = index - 1;
    while (isAdverb(tokens[before])) before--;
    return isClauseDelimiter(tokens[before]) || tokens[before]?.text === ')' ? index : -1;
  }
  return -1;
}

/** Subject then verb from `from`: "Cruz said", "he added", "Kyle Babcock, a GOP insider, said". */
function speakerBeforeVerb(tokens: readonly Token[], from: number): SpeakerMention | null {
  let to = from;
  while (to < tokens.length && tokens[to]!.isWord && !isSpeechVerb(tokens[to]) && to - from < MAX_SUBJECT_WORDS) to++;
  if (to === from) return null;
  if (isSpeechVerb(tokens[skipAdverbs(tokens, to)])) return subjectOf(tokens, from, to);
  if (!isClauseDelimiter(tokens[to])) return null;
  const verb = verbAfterAppositive(tokens, to);
  // A long description ("Dylan Nelson, a postdoctoral fellow at …, said") may run past the text at hand.
  const describedName = verb === CUT_OFF && tokens[to]!.text === ',' && DESCRIPTION_OPENERS.has(tokens[to + 1]?.text ?? '');
  if (verb < 0 && !describedName) return null;
  const subject = subjectOf(tokens, from, to);
  const appositive = nameStartingAt(tokens, to + 1);
  const bareName = appositive && isClauseDelimiter(tokens.find((token) => token.start >= appositive.end));
  return bareName && !subject ? appositive : subject;
}

/** The subject in [from, to), skipping adverbs before the verb ("Cruz later said"). */
function subjectOf(tokens: readonly Token[], from: number, to: number): SpeakerMention | null {
  const and = tokens.findIndex((token, index) => index > from && index < to && token.text === 'and');
  const first = and > 0 ? speakerInPhrase(tokens, from, and) : null;
  if (first) return first;
  let end = to;
  while (end > from + 1 && (isAdverb(tokens[end - 1]) || TIME_WORDS.has(tokens[end - 1]!.text))) end--;
  return speakerInPhrase(tokens, from, end);
}

/** The speaker named right after a quotation: `," Cruz said`, `," said Cruz`, `" ― Sonya Herridge`. */
export function speakerAfterQuote(tokens: readonly Token[], quoteEndsSentence = false): SpeakerMention | null {
  let index = 0;
  while (index < tokens.length && index < 2 && !tokens[index]!.isWord) index++;
  const first = tokens[index];
  if (!first) return null;
  if (INVERTING_VERBS.has(first.text)) return speakerAfterVerb(tokens, index + 1);
  if (index > 0 && DASHES.has(tokens[index - 1]!.text) && isNameWord(first)) {
    const name = nameStartingAt(tokens, index);
    if (name && !tokens.some((token) => token.start >= name.end && token.isWord)) return name;
  }
  if (first.text === 'according' && tokens[index + 1]?.text === 'to') return speakerAfterVerb(tokens, index + 2);
  if (quoteEndsSentence && !endsAtVerb(tokens, index)) return null;
  if (CLAUSE_OPENERS.has(first.text)) return trailingAttribution(tokens);
  return speakerBeforeVerb(tokens, index) ?? trailingAttribution(tokens);
}

/** `" in comparison to Obama, Gingrich said.`: the attribution closing the quotation's sentence. */
function trailingAttribution(tokens: readonly Token[]): SpeakerMention | null {
  let end = tokens.findIndex(isSentenceEnd);
  if (end < 0) end = tokens.length;
  let verb = end - 1;
  while (verb > 0 && (isAdverb(tokens[verb]) || TIME_WORDS.has(tokens[verb]!.text))) verb--;
  if (!isSpeechVerb(tokens[verb])) return null;
  let comma = verb - 1;
  while (comma >= 0 && tokens[comma]!.isWord && verb - comma <= MAX_SUBJECT_WORDS) comma--;
  return tokens[comma]?.text === ',' ? speakerInPhrase(tokens, comma + 1, verb) : null;
}

/** `." He said on Friday.` attributes; `." He said he had …` starts a new sentence about something else. */
function endsAtVerb(tokens: readonly Token[], from: number): boolean {
  const verb = tokens.findIndex((token, index) => index >= from && isSpeechVerb(token));
  const next = tokens[skipAdverbs(tokens, verb + 1)];
  return verb >= 0 && (next === undefined || !next.isWord || CIRCUMSTANCE_OPENERS.has(next.text));
}

/** A name run or pronoun followed by a lower-case word, right after a quotation ending in a comma. */
export function subjectAfterQuote(tokens: readonly Token[]): SpeakerMention | null {
  const pronoun = pronounAt(tokens, 0);
  if (pronoun) return tokens[1]?.isWord ? pronoun : null;
  if (!isNameWord(tokens[0])) return null;
  const name = nameStartingAt(tokens, 0);
  const next = name && tokens.find((token) => token.start >= name.end);
  return next && next.isWord && LOWER_CASE_START.test(next.text) ? name : null;
}

/**
 * The speaker named before a quotation in its sentence: "X said:", "X told …, that", "according to X,".
 * Without a speech verb, the subject of the sentence, when the tokens hold its start. A sentence ended
 * before the quotation ("Phil Musser says. "…"") counts only when no other quotation stands between.
 */
export function speakerBeforeQuote(tokens: readonly Token[], startsParagraph = true): SpeakerMention | null {
  const ended = isSentenceEnd(tokens[tokens.length - 1]);
  let sentenceStart = 0;
  for (let index = tokens.length - (ended ? 2 : 1); index >= 0; index--) {
    if (isSentenceEnd(tokens[index])) {
      sentenceStart = index + 1;
      break;
    }
  }
  const sentence = tokens.slice(sentenceStart, ended ? -1 : undefined);
  if (ended) return startsParagraph ? speakerOfSentence(sentence) : null;
  const wholeSentence = sentenceStart > 0 || startsParagraph;
  return wholeSentence ? (speakerOfSentence(sentence) ?? sentenceSubject(sentence)) : speakerOfSentence(sentence);
}

/**
 * The subject of the speech verb nearest the quotation; a pronoun yields to a named earlier speaker.
 * A participle ("saying", "calling") takes its subject from the main clause, further left.
 */
function speakerOfSentence(sentence: readonly Token[]): SpeakerMention | null {
  let pronoun: SpeakerMention | null = null;
  for (let index = sentence.length - 1; index >= 0; index--) {
    const token = sentence[index]!;
    const source = token.text === 'according' && sentence[index + 1]?.text === 'to' ? speakerAfterVerb(sentence, index + 2) : null;
    if (source) return source;
    if (token.text === ':' && index === sentence.length - 1) {
      const name = speakerBeforeColon(sentence, index);
      if (name) return name;
    }
    if (!isSpeechVerb(token)) continue;
    if (token.text.endsWith('ing')) {
      const absolute = ABSOLUTE_PARTICIPLES.has(token.text) ? nameEndingAt(sentence, index - 1) : null;
      if (absolute) return absolute;
      continue;
    }
    const speaker: SpeakerMention | null = subjectLeftOf(sentence, index) ?? (pronoun ? null : speakerAfterVerb(sentence, index + 1));
    if (speaker && !speaker.pronoun) return speaker;
    pronoun ??= speaker;
  }
  return pronoun;
}

/** "Cruz:" or "Meghan McCain, Twitter:": the first name of a lead-in made only of names. */
function speakerBeforeColon(sentence: readonly Token[], colon: number): SpeakerMention | null {
  const lead = leadingNameBeforeComma(sentence);
  if (lead) return lead;
  const name = nameEndingAt(sentence, colon - 1);
  return name && headsClause(sentence, runStart(sentence, colon - 1)) ? name : null;
}

/** The clause subject left of a speech verb, skipping an appositive ("Gingrich — … — told"). */
function subjectLeftOf(tokens: readonly Token[], verb: number): SpeakerMention | null {
  let index = verb - 1;
  while (index >= 0 && (isAdverb(tokens[index]) || TIME_WORDS.has(tokens[index]!.text))) index--;
  const previous = tokens[index];
  if (!previous) return null;
  if (previous.isWord) {
    const name = nameEndingAt(tokens, index);
    return pronounAt(tokens, index) ?? (name && (personBeforeOf(tokens, runStart(tokens, index), 0) ?? name));
  }
  for (let open = 1; open <= index; open++) {
    if (!isClauseDelimiter(tokens[open])) continue;
    const name = nameEndingAt(tokens, open - 1) ?? pronounAt(tokens, open - 1);
    if (name && !ABBREVIATION.test(name.text) && headsClause(tokens, runStart(tokens, open - 1))) return name;
  }
  return null;
}

/** "Jeremy Lott, author:", "Meghan McCain, Twitter:": a sentence opening with a name and a comma. */
function leadingNameBeforeComma(sentence: readonly Token[]): SpeakerMention | null {
  const name = nameStartingAt(sentence, 0);
  if (name && DATELINE.test(name.text)) return null;
  const next = name && sentence.find((token) => token.start >= name.end);
  return next && (next.text === ',' || next.text === '(') ? name : null;
}

/** The name or pronoun heading the sentence ("Clinton supports …"), after an introductory phrase. */
function sentenceSubject(sentence: readonly Token[]): SpeakerMention | null {
  const lead = leadingNameBeforeComma(sentence);
  if (lead) return lead;
  const firstComma = sentence.findIndex((token) => token.text === ',');
  const opensWithIntro = firstComma > 0 && !isNameWord(sentence[0]) && !pronounAt(sentence, 0);
  for (const start of opensWithIntro ? [firstComma + 1] : [0, firstComma + 1]) {
    const pronoun = pronounAt(sentence, start);
    if (pronoun) return pronoun;
    for (let index = start; index < Math.min(sentence.length, start + MAX_SUBJECT_WORDS); index++) {
      if (!isNameWord(sentence[index]) || isNameWord(sentence[index + 1])) continue;
      const next = sentence[index + 1];
      const name = next?.isWord && looksLikeVerb(next.text) ? nameEndingAt(sentence, index) : null;
      if (name) return name;
    }
    if (firstComma < 0) break;
  }
  return null;
}
