/**
 * "Group C", "Path A", "Plan B": an ordinary word and one capital letter label a part of a list
 * (a tournament's groups, a play-off's paths), not a name. The tagger, which reads a capitalized
 * word before a capital as a name, often makes such labels places.
 */
import { keptWordInfo } from './cues';
import { isBeginLabel, isInsideLabel } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';

const LETTER = /^\p{Lu}$/u;

/** The lines with names of an ordinary word and a letter dropped (labels copied where changed). */
export function dropLetterLabels(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    const { tokens } = line;
    let labels: Uint8Array | null = null;
    for (let index = 0; index + 1 < tokens.length; index++) {
      // A name of exactly two words: the label opens it, the letter ends it.
      if (!isBeginLabel(line.labels[index]!) || !isInsideLabel(line.labels[index + 1]!) || isInsideLabel(line.labels[index + 2] ?? 0)) continue;
      if (!LETTER.test(tokens[index + 1]!.text) || !keptWordInfo(tokens[index]!.text, commonWords).common) continue;
      labels ??= line.labels.slice();
      labels.fill(0, index, index + 2);
    }
    return labels ? { ...line, labels } : line;
  });
}
