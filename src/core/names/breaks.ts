/**
 * Where a name must end. A lower-case ordinary word inside a name ends it unless it joins the words
 * of one name ("Bank of England", "Trinidad and Tobago", "Ludwig van Beethoven"): the tagger,
 * taught on tweets too, sometimes runs two names into one across a verb ("Vladimir Putin met Xi
 * Jinping"), and the word after the break opens a name of its own.
 */
import { keptWordInfo } from './cues';
import { isInsideLabel } from './features';
import type { TaggedLine } from './tagger';

/** Lower-case words that stand inside names. */
const NAME_JOINERS = new Set([
  'of', 'and', 'the', 'for', 'on', 'in', 'at', 'upon', 'am', 'to', 'de', 'del', 'della', 'der', 'den', 'des', 'du', 'da', 'do', 'dos', 'di',
  'la', 'le', 'les', 'el', 'al', 'bin', 'ibn', 'van', 'von', 'y', 'e', 'st', 'st.', 'und', 'et', 'a',
]);
const MIN_BREAK_LETTERS = 3;

/** The lines with names broken at lower-case ordinary words (labels copied where changed). */
export function breakNamesAtWords(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): TaggedLine[] {
  return lines.map((line) => {
    const { tokens } = line;
    let labels: Uint8Array | null = null;
    for (let index = 1; index < tokens.length; index++) {
      const current = (labels ?? line.labels)[index]!;
      if (!isInsideLabel(current) || !breaksName(tokens[index]!.text, commonWords)) continue;
      labels ??= line.labels.slice();
      labels[index] = 0;
      if (index + 1 < tokens.length && labels[index + 1] === current) labels[index + 1] = current - 1;
    }
    return labels ? { ...line, labels } : line;
  });
}

function breaksName(word: string, commonWords: ReadonlySet<string>): boolean {
  const first = word.charAt(0);
  if (word.length < MIN_BREAK_LETTERS || first === first.toUpperCase() || NAME_JOINERS.has(word)) return false;
  return keptWordInfo(word, commonWords).common;
}
