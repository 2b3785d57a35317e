/**
 * Where a name must end. A lower-case ordinary word inside a name ends it unless it joins the words
 * of one name ("Bank of England", "Trinidad and Tobago", "Ludwig van Beethoven"): the tagger,
 * taught on tweets too, sometimes runs two names into one across a verb ("Vladimir Putin met Xi
 * Jinping"), and the word after the break opens a name of its own. So does "v" or "vs" between the
 * sides of a match or a case ("Final: Nicol v Eyles", "Chelsea vs Arsenal").
 */
import { keptWordInfo } from './cues';
import { isInsideLabel } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';

/** Lower-case words that stand inside names. */
const NAME_JOINERS = new Set([
  'of', 'and', 'the', 'for', 'on', 'in', 'at', 'upon', 'am', 'to', 'de', 'del', 'della', 'der', 'den', 'des', 'du', 'da', 'do', 'dos', 'di',
  'la', 'le', 'les', 'el', 'al', 'bin', 'ibn', 'van', 'von', 'y', 'e', 'st', 'st.', 'und', 'et', 'a',
]);
const MIN_BREAK_LETTERS = 3;
/** "Versus" as written between two sides. */
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.']);

/**
 * The lines with names broken at lower-case ordinary words, and names of lower-case words only
 * dropped ("date 2025-08-29": tweets write names in lower case, pages hardly ever), labels copied
 * where changed.
 */
export function breakNamesAtWords(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    const { tokens } = line;
    let labels: Uint8Array | null = null;
    for (let index = 1; index < tokens.length; index++) {
      const current = (labels ?? line.labels)[index]!;
      if (!isInsideLabel(current) || !breaksName(tokens[index]!.text, commonWords)) continue;
      labels ??= line.labels.slice();
      labels[index] = 0;
      if (index + 1 < tokens.length && labels[index + 1] === current) labels[index + 1] = current - 1;
    }
    labels = dropLowerCaseNames(line, labels);
    return labels ? { ...line, labels } : line;
  });
}

/** `labels` (or a copy of the line's) without names all of whose words are lower-case letters; null if nothing changed. */
function dropLowerCaseNames({ tokens, labels: tagged }: TaggedLine, labels: Uint8Array | null): Uint8Array | null {
  const current = labels ?? tagged;
  for (let start = 0; start < tokens.length; start++) {
    if (current[start] === 0 || isInsideLabel(current[start]!)) continue;
    let end = start + 1;
    while (end < tokens.length && isInsideLabel(current[end]!)) end++;
    if (allLowerCase(tokens, start, end)) {
      labels ??= tagged.slice();
      labels.fill(0, start, end);
    }
    start = end - 1;
  }
  return labels;
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/** Whether every word of tokens[start, end) is in lower case; read in place, not sliced (this runs on every name). */
function allLowerCase(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!LOWER_CASE_WORD.test(tokens[index]!.text)) return false;
  return true;
}

function breaksName(word: string, commonWords: ReadonlySet<string>): boolean {
  if (VERSUS.has(word)) return true;
  const first = word.charAt(0);
  if (word.length < MIN_BREAK_LETTERS || first === first.toUpperCase() || NAME_JOINERS.has(word)) return false;
  return keptWordInfo(word, commonWords).common;
}
