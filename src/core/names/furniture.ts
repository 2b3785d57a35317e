/**
 * Site furniture and table columns, which the tagger reads as names because they are capitalized.
 *
 * Menus, footers and tab bars are runs of lines of one or two capitalized words ("Subscribe",
 * "Privacy Policy", "Apps"): such a line next to another such line names nothing.
 *
 * A table's first column of short codes ("DL Larry Ogunjobi 63 85%", "CB Denzel Ward 74") is no
 * part of the names beside it: an all-caps word of one to three letters that opens two or more lines
 * before a capitalized word ends there, and the names after it take the type most of them have.
 */
import { isBeginLabel, isInsideLabel, mayOpenWithCapital } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import { shapeCue } from './wordCues';

const MAX_FURNITURE_WORDS = 2;
const MAX_CODE_LETTERS = 3;
const MIN_CODE_LINES = 2;
const COLUMN_CODE = shapeCue(isColumnCode);
const FURNITURE_WORD = shapeCue((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word));

/** The lines with furniture lines' names dropped (labels copied where changed). */
export function dropFurnitureNames(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  const furniture = lines.map(isFurnitureLike);
  return relabelLines(lines, (line, index) => {
    if (!furniture[index] || !(furniture[index - 1] || furniture[index + 1]) || line.labels.every((label) => label === 0)) return line;
    return { ...line, labels: new Uint8Array(line.labels.length) };
  });
}

/** One or two words, each capitalized, nothing else. */
function isFurnitureLike({ tokens, cues }: TaggedLine): boolean {
  if (tokens.length === 0 || tokens.length > MAX_FURNITURE_WORDS) return false;
  for (let index = 0; index < tokens.length; index++) if ((cues.words[index]! & FURNITURE_WORD) === 0) return false;
  return true;
}

/** The lines with a column code opening them cut off the name after it (labels copied where changed). */
export function splitColumnCodes(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  const openings = new Map<string, number>();
  for (const line of lines) {
    if (opensWithCode(line)) openings.set(line.tokens[0]!.text, (openings.get(line.tokens[0]!.text) ?? 0) + 1);
  }
  const isColumn = (line: TaggedLine) => opensWithCode(line) && openings.get(line.tokens[0]!.text)! >= MIN_CODE_LINES;
  const type = columnType(lines.filter(isColumn));
  if (type < 0) return lines;
  return relabelLines(lines, (line) => {
    if (!isColumn(line) || line.labels[0] === 0 || !isInsideLabel(line.labels[1]!)) return line;
    const labels = line.labels.slice();
    labels[0] = 0;
    labels[1] = type;
    for (let index = 2; index < labels.length && isInsideLabel(labels[index]!); index++) labels[index] = type + 1;
    return { ...line, labels };
  });
}

function opensWithCode({ tokens, cues }: TaggedLine): boolean {
  return tokens.length > 2 && (cues.words[0]! & COLUMN_CODE) !== 0 && /^\p{Lu}\p{Ll}/u.test(tokens[1]!.text);
}

/** One to three capitals ("DL", "CB"). */
function isColumnCode(word: string): boolean {
  // The first character first: most words fail there, before the pattern (this runs on every word the cues have not met lately).
  return word.length <= MAX_CODE_LETTERS && mayOpenWithCapital(word) && /^\p{Lu}+$/u.test(word);
}

/**
 * The B- label of the type most names after a column code have (the code itself aside), or -1
 * when no such line holds a name.
 */
function columnType(rows: readonly TaggedLine[]): number {
  const counts = new Map<number, number>();
  for (const { labels } of rows) {
    const label = isBeginLabel(labels[1]!) ? labels[1]! : isInsideLabel(labels[1]!) ? labels[1]! - 1 : 0;
    if (label !== 0) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  let best = -1;
  for (const [label, count] of counts) if (best < 0 || count > counts.get(best)! || (count === counts.get(best)! && label < best)) best = label;
  return best < 0 ? -1 : best;
}
