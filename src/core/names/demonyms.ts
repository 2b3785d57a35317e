/**
 * A country's people or language ("Ukrainian", "Israelis", "Chinese") is no place: CoNLL counts
 * demonyms as miscellaneous names, and the web pages' labels name none. The tagger, which reads
 * "Ukrainian forces" like "Ukraine forces", sometimes calls one a place; a one-word place that is a
 * demonym of a country (gazetteer.ts) and no country or city itself is dropped. Organizations
 * ("American" the airline) are left alone.
 */
import { LABELS } from './features';
import { isDemonymOnly } from './gazetteer';
import type { TaggedLine } from './tagger';

const B_PLACE = LABELS.indexOf('B-place');
const I_PLACE = LABELS.indexOf('I-place');

export function dropDemonymPlaces(lines: readonly TaggedLine[]): TaggedLine[] {
  return lines.map((line) => {
    const { tokens } = line;
    let labels: Uint8Array | null = null;
    for (let index = 0; index < tokens.length; index++) {
      if (line.labels[index] !== B_PLACE || line.labels[index + 1] === I_PLACE) continue;
      if (!isDemonymOnly(tokens[index]!.text.toLowerCase())) continue;
      labels ??= line.labels.slice();
      labels[index] = 0;
    }
    return labels ? { ...line, labels } : line;
  });
}
