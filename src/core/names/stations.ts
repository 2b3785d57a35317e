/**
 * A television station is named with its channel: "NBC 5", "FOX 4 News", "KSDK 5". American
 * local news sites write their station so, and the tagger, which knows the network's letters, ends
 * the name before the number. A network's letters or a call sign (K or W and two or three more
 * capitals) before a channel of one or two digits take it in; a capitalized word right after the
 * channel that the tagger named ("News") goes with them.
 */
import { isInsideLabel, LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';

const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
const ORGANIZATION_INSIDE = LABELS.indexOf('I-organization');
const NETWORKS = new Set(['ABC', 'NBC', 'CBS', 'FOX', 'Fox', 'CW', 'PBS']);
const CALL_SIGN = /^[KW][A-Z]{2,3}$/;
const CHANNEL = /^\d{1,2}$/;

/** The lines with each station's channel in its name (labels copied where changed). */
export function joinStationChannels(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    let labels: Uint8Array | null = null;
    const { tokens } = line;
    for (let index = 0; index + 1 < tokens.length; index++) {
      if (line.labels[index] !== ORGANIZATION_BEGIN || !isStation(tokens[index]!) || !isChannel(tokens, index + 1) || line.labels[index + 1] !== 0) continue;
      labels ??= line.labels.slice();
      labels[index + 1] = ORGANIZATION_INSIDE;
      // "News" the tagger named after the channel is the station's newsroom: one name.
      if (index + 2 < tokens.length && labels[index + 2] === ORGANIZATION_BEGIN && tokens[index + 2]!.start - tokens[index + 1]!.end === 1) {
        labels[index + 2] = ORGANIZATION_INSIDE;
        for (let inside = index + 3; inside < tokens.length && isInsideLabel(labels[inside]!); inside++) labels[inside] = ORGANIZATION_INSIDE;
      }
    }
    return labels ? { ...line, labels } : line;
  });
}

function isStation({ text }: Token): boolean {
  return NETWORKS.has(text) || CALL_SIGN.test(text);
}

/** A channel number one space after the station, not part of a score or a time ("2-1" is one token, "10:30" too). */
function isChannel(tokens: readonly Token[], index: number): boolean {
  const channel = tokens[index]!;
  return CHANNEL.test(channel.text) && channel.start - tokens[index - 1]!.end === 1;
}
