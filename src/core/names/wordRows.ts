/**
 * The model's rows of the features that read one word (ownFeatures and neighbourFeatures in
 * features.ts), grouped by the part of the word they read: a new word costs one lookup per word
 * form, shape and ending instead of about sixteen feature-key strings built and looked up one by one.
 * The weights are added in the same order as summing those keys, so the sums are the same to the bit
 * (test/unit/names-word-rows.test.ts checks it against the keys).
 */
import { type Casing, LABEL_COUNT, NO_CLUSTER, type WordForms } from './features';
import { LISTS } from './gazetteer';
import { ABSENT, PackedStrings } from './packedStrings';

/** Templates that read the word's lower-cased form, in the order of a word's weight slots: own, then per NEIGHBOUR_OFFSETS. */
const FORM_TEMPLATES = ['w', '-1w', '1w', '-2w', '2w'];
/** Templates that read its shape: own, then the neighbours at -1 and 1. */
const SHAPE_TEMPLATES = ['s', '-1s', '1s'];
/** Templates that read the word's lists (listFeatures): own, then the neighbours at -1 and 1. */
const LIST_TEMPLATES = ['g', '-1g', '1g'];
/** Templates that read the word's cluster: own, then the neighbours at -1 and 1. */
const CLUSTER_TEMPLATES = ['k', '-1k', '1k'];
/** Ending sizes (x2, x3, x4): a word longer than the size has the feature. */
const ENDING_SIZES = [2, 3, 4];
/** Lengths the casing feature tells apart (`c=init4` is any length from 4 up). */
const CASING_LENGTHS = 5;
/** No row: the same value as ABSENT, so a key's place in the model's list is its row or none. */
const NO_ROW = ABSENT;

/**
 * Rows of a few templates per value, in one array: `width` entries per value, NO_ROW where a
 * template has no key. Filled through a Map, then packed (seal): the tables hold most of the
 * model's keys again, in every thread that tags.
 */
class RowTable {
  private filling: Map<string, number> | null = new Map();
  private values = new PackedStrings([]);
  rows: Int32Array = new Int32Array(0);
  private readonly filled: number[] = [];

  constructor(private readonly width: number) {}

  /** Where the value's rows start, NO_ROW when no template has a key for it. */
  slotOf(value: string): number {
    const index = this.values.indexOf(value);
    return index === ABSENT ? NO_ROW : index * this.width;
  }

  /** The row of the template in `column` at a slot from slotOf, NO_ROW when there is none. */
  rowAt(slot: number, column: number): number {
    return slot === NO_ROW ? NO_ROW : this.rows[slot + column]!;
  }

  set(value: string, column: number, row: number): void {
    const filling = this.filling!;
    let slot = filling.get(value);
    if (slot === undefined) {
      slot = this.filled.length;
      filling.set(value, slot);
      for (let index = 0; index < this.width; index++) this.filled.push(NO_ROW);
    }
    this.filled[slot + column] = row;
  }

  /** Packs the values set so far; slotOf answers from then on (a value's slot stays what set gave it). */
  seal(): void {
    this.values = new PackedStrings([...this.filling!.keys()]);
    this.rows = Int32Array.from(this.filled);
    this.filling = null;
    this.filled.length = 0;
  }

  /** Every value with its slot (to fill columns from other tables once all keys are read). */
  *entries(): IterableIterator<[string, number]> {
    for (let index = 0; index < this.values.size; index++) yield [this.values.at(index), index * this.width];
  }
}

export class WordRows {
  private readonly bias: number;
  private readonly forms = new RowTable(FORM_TEMPLATES.length);
  private readonly shapes = new RowTable(SHAPE_TEMPLATES.length);
  /** Per ending size: endings of that size -> rows of x2 .. x<size> (the shorter endings filled in after reading). */
  private readonly endings = ENDING_SIZES.map((size) => new RowTable(size - 1));
  private readonly prefixes = new RowTable(1);
  private readonly lists = new RowTable(LIST_TEMPLATES.length);
  private readonly clusters = new RowTable(CLUSTER_TEMPLATES.length);
  /** Per casing: rows of `c=` per length (0 .. 4), then of `-2c=` and `2c=`; filled on first use. */
  private readonly casings = new Map<Casing, Int32Array>();

  constructor(private readonly rows: PackedStrings, private readonly weights: Float32Array) {
    this.bias = rows.indexOf('b');
    for (let row = 0; row < rows.size; row++) this.read(rows.at(row), row);
    for (const table of [this.forms, this.shapes, ...this.endings, this.prefixes, this.lists, this.clusters]) table.seal();
    this.fillShorterEndings();
  }

