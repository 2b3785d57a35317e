/** Which quoted segments are quotations: three words or more, not a title, a quoted term or markup. */
import type { Segment } from './segments';

/** Gold counts letter-and-digit runs: "very pro-choice" is three words. */
const MIN_WORDS = 3;
const MAX_TITLE_WORDS = 8;
const WORD = /[\p{L}\p{N}]+/gu;
const SENTENCE_PUNCTUATION = /[,.;:!?]/;
const TRAILING_PUNCTUATION = /[,.!?]+$/;
/** Words after which a Title Case segment names a show, book or film ("on ABC's "Good Morning America.""). */
const MEDIA_CUE = /(?:['’]s|\bon|\bpodcast|\bshow|\bprogram|\bprogramme|\bseries|\bmovie|\bfilm|\bbook|\bnovel|\bsong|\balbum|\bmemoir|\bplay|\bmusical|\bepisode|\bcolumn|\bheadlined|\btitled|\bentitled)\s*$/i;
const MARKUP_BEFORE = /[=<>]\s*$/;
const MARKUP_INSIDE = /[<>]|https?:|www\.|\.com\b/;
/** `"Headline," by Author`: the title of an article. */
const BYLINE_AFTER = /^\s*by\s+\p{Lu}/u;

function isTitleCase(inner: string, words: readonly string[], allowPunctuation: boolean): boolean {
  const checked = allowPunctuation ? inner.replace(TRAILING_PUNCTUATION, '') : inner;
  if (words.length > MAX_TITLE_WORDS || SENTENCE_PUNCTUATION.test(checked)) return false;
  return words.every((word) => word.length < 4 || /^[\p{Lu}\p{N}]/u.test(word));
}

/** The first words of `inner`, enough to judge length and title case without reading a huge segment. */
function leadingWords(inner: string): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(inner); match && words.length <= MAX_TITLE_WORDS; match = WORD.exec(inner)) words.push(match[0]);
  return words;
}

export function isQuotation(text: string, segment: Segment): boolean {
  const inner = text.slice(segment.start + 1, segment.closed ? segment.end - 1 : segment.end);
  const words = leadingWords(inner);
  if (words.length < MIN_WORDS || MARKUP_INSIDE.test(inner)) return false;
  const before = text.slice(Math.max(0, segment.start - 12), segment.start);
  if (MARKUP_BEFORE.test(before)) return false;
  if (BYLINE_AFTER.test(text.slice(segment.end, segment.end + 6))) return false;
  if (isTitleCase(inner, words, false)) return false;
  return !(MEDIA_CUE.test(before) && isTitleCase(inner, words, true));
}

const MAX_TERM_WORDS = 5;
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|its|their)\s*$/i;

/** "The “Far Eastern gas route” refers to …": a short quoted noun phrase in a paragraph that reports no speech. */
export function isQuotedTerm(text: string, segment: Segment, paragraphHasSpeech: boolean): boolean {
  const inner = text.slice(segment.start + 1, segment.closed ? segment.end - 1 : segment.end);
  const words = leadingWords(inner);
  const before = text.slice(Math.max(0, segment.start - 8), segment.start);
  return !paragraphHasSpeech && DETERMINER_BEFORE.test(before) && words.length <= MAX_TERM_WORDS && !SENTENCE_PUNCTUATION.test(inner);
}
