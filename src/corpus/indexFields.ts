/**
 * Who owns which INDEX.yaml field, and edits that respect it (through the yaml Document API, so
 * comments and key order stay):
 * - engine fields (title, authors, people, organizations, places, quotes, boilerplate) are
 *   refreshed on every run;
 * - pipeline inputs (published, source, url) are filled in only when the entry has none, and
 *   never overwritten: the pipeline saw the page, the engine only sees the scraped text;
 * - review fields (status, notes) belong to the reviewer: status is set to `unreviewed` for new
 *   entries and otherwise left alone;
 * - an entry whose file is gone is kept and marked `missing: true` (its review notes are the
 *   reviewer's work and the file may come back); the mark is removed when the file reappears.
 */
import { type Document, isMap, isScalar, isSeq, type Node, YAMLMap } from 'yaml';
import type { CollectionSummary } from './collection';
import type { DocumentSummary } from './summary';

const ENGINE_FIELDS = ['title', 'authors', 'people', 'organizations', 'places', 'quotes', 'boilerplate'] as const;
const INPUT_FIELDS = ['published', 'source'] as const;

/** Writes the `collection` section into the root map, adding it first when absent. */
export function writeCollection(document: Document, root: YAMLMap, collection: CollectionSummary): void {
  // A new `collection` section goes first: with 10,000 documents nobody scrolls to the end for it.
  if (!root.has('collection')) root.items.unshift(document.createPair('collection', new YAMLMap()));
  if (!isMap(root.get('collection', true))) root.set('collection', new YAMLMap());
  const map = root.get('collection', true) as unknown as YAMLMap;
  setField(document, map, 'documents', collection.documents);
  setField(document, map, 'dateRange', collection.dateRange);
  setField(document, map, 'gaps', collection.gaps);
  setField(document, map, 'duplicates', collection.duplicates);
  setField(document, map, 'repeatedLines', collection.repeatedLines);
  setField(document, map, 'errors', collection.errors);
}

export function newEntry(document: Document, summary: DocumentSummary): YAMLMap {
  const { file, title, published, source, authors, people, organizations, places, quotes, boilerplate } = summary;
  const entry = document.createNode({ file, title, published, source, authors, people, organizations, places, quotes, boilerplate, status: 'unreviewed', notes: '' }) as YAMLMap;
  for (const pair of entry.items) flowShortLists(pair.value as Node);
  return entry;
}

/** Refreshes an entry from its document's summary, or marks it missing when there is none. */
export function mergeEntry(document: Document, entry: YAMLMap, summary: DocumentSummary | undefined): void {
  if (!summary) {
    setField(document, entry, 'missing', true);
    return;
  }
  entry.delete('missing');
  for (const key of ENGINE_FIELDS) setField(document, entry, key, summary[key]);
  for (const key of INPUT_FIELDS) {
    const current = entry.get(key);
    if (current === undefined || current === null || current === '') setField(document, entry, key, summary[key]);
  }
  if (!entry.has('status')) setField(document, entry, 'status', 'unreviewed');
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
