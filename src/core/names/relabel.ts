/**
 * One rule's pass over a document's tagged lines. Most rules change no line of most documents, and
 * a score of them run on every analysis (every keystroke in the editor): the lines come back as the
 * same array unless a line changed, instead of a new array per rule.
 */
import type { TaggedLine } from './tagger';

/** `lines.map(relabel)`, or `lines` itself when `relabel` returned every line as it was. */
export function relabelLines(lines: readonly TaggedLine[], relabel: (line: TaggedLine, index: number) => TaggedLine): readonly TaggedLine[] {
  let changed: TaggedLine[] | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const relabelled = relabel(line, index);
    if (relabelled === line) continue;
    changed ??= lines.slice();
    changed[index] = relabelled;
  }
  return changed ?? lines;
}
