/**
 * A fixed list of strings, looked up by content, in one string and two typed arrays. The names
 * model's feature keys and word lists are about 150,000 short strings: as Map and Set entries each
 * string is a heap object of its own plus a slot in a hash table, about 12 MB in every thread that
 * loads the model (an `index` run has one per core); packed, about 3 MB.
 */
import { fnv1aString } from '../hash';

/** No string: an empty hash slot, or a string not in the list. */
export const ABSENT = -1;

/** A packed list's contents: what another thread needs to look strings up in it without packing them again. */
export interface PackedParts {
  /** The strings, one after another. */
  text: string;
  /** Where string i starts in `text`; the last is text's length. */
  starts: Int32Array;
  /** Open addressing, linear probing: the number of the string in each slot, ABSENT when empty. */
  slots: Int32Array;
}

/** Memory for typed arrays: an ArrayBuffer, or a SharedArrayBuffer that worker threads read without a copy of their own. */
export type Allocate = (bytes: number) => ArrayBufferLike;
export const privateMemory: Allocate = (bytes) => new ArrayBuffer(bytes);
export const sharedMemory: Allocate = (bytes) => new SharedArrayBuffer(bytes);

export class PackedStrings {
  /** How many strings the list has (duplicates included). */
  readonly size: number;
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** A list of strings to pack, or the parts of one packed in another thread. */
  constructor(strings: readonly string[] | PackedParts, allocate = privateMemory) {
    const { text, starts, slots } = Array.isArray(strings) ? pack(strings as readonly string[], allocate) : (strings as PackedParts);
    this.size = starts.length - 1;
    this.text = text;
    this.starts = starts;
    this.slots = slots;
    this.mask = slots.length - 1;
    if (Array.isArray(strings)) {
      // A string listed twice answers with its last place, as a Map built from the list would.
      (strings as readonly string[]).forEach((value, index) => {
        this.slots[this.slotOf(value)] = index;
      });
    }
  }

  get parts(): PackedParts {
    return { text: this.text, starts: this.starts, slots: this.slots };
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

/** The strings' text and starts, and an empty hash table a quarter to a half full once filled: a miss (most lookups of a text's words) probes one or two slots. */
function pack(strings: readonly string[], allocate: Allocate): PackedParts {
  const starts = new Int32Array(allocate(4 * (strings.length + 1)));
  let at = 0;
  strings.forEach((value, index) => {
    starts[index] = at;
    at += value.length;
  });
  starts[strings.length] = at;
  let capacity = 16;
  while (capacity < strings.length * 2) capacity *= 2;
  return { text: strings.join(''), starts, slots: new Int32Array(allocate(4 * capacity)).fill(ABSENT) };
}
