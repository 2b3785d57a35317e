/**
 * A country's people or language ("Ukrainian", "Israelis", "Chinese") is no place: CoNLL counts
 * demonyms as miscellaneous names, and the web pages' labels name none. The tagger, which reads
 * "Ukrainian forces" like "Ukraine forces", sometimes calls one a place; a one-word place that is a
 * demonym of a country (gazetteer.ts) and no country or city itself is dropped, and so is a compound
 * of demonyms ("Russian-Chinese talks", "Chinese-Russian relations"): an adjective of two peoples names
 * no body and no place, whatever the tagger made of it. Nor does one of two countries ("US-China trade
 * deal", "India-Pakistan talks"): the relation between them, which the tagger, seeing a capitalized
 * compound, reads as an organization. A one-word organization that is a demonym is dropped once every
 * pass has typed the mentions (dropDemonymOrganizations).
 */
import { LABELS, isBeginLabel } from './features';
import { COUNTRIES } from './countries';
import { isDemonymOnly } from './gazetteer';
import type { RawMention } from './mentions';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';

const B_PLACE = LABELS.indexOf('B-place');

/** "russian-chinese", "us-china": two or more hyphen-joined demonyms or countries. */
function isDemonymCompound(lower: string): boolean {
  const parts = lower.split('-');
  return parts.length >= 2 && parts.every((part) => isDemonymOnly(part) || COUNTRIES.has(part));
}

export function dropDemonymNames(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    const { tokens } = line;
    let labels: Uint8Array | null = null;
    for (let index = 0; index < tokens.length; index++) {
      const label = line.labels[index]!;
      // A B- label's I- label is the next index: a longer name is left alone.
      if (!isBeginLabel(label) || line.labels[index + 1] === label + 1) continue;
      const word = tokens[index]!.text;
      // Only a place is dropped as a lone demonym, and a compound holds a hyphen: most names are neither, and need no lower-casing.
      if (label !== B_PLACE && !word.includes('-')) continue;
      const lower = word.toLowerCase();
      if (!(label === B_PLACE && isDemonymOnly(lower)) && !isDemonymCompound(lower)) continue;
      labels ??= line.labels.slice();
      labels[index] = 0;
    }
    return labels ? { ...line, labels } : line;
  });
}

/**
 * A people's adjective alone is no organization either ("Chinese President Xi Jinping", "our
 * Chinese friends"): later passes (known forms, context cues) can type a demonym an organization
 * after the tagger's labels were checked above. The rare body named by a demonym alone ("American",
 * the airline) is given up for it.
 */
export function dropDemonymOrganizations(mentions: readonly RawMention[]): readonly RawMention[] {
  const kept = mentions.filter((mention) => !(mention.type === 'organization' && mention.tokens.length === 1 && isDemonymOnly(mention.tokens[0]!.text.toLowerCase())));
  return kept.length === mentions.length ? mentions : kept;
}
