/**
 * A name the tagger opened on an organization's last word ("Airways" in "British Airways", CoNLL's
 * 1996 news also reads "British" alone as a nationality) lacks its first words: such a word never
 * names an organization by itself. The capitalized words right before it that the tagger left out,
 * and that are no ordinary words, belong to the name. The other way round, a capitalized company
 * word the tagger left outside a name that ends just before it ("Dadi Engineering": a title-case
 * headline, truecased, reads "Dadi engineering") ends that name, and makes it a company's.
 */
import { isCapitalizedNameWord } from './cues';
import { isBeginLabel, LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import { listCue } from './wordCues';

const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
const ORGANIZATION_INSIDE = LABELS.indexOf('I-organization');
/** Last words of organization names that cannot open one ("Airways", "Airlines", "Party"). */
const TRAILING_HEADS = new Set(['Airways', 'Airlines', 'Party', 'Brothers', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Plc', 'Ltd', 'Ltd.', 'Holdings', 'Bancorp']);
const MAX_WORDS_BEFORE = 2;
/** Words that end a company's name and little else when capitalized after one ("Dadi Engineering", "Tata Motors"). */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([...TRAILING_HEADS, 'Engineering', 'Industries', 'Technologies', 'Motors', 'Group', 'Petroleum', 'Pharmaceuticals', 'Electronics']);
/** Both rules turn on a head word (TRAILING_HEADS are company heads too): a line without one is left as it is. */
const COMPANY_HEAD = listCue(COMPANY_HEADS);

/**
 * The lines with organization names that open on their last word extended to their first, and
 * names followed by a company word extended to it (labels copied where changed).
 */
export function completeOrganizationHeads(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    if ((line.cues.line & COMPANY_HEAD) === 0) return line;
    const { tokens } = line;
    let labels: Uint8Array | null = takeCompanyHeads(line);
    for (let index = 1; index < tokens.length; index++) {
      // Whatever type the tagger gave it: the head word says organization.
      if (!isBeginLabel(line.labels[index]!) || !TRAILING_HEADS.has(tokens[index]!.text)) continue;
      let start = index;
      while (start > 0 && index - start < MAX_WORDS_BEFORE && line.labels[start - 1] === 0 && isCapitalizedNameWord(tokens[start - 1]!.text, commonWords)) start--;
      if (start === index) continue;
      labels ??= line.labels.slice();
      labels[start] = ORGANIZATION_BEGIN;
      for (let inside = start + 1; inside <= index; inside++) labels[inside] = ORGANIZATION_INSIDE;
      for (let inside = index + 1; inside < tokens.length && labels[inside] !== 0 && !isBeginLabel(labels[inside]!); inside++) labels[inside] = ORGANIZATION_INSIDE;
    }
    return labels ? { ...line, labels } : line;
  });
}

/** Labels with each name followed by company words relabelled an organization that ends on them, or null where there is none. */
function takeCompanyHeads({ tokens, labels: tagged, style }: TaggedLine): Uint8Array | null {
  // In an all-caps line every word is capitalized.
  if (style === 'caps') return null;
  let labels: Uint8Array | null = null;
  for (let index = 1; index < tokens.length; index++) {
    if (tagged[index] !== 0 || tagged[index - 1] === 0 || !COMPANY_HEADS.has(tokens[index]!.text)) continue;
    let start = index - 1;
    while (start > 0 && !isBeginLabel(tagged[start]!)) start--;
    let end = index + 1;
    while (end < tokens.length && tagged[end] === 0 && COMPANY_HEADS.has(tokens[end]!.text)) end++;
    labels ??= tagged.slice();
    labels[start] = ORGANIZATION_BEGIN;
    labels.fill(ORGANIZATION_INSIDE, start + 1, end);
    index = end - 1;
  }
  return labels;
}

