/**
 * Who owns which INDEX.yaml field, and edits that respect it (through the yaml Document API, so
 * comments and key order stay):
 * - engine fields (people, organizations, places, quotes, boilerplate) are refreshed on every run;
 * - fields a reviewer or the pipeline may set (title, authors, published, source, outlet) are
 *   filled in when empty and refreshed while they hold what the engine wrote; a value that differs
 *   from the engine's is theirs and stays, with the engine's own value kept beside it under
 *   `engine:` (so nothing is lost and the entry says which is which). The pipeline saw the page,
 *   the engine only sees the scraped text; a reviewer read it;
 * - `language` and the collection's `duplicateOf` (the original of a wire copy; absent on every
 *   other entry) are refreshed on every run;
 * - review fields (status, notes) belong to the reviewer: status is set to `unreviewed` for new
 *   entries and otherwise left alone;
 * - an entry whose file is gone is kept and marked `missing: true` (its review notes are the
 *   reviewer's work and the file may come back); the mark is removed when the file reappears.
 */
import { Document, isMap, isNode, isScalar, isSeq, type Node, type Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { CollectionSummary } from './collection';
import { fnv1aString } from './hash';
import type { DocumentSummary } from './summary';

const ENGINE_FIELDS = ['people', 'organizations', 'places', 'quotes', 'boilerplate'] as const;
const REVIEWABLE = ['title', 'authors', 'published', 'source', 'outlet'] as const;
const REVIEWABLE_FIELDS = new Set<string>(REVIEWABLE);
/** The order fields are added to an entry that lacks them, as newEntryData writes them. */
const FIELD_ORDER = ['title', 'authors', ...ENGINE_FIELDS, 'published', 'source', 'outlet'] as const;
/** Under this key of an entry: the engine's values of the reviewable fields that hold another value. */
const ENGINE_VALUES = 'engine';

/** Writes the `collection` section into the root map, adding it first when absent. */
export function writeCollection(document: Document, root: YAMLMap, collection: CollectionSummary): void {
  // A new `collection` section goes first: with 10,000 documents nobody scrolls to the end for it.
  // Not when a comment sits right above the first key (yaml attaches it to that key): the section
  // would then come between the file's header and the key; it goes last, and the header stays on top.
  if (!root.has('collection')) {
    const pair = document.createPair('collection', new YAMLMap());
    const first = root.items[0]?.key;
    if (isNode(first) && first.commentBefore) root.items.push(pair);
    else root.items.unshift(pair);
  }
  if (!isMap(root.get('collection', true))) root.set('collection', new YAMLMap());
  const map = root.get('collection', true) as unknown as YAMLMap;
  setField(document, map, 'documents', collection.documents);
  setField(document, map, 'dateRange', collection.dateRange);
  setField(document, map, 'gaps', collection.gaps);
  setField(document, map, 'duplicates', collection.duplicates);
  setField(document, map, 'repeatedLines', collection.repeatedLines);
  setField(document, map, 'errors', collection.errors);
}

export function newEntry(document: Document, data: Record<string, unknown>): YAMLMap {
  const entry = document.createNode(data) as YAMLMap;
  for (const pair of entry.items) flowShortLists(pair.value as Node);
  return entry;
}

export function newEntryData(summary: DocumentSummary): Record<string, unknown> {
  const { file, title, published, source, outlet, authors, people, organizations, places, quotes, boilerplate, duplicateOf } = summary;
  const copy = duplicateOf === undefined ? {} : { duplicateOf };
  const language = summary.language === undefined ? {} : { language: summary.language };
  return { file, title, published, source, ...(outlet ? { outlet } : {}), ...language, authors, people, organizations, places, quotes, boilerplate, ...copy, status: 'unreviewed', notes: '' };
}

/**
 * `newEntry` printed as a one-item list, indented by `indent` as printEntry indents it, written as
 * text: building and printing nodes costs a quarter of a millisecond an entry, seconds for a new
 * collection. The values' texts come from the yaml package itself (see EntryValueTexts), so
 * quoting is the same. Null when some value would not print on one line or is of an unexpected
 * type: the caller then takes the node path.
 */
export function newEntryText(summary: DocumentSummary, indent: string, values: EntryValueTexts): string | null {
  const data = newEntryData(summary);
  const lists = Object.values(data).filter((value) => typeof value === 'object' && value !== null);
  if (new Set(lists).size !== lists.length) return null; // one list twice: yaml writes an anchor and an alias
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const printed = values.value(value);
    if (printed === null) return null;
    lines.push(`${indent}${lines.length === 0 ? '- ' : '  '}${key}: ${printed}`);
  }
  return lines.join('\n'); // flat, not a rope: the entry is hashed next
}

