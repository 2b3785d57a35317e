import type { RawMention } from '../../src/core/names/mentions';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

/** The tagger's mention of `words` as `type`, where the text first writes them at or after `from`. */
export function mention(text: string, words: string, type: NameType, from = 0): RawMention {
  return rawMention(tokenizeLine(words, text.indexOf(words, from)), type, 'normal');
}

/** Each mention as "its words/its type", to compare a rule's output in one line. */
export function typedForms(text: string, mentions: readonly RawMention[]): string[] {
  return mentions.map(({ tokens, type }) => `${text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)}/${type}`);
}
