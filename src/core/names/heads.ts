/**
 * A name the tagger opened on an organization's last word ("Airways" in "British Airways", CoNLL's
 * 1996 news also reads "British" alone as a nationality) lacks its first words: such a word never
 * names an organization by itself. The capitalized words right before it that the tagger left out,
 * and that are no ordinary words, belong to the name.
 */
import { isCapitalizedNameWord } from './cues';
import { LABELS } from './features';
import type { TaggedLine } from './tagger';

const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
const ORGANIZATION_INSIDE = LABELS.indexOf('I-organization');
/** Last words of organization names that cannot open one ("Airways", "Airlines", "Party"). */
const TRAILING_HEADS = new Set(['Airways', 'Airlines', 'Party', 'Brothers', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Plc', 'Ltd', 'Ltd.', 'Holdings', 'Bancorp']);
const MAX_WORDS_BEFORE = 2;

/** The lines with organization names that open on their last word extended to their first (labels copied where changed). */
export function completeOrganizationHeads(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): TaggedLine[] {
  return lines.map((line) => {
    const { tokens } = line;
    let labels: Uint8Array | null = null;
    for (let index = 1; index < tokens.length; index++) {
      // Whatever type the tagger gave it: the head word says organization.
      if (!isBegin(line.labels[index]!) || !TRAILING_HEADS.has(tokens[index]!.text)) continue;
      let start = index;
      while (start > 0 && index - start < MAX_WORDS_BEFORE && line.labels[start - 1] === 0 && isCapitalizedNameWord(tokens[start - 1]!.text, commonWords)) start--;
      if (start === index) continue;
      labels ??= line.labels.slice();
      labels[start] = ORGANIZATION_BEGIN;
      for (let inside = start + 1; inside <= index; inside++) labels[inside] = ORGANIZATION_INSIDE;
      for (let inside = index + 1; inside < tokens.length && labels[inside] !== 0 && !isBegin(labels[inside]!); inside++) labels[inside] = ORGANIZATION_INSIDE;
    }
    return labels ? { ...line, labels } : line;
  });
}

/** B- labels are the odd ones (see LABELS). */
function isBegin(label: number): boolean {
  return label % 2 === 1;
}
