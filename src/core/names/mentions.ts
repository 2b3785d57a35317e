/** Name mentions read off the tagger's labels. */
import { COUNTRIES } from './countries';
import { isBeginLabel, isInsideLabel, LABELS } from './features';
import type { LineStyle } from './features';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import type { NameType } from '../types';

export interface RawMention {
  tokens: Token[];
  type: NameType;
  style: LineStyle;
  /** The tokens' texts lower-cased. */
  words: readonly string[];
  /** The words joined by spaces: the form's key in split.ts and link.ts. Both are built once, with the mention. */
  key: string;
  /** Typed by a cue that outweighs what the document's other mentions of the form say (a wire dateline's city, datelines.ts): link.ts gives the form this type. */
  decisive?: boolean;
}

/** Label index -> the type its name has (B- and I- labels alike; see LABELS). */
const TYPE_OF_LABEL = LABELS.map((label) => label.slice(2) as NameType);

const ARTICLES = new Set(['The', 'the', 'THE', 'A', 'An']);

export function mentionsOf(lines: readonly TaggedLine[]): RawMention[] {
  const mentions: RawMention[] = [];
  for (const { offset, tokens, labels, style } of lines) {
    for (let start = 0; start < labels.length; start++) {
      // A name opens on a B- label and goes on over any I- labels.
      if (!isBeginLabel(labels[start]!)) continue;
      let end = start + 1;
      while (end < labels.length && isInsideLabel(labels[end]!)) end++;
      // A sign alone ("@", "–", "|") names nothing: a name the tagger ran over one starts or ends at the word beside it ("Tampa, FL @ Vinoy Park").
      let first = start;
      let last = end;
      while (first < last && !hasWordCharacter(tokens[first]!.text)) first++;
      while (last > first && !hasWordCharacter(tokens[last - 1]!.text)) last--;
      if (first === last) {
        start = end - 1;
        continue;
      }
      // An article alone names nothing: the tagger's name that went on past it was cut by a rule before ("@ The" "Forum").
      if (last - first === 1 && ARTICLES.has(tokens[first]!.text)) {
        start = end - 1;
        continue;
      }
      // "The Netherlands" opening a sentence: a country's name takes its article in lower case ("the Netherlands"), so the capital is the sentence's.
      if (last - first >= 2 && tokens[first]!.text === 'The' && COUNTRIES.has(wordsOf(tokens, first + 1, last))) first++;
      const type = TYPE_OF_LABEL[labels[start]!]!;
      const previous = mentions[mentions.length - 1];
      // A place or an organization begun again right after one of its type, a space between, goes on
      // ("Inner Mongolia", "Coastal Credit Union"): two such names side by side are rarer than a tagger's
      // second B- label. People do stand side by side in lists and captions.
      const continued = type !== 'person' && previous?.type === type && endsAt(previous, tokens, first, offset) ? previous : undefined;
      const mentionTokens: Token[] = continued ? [...continued.tokens] : [];
      const words: string[] = continued ? [...continued.words] : [];
      for (let index = first; index < last; index++) {
        const { text, start: tokenStart, end: tokenEnd } = tokens[index]!;
        // A hashtag's sign is no part of the name it tags ("#CollectiveBias, Inc.").
        const sign = index === first && isHashtag(text) ? 1 : 0;
        const word = sign ? text.slice(sign) : text;
        mentionTokens.push({ text: word, start: tokenStart + offset + sign, end: tokenEnd + offset });
        words.push(word.toLowerCase());
      }
      const mention = rawMention(mentionTokens, type, style, words);
      if (continued) mentions[mentions.length - 1] = mention;
      else mentions.push(mention);
      start = end - 1;
    }
  }
  return mentions;
}

/** Whether `mention` ends with the token before `tokens[index]` of the line at `offset`, one character of space between them. */
function endsAt(mention: RawMention, tokens: readonly Token[], index: number, offset: number): boolean {
  if (index === 0) return false;
  const before = tokens[index - 1]!;
  return mentionEnd(mention) === before.end + offset && tokens[index]!.start - before.end === 1;
}

/** The lower-cased texts of tokens[start, end) joined by spaces. */
function wordsOf(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map(({ text }) => text.toLowerCase()).join(' ');
}

/** Whether the token holds a letter or a digit (any character past ASCII counts: a sign there is rare in a name's place). */
function hasWordCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index) | 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || text.charCodeAt(index) >= 128) return true;
  }
  return false;
}

/** "#" and a letter: a hashtag. */
function isHashtag(text: string): boolean {
  return text.length > 1 && text.charCodeAt(0) === 35 && /\p{L}/u.test(text.charAt(1));
}

/** A mention of `tokens`; `words` are their texts lower-cased, given where the caller has them already. */
export function rawMention(tokens: Token[], type: NameType, style: LineStyle, words: readonly string[] = tokens.map((token) => token.text.toLowerCase())): RawMention {
  // Most names are one word, which join would copy.
  return { tokens, type, style, words, key: words.length === 1 ? words[0]! : words.join(' ') };
}

/** Where the mention's last token ends in the text. */
export function mentionEnd({ tokens }: RawMention): number {
  return tokens[tokens.length - 1]!.end;
}

/** Whether the mention shares a character with text[start, end). */
export function overlapsSpan(mention: RawMention, start: number, end: number): boolean {
  return mention.tokens[0]!.start < end && start < mentionEnd(mention);
}

/** The mentions with `added` among them in document order (link.ts reads a form's first mention first). */
export function withAddedMentions(mentions: readonly RawMention[], added: readonly RawMention[]): readonly RawMention[] {
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start);
}