  /**
   * Adds the word's weights into `sums` from `from`: its own features' in the first LABEL_COUNT
   * slots, then those it gives a neighbour at each of NEIGHBOUR_OFFSETS (-1, 1, -2, 2).
   */
  addWord({ lower, shape, casing, length, lists, cluster }: WordForms, sums: Float32Array, from: number): void {
    const form = this.forms.slotOf(lower);
    const shapeSlot = this.shapes.slotOf(shape);
    const clusterSlot = cluster === NO_CLUSTER ? NO_ROW : this.clusters.slotOf(String(cluster));
    const casingRows = this.casingRows(casing);
    const { forms, shapes } = this;
    // Own features, in ownFeatures' order: b, w, s, c, x2, x3, x4, p3, lists, cluster.
    this.add(this.bias, sums, from);
    this.add(forms.rowAt(form, 0), sums, from);
    this.add(shapes.rowAt(shapeSlot, 0), sums, from);
    this.add(casingRows[Math.min(length, 4)]!, sums, from);
    this.addEndings(lower, sums, from);
    if (lower.length > 4) this.add(this.prefixes.rowAt(this.prefixes.slotOf(lower.slice(0, 3)), 0), sums, from);
    this.addLists(lists, 0, sums, from);
    this.add(this.clusters.rowAt(clusterSlot, 0), sums, from);
    // Neighbour features: w, s, lists then cluster at -1 and 1, w then c at -2 and 2.
    this.add(forms.rowAt(form, 1), sums, from + LABEL_COUNT);
    this.add(shapes.rowAt(shapeSlot, 1), sums, from + LABEL_COUNT);
    this.addLists(lists, 1, sums, from + LABEL_COUNT);
    this.add(this.clusters.rowAt(clusterSlot, 1), sums, from + LABEL_COUNT);
    this.add(forms.rowAt(form, 2), sums, from + 2 * LABEL_COUNT);
    this.add(shapes.rowAt(shapeSlot, 2), sums, from + 2 * LABEL_COUNT);
    this.addLists(lists, 2, sums, from + 2 * LABEL_COUNT);
    this.add(this.clusters.rowAt(clusterSlot, 2), sums, from + 2 * LABEL_COUNT);
    this.add(forms.rowAt(form, 3), sums, from + 3 * LABEL_COUNT);
    this.add(casingRows[CASING_LENGTHS]!, sums, from + 3 * LABEL_COUNT);
    this.add(forms.rowAt(form, 4), sums, from + 4 * LABEL_COUNT);
    this.add(casingRows[CASING_LENGTHS + 1]!, sums, from + 4 * LABEL_COUNT);
  }

  private read(key: string, row: number): void {
    const equals = key.indexOf('=');
    if (equals < 0) return;
    const template = key.slice(0, equals);
    const value = key.slice(equals + 1);
    const form = FORM_TEMPLATES.indexOf(template);
    if (form >= 0) return this.forms.set(value, form, row);
    const shape = SHAPE_TEMPLATES.indexOf(template);
    if (shape >= 0) return this.shapes.set(value, shape, row);
    const size = ENDING_SIZES.indexOf(Number(template.slice(1)));
    if (template.startsWith('x') && size >= 0 && value.length === ENDING_SIZES[size]) return this.endings[size]!.set(value, size, row);
    if (template === 'p3') this.prefixes.set(value, 0, row);
    const list = LIST_TEMPLATES.indexOf(template);
    if (list >= 0) return this.lists.set(value, list, row);
    const cluster = CLUSTER_TEMPLATES.indexOf(template);
    if (cluster >= 0) this.clusters.set(value, cluster, row);
  }

  /** The rows of the template in `column` of LIST_TEMPLATES for each of the word's lists, in the order of LISTS. */
  private addLists(lists: number, column: number, sums: Float32Array, from: number): void {
    if (lists === 0) return;
    LISTS.forEach((list, bit) => {
      if (lists & (1 << bit)) this.add(this.lists.rowAt(this.lists.slotOf(list), column), sums, from);
    });
  }

  /** An ending's table holds the rows of its own shorter endings too: a word then needs one lookup, not three. */
  private fillShorterEndings(): void {
    this.endings.forEach((table, size) => {
      for (const [ending, slot] of table.entries()) {
        for (let shorter = 0; shorter < size; shorter++) {
          const other = this.endings[shorter]!;
          const otherSlot = other.slotOf(ending.slice(-ENDING_SIZES[shorter]!));
          table.rows[slot + shorter] = other.rowAt(otherSlot, shorter);
        }
      }
    });
  }

  /** The x2, x3 and x4 features ownFeatures gives the word, in that order. */
  private addEndings(lower: string, sums: Float32Array, from: number): void {
    // The longest ending with a key of its own; the shorter ones come with its rows (fillShorterEndings).
    for (let size = ENDING_SIZES.length - 1; size >= 0; size--) {
      if (lower.length <= ENDING_SIZES[size]!) continue;
      const table = this.endings[size]!;
      const slot = table.slotOf(lower.slice(-ENDING_SIZES[size]!));
      if (slot === NO_ROW) continue;
      for (let shorter = 0; shorter <= size; shorter++) this.add(table.rowAt(slot, shorter), sums, from);
      return;
    }
  }

  private casingRows(casing: Casing): Int32Array {
    let casingRows = this.casings.get(casing);
    if (!casingRows) {
      casingRows = new Int32Array(CASING_LENGTHS + 2).fill(NO_ROW);
      for (let length = 0; length < CASING_LENGTHS; length++) casingRows[length] = this.rows.indexOf(`c=${casing}${length}`);
      casingRows[CASING_LENGTHS] = this.rows.indexOf(`-2c=${casing}`);
      casingRows[CASING_LENGTHS + 1] = this.rows.indexOf(`2c=${casing}`);
      this.casings.set(casing, casingRows);
    }
    return casingRows;
  }

  private add(row: number, sums: Float32Array, from: number): void {
    if (row === NO_ROW) return;
    const { weights } = this;
    for (let label = 0; label < LABEL_COUNT; label++) sums[from + label]! += weights[row * LABEL_COUNT + label]!;
  }
}
