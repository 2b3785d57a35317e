/**
 * The second tagging pass reads how the first pass labelled each capitalized word anywhere in
 * the document ("Newmont" tagged an organization twice makes a third "Newmont" one too).
 */
import { isCapitalized } from './features';
import type { WordInfo } from './features';

/** Masks are sets of name types: bit 1 person, 2 organization, 4 place. */
export const HISTORY_MASKS = 8;
/** Marks a word the history says nothing about (not capitalized). */
export const NO_HISTORY = -1;

export function historyFeatures(mask: number): string[] {
  return mask === NO_HISTORY ? [] : [`H=${mask}`];
}

/** The type bit of a BIO label (see LABELS), 0 for O. */
export function typeBit(label: number): number {
  return label === 0 ? 0 : 1 << ((label - 1) >> 1);
}

/** Lower-cased word -> the name types the first pass gave it anywhere in the document. */
export function typeMasksOf(lines: readonly { infos: readonly WordInfo[]; labels: Uint8Array }[]): Map<string, number> {
  const masks = new Map<string, number>();
  for (const { infos, labels } of lines) {
    infos.forEach(({ lower }, index) => {
      const bit = typeBit(labels[index]!);
      if (bit !== 0) masks.set(lower, (masks.get(lower) ?? 0) | bit);
    });
  }
  return masks;
}

/** A word's history mask, NO_HISTORY when it is not capitalized. */
export function historyMaskOf({ lower, casing }: WordInfo, masks: ReadonlyMap<string, number>): number {
  return isCapitalized(casing) ? (masks.get(lower) ?? 0) : NO_HISTORY;
}

/** Each word's history mask (see historyMaskOf). */
export function lineHistory(infos: readonly WordInfo[], masks: ReadonlyMap<string, number>): Int8Array {
  return Int8Array.from(infos, (info) => historyMaskOf(info, masks));
}
