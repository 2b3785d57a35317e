/** Which quoted segments are quotations: three words or more, not a title, a quoted term or markup. */
import type { Segment } from './segments';
import { endOfLettersAndDigits, isLetterOrDigitAt, widthAt } from './tokens';

/** Gold counts letter-and-digit runs: "very pro-choice" is three words. */
const MIN_WORDS = 3;
const MAX_TITLE_WORDS = 8;
const SENTENCE_PUNCTUATION = /[,.;:!?]/;
const TRAILING_PUNCTUATION = /[,.!?]+$/;
/** Here rather than in `isTitleCase`: the build turns a Unicode-property literal into a `new RegExp` per call. */
const CAPITAL_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;
/** Words after which a Title Case segment names a show, book or film ("on ABC's "Good Morning America.""). */
const MEDIA_CUE = /(?:['’]s|\bon|\bpodcast|\bshow|\bprogram|\bprogramme|\bseries|\bmovie|\bfilm|\bbook|\bnovel|\bsong|\balbum|\bmemoir|\bplay|\bmusical|\bepisode|\bcolumn|\bheadlined|\btitled|\bentitled)\s*$/i;
const MARKUP_BEFORE = /[=<>]\s*$/;
const MARKUP_INSIDE = /[<>]|https?:|www\.|\.com\b/;
/** `"Headline," by Author`: the title of an article. */
const BYLINE_AFTER = /^\s*by\s+\p{Lu}/u;

function isTitleCase(inner: string, words: readonly string[], allowPunctuation: boolean): boolean {
  const checked = allowPunctuation ? inner.replace(TRAILING_PUNCTUATION, '') : inner;
  if (words.length > MAX_TITLE_WORDS || SENTENCE_PUNCTUATION.test(checked)) return false;
  return words.every((word) => word.length < 4 || CAPITAL_OR_DIGIT_START.test(word));
}

/**
 * The first words of `inner` (runs of letters and digits), enough to judge length and title case
 * without reading a huge segment; a scan of character codes, as every quoted segment is judged.
 */
function leadingWords(inner: string): string[] {
  const words: string[] = [];
  for (let index = 0; index < inner.length && words.length <= MAX_TITLE_WORDS; ) {
    if (!isLetterOrDigitAt(inner, index)) {
      index += widthAt(inner, index);
      continue;
    }
    const end = endOfLettersAndDigits(inner, index);
    words.push(inner.slice(index, end));
    index = end;
  }
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

/**
 * "The “Far Eastern gas route” refers to …": a short quoted noun phrase in a paragraph that reports no
 * speech. Whether it does is asked last, as it tokenizes the paragraph.
 */
export function isQuotedTerm(text: string, segment: Segment, paragraphHasSpeech: () => boolean): boolean {
  const before = text.slice(Math.max(0, segment.start - 8), segment.start);
  if (!DETERMINER_BEFORE.test(before)) return false;
  const inner = text.slice(segment.start + 1, segment.closed ? segment.end - 1 : segment.end);
  return leadingWords(inner).length <= MAX_TERM_WORDS && !SENTENCE_PUNCTUATION.test(inner) && !paragraphHasSpeech();
}
