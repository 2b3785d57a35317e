/**
 * A fixed list of strings, looked up by content, in one string and two typed arrays. The names
 * model's feature keys and word lists are about 150,000 short strings: as Map and Set entries each
 * string is a heap object of its own plus a slot in a hash table, about 12 MB in every thread that
 * loads the model (an `index` run has one per core); packed, about 3 MB.
 */
import { fnv1aString } from '../hash';

/** No string: an empty hash slot, or a string not in the list. */
export const ABSENT = -1;

export class PackedStrings {
  /** How many strings the list has (duplicates included). */
  readonly size: number;
  /** The strings, one after another. */
  private readonly text: string;
  /** Where string i starts in `text`; starts[size] is text's length. */
  private readonly starts: Int32Array;
  /** Open addressing, linear probing: the number of the string in each slot, ABSENT when empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(strings: readonly string[]) {
    this.size = strings.length;
    this.text = strings.join('');
    this.starts = new Int32Array(strings.length + 1);
    let at = 0;
    strings.forEach((value, index) => {
      this.starts[index] = at;
      at += value.length;
    });
    this.starts[strings.length] = at;
    // A quarter to a half full: a miss (most lookups of a text's words) probes one or two slots.
    let capacity = 16;
    while (capacity < strings.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(ABSENT);
    this.mask = capacity - 1;
    // A string listed twice answers with its last place, as a Map built from the list would.
    strings.forEach((value, index) => {
      this.slots[this.slotOf(value)] = index;
    });
  }

  /** The place of `value` in the list, ABSENT when it is not there. */
  indexOf(value: string): number {
    return this.slots[this.slotOf(value)]!;
  }

  has(value: string): boolean {
    return this.indexOf(value) !== ABSENT;
  }

  /** String number `index` of the list. */
  at(index: number): string {
    return this.text.slice(this.starts[index], this.starts[index + 1]);
  }

  /** The slot holding `value`, or the empty slot where it would go. */
  private slotOf(value: string): number {
    const { slots, mask } = this;
    let slot = fnv1aString(value) & mask;
    for (;;) {
      const index = slots[slot]!;
      if (index === ABSENT || this.equals(index, value)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private equals(index: number, value: string): boolean {
    const start = this.starts[index]!;
    if (this.starts[index + 1]! - start !== value.length) return false;
    const { text } = this;
    for (let offset = 0; offset < value.length; offset++) {
      if (text.charCodeAt(start + offset) !== value.charCodeAt(offset)) return false;
    }
    return true;
  }
}
