/** Tagged lines for the names rules' tests: a line's labels set by hand, and its names read back. */
import { LABELS } from '../../src/core/names/features';
import type { TaggedLine } from '../../src/core/names/tagger';
import { tokenizeLine } from '../../src/core/names/tokenize';
import { wordCuesOf } from '../../src/core/names/wordCues';

/** A tagged line of `text`, labelled O except for the given `[word index, label]` pairs. */
export function taggedLine(text: string, style: TaggedLine['style'], ...labelled: [number, (typeof LABELS)[number]][]): TaggedLine {
  const tokens = tokenizeLine(text, 0);
  const labels = new Uint8Array(tokens.length);
  for (const [index, label] of labelled) labels[index] = LABELS.indexOf(label);
  return { offset: 0, tokens, style, labels, cues: wordCuesOf(tokens) };
}

/** The line's names as `type:words`, read off its labels. */
export function labelledNames(line: TaggedLine): string[] {
  const names: string[] = [];
  line.labels.forEach((label, index) => {
    const name = LABELS[label]!;
    if (name.startsWith('B-')) names.push(`${name.slice(2)}:${line.tokens[index]!.text}`);
    else if (name.startsWith('I-') && names.length > 0) names[names.length - 1] += ` ${line.tokens[index]!.text}`;
  });
  return names;
}
