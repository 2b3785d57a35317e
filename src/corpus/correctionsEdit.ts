/**
 * One correction added to or taken from `.sourcereview.yaml`'s text, through yaml's Document API
 * so the reviewer's comments, order and layout elsewhere in the file survive. The editor applies
 * the new text as one edit of that file, which Ctrl+Z there undoes.
 */
import { type Document, isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { nameKey } from '../core/corrections';
import type { NameType } from '../core/types';

export type CorrectionChange =
  | { kind: 'notName'; text: string; add: boolean }
  /** `type` null takes the text's type correction away. */
  | { kind: 'nameType'; text: string; type: NameType | null }
  | { kind: 'alias'; canonical: string; form: string; add: boolean }
  | { kind: 'notBoilerplate'; lines: readonly string[]; add: boolean };

export type EditedCorrections = { ok: true; text: string } | { ok: false; problem: string };

const HEADER = ' Source Review corrections: notNames, nameTypes (person, organization, place), aliases (canonical name: [other forms]), notBoilerplate (normalized lines).';

/** The text with the change made; `text` null for a file not yet written. A malformed file is not touched. */
export function editCorrectionsText(text: string | null, change: CorrectionChange): EditedCorrections {
  const document: Document = parseDocument(text ?? '');
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    return { ok: false, problem: `${position ? `line ${position.line}, column ${position.col}: ` : ''}${error.message.split('\n')[0]}` };
  }
  if (text === null || text.trim() === '') document.commentBefore = HEADER;
  if (!isMap(document.contents)) document.contents = new YAMLMap();
  switch (change.kind) {
    case 'notName':
      editList(document, 'notNames', [change.text], change.add, nameKey);
      break;
    case 'notBoilerplate':
      editList(document, 'notBoilerplate', change.lines, change.add, (line) => line);
      break;
    case 'nameType':
      editNameType(document, change.text, change.type);
      break;
    case 'alias':
      editAlias(document, change.canonical, change.form, change.add);
      break;
  }
  return { ok: true, text: document.toString() };
}

function editList(document: Document, key: string, values: readonly string[], add: boolean, keyOf: (value: string) => string): void {
  const seq = childCollection(document.contents as YAMLMap, key, () => new YAMLSeq(), isSeq);
  const removed = new Set(values.map(keyOf));
  if (!add) {
    seq.items = seq.items.filter((item) => !(isScalar(item) && removed.has(keyOf(String(item.value)))));
    return;
  }
  const known = new Set(seq.items.map((item) => (isScalar(item) ? keyOf(String(item.value)) : '')));
  for (const value of values) {
    if (known.has(keyOf(value))) continue;
    known.add(keyOf(value));
    seq.add(document.createNode(value));
  }
}

function editNameType(document: Document, text: string, type: NameType | null): void {
  const map = childCollection(document.contents as YAMLMap, 'nameTypes', () => new YAMLMap(), isMap);
  const existing = map.items.find((pair) => isScalar(pair.key) && nameKey(String(pair.key.value)) === nameKey(text));
  if (type === null) {
    map.items = map.items.filter((pair) => pair !== existing);
  } else if (existing) {
    existing.value = document.createNode(type);
  } else {
    map.add(document.createPair(text, type));
  }
}

function editAlias(document: Document, canonical: string, form: string, add: boolean): void {
  const map = childCollection(document.contents as YAMLMap, 'aliases', () => new YAMLMap(), isMap);
  const existing = map.items.find((pair) => isScalar(pair.key) && nameKey(String(pair.key.value)) === nameKey(canonical));
  if (!existing) {
    if (add) map.add(document.createPair(canonical, [form]));
    return;
  }
  let forms = existing.value;
  if (isScalar(forms)) forms = existing.value = document.createNode([String(forms.value)]);
  if (!isSeq(forms)) forms = existing.value = new YAMLSeq();
  const seq = forms as YAMLSeq;
  const present = seq.items.some((item) => isScalar(item) && nameKey(String(item.value)) === nameKey(form));
  if (add && !present) seq.add(document.createNode(form));
  if (!add) seq.items = seq.items.filter((item) => !(isScalar(item) && nameKey(String(item.value)) === nameKey(form)));
  if (seq.items.length === 0) map.items = map.items.filter((pair) => pair !== existing);
}

/** The map's collection under `key`, created when missing (or not of the expected kind). */
function childCollection<T>(map: YAMLMap, key: string, create: () => T, is: (node: unknown) => node is T): T {
  const child = map.get(key, true);
  if (is(child)) return child;
  const created = create();
  map.set(key, created);
  return created;
}
