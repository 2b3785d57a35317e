/** Name mentions read off the tagger's labels. */
import { LABELS } from './features';
import type { LineStyle } from './features';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import type { NameType } from '../types';

export interface RawMention {
  tokens: Token[];
  type: NameType;
  style: LineStyle;
}

export function mentionsOf(lines: readonly TaggedLine[]): RawMention[] {
  const mentions: RawMention[] = [];
  for (const { offset, tokens, labels, style } of lines) {
    let open: RawMention | null = null;
    labels.forEach((label, index) => {
      const name = LABELS[label]!;
      if (name === 'O') {
        open = null;
        return;
      }
      const { text, start, end } = tokens[index]!;
      const token = { text, start: start + offset, end: end + offset };
      if (name.startsWith('I-') && open) open.tokens.push(token);
      else if (name.startsWith('B-')) {
        open = { tokens: [token], type: name.slice(2) as NameType, style };
        mentions.push(open);
      } else open = null;
    });
  }
  return mentions;
}
