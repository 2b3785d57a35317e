/**
 * The reviewer's own fields of an INDEX.yaml entry, set one at a time: `status` and `tags` (any
 * number of short labels, `tags: [story-a, check]`). Edits go through the yaml Document API, so
 * comments, key order and every other field stay; Write INDEX and `index` never touch them.
 */
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap, YAMLSeq } from 'yaml';
import type { IndexEntry } from './indexFile';

export type FieldEdit = { ok: true; text: string } | { ok: false; problem: string };

/** The entry's tags: trimmed, without empty ones or repeats; a single value written by hand counts as one tag. */
export function entryTags(entry: Pick<IndexEntry, 'fields'>): string[] {
  const value = entry.fields['tags'];
  const list: unknown[] = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return normalizeTags(list.filter((item) => typeof item === 'string' || typeof item === 'number').map(String));
}

export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/**
 * Sets `key` of the entry for `file` in the INDEX.yaml `text` (which must already list it). A
 * scalar is edited in place, which keeps a comment written after the old value; a list of tags is
 * written on one line.
 */
export function setEntryField(text: string, file: string, key: 'status' | 'tags', value: string | readonly string[]): FieldEdit {
  const document = parseDocument(text);
  if (document.errors.length > 0) return { ok: false, problem: document.errors[0]!.message };
  const list = isMap(document.contents) ? document.contents.get('documents', true) : undefined;
  const entry = isSeq(list) ? list.items.find((item): item is YAMLMap => isMap(item) && item.get('file') === file) : undefined;
  if (!entry) return { ok: false, problem: `no entry for ${file}` };
  const current = entry.get(key, true);
  if (typeof value === 'string') {
    if (isScalar(current)) current.value = value;
    else entry.set(key, value);
  } else {
    const node = document.createNode([...value]) as YAMLSeq;
    node.flow = true;
    if (isSeq(current) || isScalar(current)) node.comment = current.comment;
    entry.set(key, node);
  }
  return { ok: true, text: document.toString({ lineWidth: 0 }) };
}