/** Printed as a plain scalar in block and flow context alike: no indicator character, no leading or trailing space. */
const PLAIN_TEXT = /^[\p{L}\p{N}][\p{L}\p{N} .'()/_-]*(?<! )$/u;

/**
 * Texts of entry values, one line each, as yaml prints them in newEntry's document. Text that a
 * plain scalar shows as it is, and does not read as another type, is written as it is; any other
 * value is printed through a one-entry document kept for the purpose, and remembered, since
 * names and figures repeat across documents.
 */
export class EntryValueTexts {
  /** Values printed through the documents below, for entries' values and for list items. */
  private readonly printedValues = new Map<string | number, string | null>();
  private readonly printedItems = new Map<string, string | null>();
  /** `- v: value` and `- l: [ value ]`, as newEntry makes an entry's values. */
  private readonly valueDocument = EntryValueTexts.oneEntry('');
  private readonly listDocument = EntryValueTexts.oneEntry(['']);
  /** The yaml schema's tests for text a plain scalar would turn into another type (null, true, 12, 0x1F…), as in its plainString. */
  private readonly otherTypes = oneOf(this.valueDocument.schema.tags.flatMap((tag) => (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && 'test' in tag && tag.test ? [tag.test] : [])));

  private static oneEntry(value: string | string[]): Document {
    const document = new Document(new YAMLSeq());
    (document.contents as YAMLSeq).items.push(newEntry(document, { v: value }));
    return document;
  }

  /**
   * Prints every value of these summaries that is not plain text through two documents for all
   * (one document each takes five times longer). There they are items of a top-level list rather
   * than values of an entry; that changes their indentation, which only shows on several lines,
   * and a value taking several lines is left to `value`, which prints it in an entry.
   */
  prepare(summaries: readonly DocumentSummary[]): void {
    const values = new Set<string | number>();
    const items = new Set<string>();
    for (const summary of summaries) {
      for (const value of Object.values(newEntryData(summary))) {
        if (typeof value === 'number' || (typeof value === 'string' && !this.isPlain(value))) values.add(value);
        else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string' && !this.isPlain(item)) items.add(item);
      }
    }
    this.printAll([...values].filter((value) => !this.printedValues.has(value)), false);
    this.printAll([...items].filter((item) => !this.printedItems.has(item)), true);
  }

  /** Null when the value is not a string, number, null or list of strings, or would not print on one line. */
  value(value: unknown): string | null {
    if (value === null) return 'null';
    if (typeof value === 'number') return this.print(value, false);
    if (typeof value === 'string') return this.isPlain(value) ? value : this.print(value, false);
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return null;
    if (value.length === 0) return '[]';
    const items: string[] = [];
    for (const item of value as string[]) {
      const text = this.isPlain(item) ? item : this.print(item, true);
      if (text === null) return null;
      items.push(text);
    }
    return `[ ${items.join(', ')} ]`;
  }

  private isPlain(text: string): boolean {
    return PLAIN_TEXT.test(text) && !this.otherTypes.some((test) => test.test(text));
  }

  private printAll(values: readonly (string | number)[], inList: boolean): void {
    if (values.length === 0) return;
    const document = new Document(inList ? values.map((value) => [value]) : values);
    if (inList) for (const list of (document.contents as YAMLSeq<YAMLSeq>).items) list.flow = true;
    const lines = document.toString({ lineWidth: 0 }).split('\n');
    if (lines.length !== values.length + 1) return; // one took several lines: which is not known
    const [prefix, suffix] = inList ? ['- [ ', ' ]'] : ['- ', ''];
    values.forEach((value, i) => {
      const line = lines[i]!;
      if (line.startsWith(prefix) && line.endsWith(suffix)) (inList ? this.printedItems : this.printedValues).set(value, line.slice(prefix.length, line.length - suffix.length));
    });
  }

  private print(value: string | number, inList: boolean): string | null {
    const printed = inList ? this.printedItems : this.printedValues;
    let text = printed.get(value);
    if (text === undefined) {
      const document = inList ? this.listDocument : this.valueDocument;
      const entry = (document.contents as YAMLSeq<YAMLMap<Scalar, Node>>).items[0]!;
      const node = entry.items[0]!.value as Scalar | YAMLSeq<Scalar>;
      (isSeq(node) ? node.items[0]! : node).value = value;
      // One line and the final newline; more mean the value took several.
      const [line, ...rest] = document.toString({ lineWidth: 0 }).split('\n');
      const [prefix, suffix] = inList ? ['- v: [ ', ' ]'] : ['- v: ', ''];
      text = rest.length === 1 && line !== undefined && line.startsWith(prefix) && line.endsWith(suffix) ? line.slice(prefix.length, line.length - suffix.length) : null;
      printed.set(value, text);
    }
    return text;
  }
}

/** The tests as one regular expression when they can be (one call instead of one each: this runs for every name written). */
function oneOf(tests: RegExp[]): RegExp[] {
  return tests.every((test) => test.flags === '') ? [new RegExp(tests.map((test) => `(?:${test.source})`).join('|'))] : tests;
}

/**
 * The engine's values of the reviewable fields in a summary, as one short text: a hash of each,
 * in REVIEWABLE order. Kept by the writer beside what it wrote (hashes, not values: 20,000 entries).
 */
export function engineValuesKey(summary: DocumentSummary): string {
  return REVIEWABLE.map((key) => valueHash((summary as unknown as Record<string, unknown>)[key])).join('.');
}

function valueHash(value: unknown): string {
  return fnv1aString(JSON.stringify(value ?? null)).toString(36);
}

/**
 * Refreshes an entry from its document's summary, or marks it missing when there is none.
 * `engineWrote`: engineValuesKey of the summaries the entry was last written from (the last write's,
 * and the one before when it differed), when known: a field still holding such a value is the
 * engine's, to refresh, even though the text changed since.
 */
export function mergeEntry(document: Document, entry: YAMLMap, summary: DocumentSummary | undefined, engineWrote?: readonly string[]): void {
  if (!summary) {
    setField(document, entry, 'missing', true);
    return;
  }
  entry.delete('missing');
  const engineValues = recordedEngineValues(entry);
  const wrote = (engineWrote ?? []).map((key) => key.split('.'));
  for (const key of FIELD_ORDER) {
    if (!(key in summary)) continue;
    const value = (summary as unknown as Record<string, unknown>)[key];
    if (REVIEWABLE_FIELDS.has(key)) {
      const field = REVIEWABLE.indexOf(key as (typeof REVIEWABLE)[number]);
      mergeReviewable(document, entry, engineValues, key, value, wrote.map((hashes) => hashes[field] ?? ''));
    } else setField(document, entry, key, value);
  }
  if (engineValues.items.length === 0) entry.delete(ENGINE_VALUES);
  else if (!entry.has(ENGINE_VALUES)) entry.set(ENGINE_VALUES, engineValues);
  if (summary.language !== undefined) setField(document, entry, 'language', summary.language);
  if (summary.duplicateOf === undefined) entry.delete('duplicateOf');
  else setField(document, entry, 'duplicateOf', summary.duplicateOf);
  if (!entry.has('status')) setField(document, entry, 'status', 'unreviewed');
}

function recordedEngineValues(entry: YAMLMap): YAMLMap {
  const recorded: unknown = entry.get(ENGINE_VALUES, true);
  return isMap(recorded) ? recorded : new YAMLMap();
}

/**
 * A reviewable field takes the engine's value when empty, when equal to it, or when it still holds
 * the engine's value of last time (recorded under `engine:` or, from the writer, its hashes
 * `wroteHashes`); otherwise it is the reviewer's (or the pipeline's) and stays, and the engine's
 * value is recorded under `engine:`.
 */
function mergeReviewable(document: Document, entry: YAMLMap, engineValues: YAMLMap, key: string, engine: unknown, wroteHashes: readonly string[]): void {
  const current = entry.get(key, true) as Node | undefined;
  const empty = current === undefined || (isScalar(current) && (current.value === null || current.value === '')) || (isSeq(current) && current.items.length === 0);
  const lastEngine = engineValues.get(key, true) as Node | undefined;
  const engineWroteIt = (node: Node): boolean => (lastEngine !== undefined && sameData(node, lastEngine.toJSON())) || wroteHashes.includes(valueHash(node.toJSON()));
  const theirs = current !== undefined && !empty && !sameData(current, engine) && !engineWroteIt(current);
  if (theirs) {
    setField(document, engineValues, key, engine);
  } else {
    setField(document, entry, key, engine);
    engineValues.delete(key);
  }
}

/** Sets `key` only when its value changed, reusing the old node so its comments stay with it. */
function setField(document: Document, map: YAMLMap, key: string, value: unknown): void {
  const existing = map.get(key, true) as Node | undefined;
  if (existing !== undefined && sameData(existing, value)) return;
  if (isScalar(existing) && !isObject(value)) {
    existing.value = value;
    return;
  }
  const node = document.createNode(value) as Node;
  flowShortLists(node);
  if (existing) {
    node.comment = existing.comment;
    node.commentBefore = existing.commentBefore;
  }
  map.set(key, node);
}

/** Lists of names and of duplicate files read best on one line; lists of records do not. */
function flowShortLists(node: Node | null): void {
  if (!isSeq(node)) return;
  const scalarsOnly = node.items.every((item) => isScalar(item));
  if (scalarsOnly) node.flow = true;
  else for (const item of node.items) flowShortLists(item as Node);
}

function sameData(node: Node, value: unknown): boolean {
  return JSON.stringify(node.toJSON()) === JSON.stringify(value ?? null);
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
