/**
 * Writing INDEX.yaml: the new text is the old one edited in place through the yaml Document API,
 * so comments, key order and every field the user or the pipeline wrote survive (field ownership
 * is in indexFields.ts). Large files are edited entry by entry (indexChunks.ts), and entries whose
 * text and facts are as the last write left them are copied without parsing.
 * A malformed INDEX.yaml is never regenerated: the error comes back instead.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLMap, YAMLSeq } from 'yaml';
import type { CollectionSummary } from './collection';
import { fnv1aString } from './hash';
import { frameText, type IndexChunks, joinIndexText, parseEntryChunk, printEntry, splitIndexText } from './indexChunks';
import { mergeEntry, newEntry, writeCollection } from './indexFields';
import { type IndexFileError, type IndexInputs, parseIndexYaml } from './indexFile';
import type { DocumentSummary } from './summary';

/** Entries as last written, by hash of their text: which file, and a hash of the facts written. */
export type WrittenEntries = ReadonlyMap<string, { file: string; facts: string }>;

export type IndexUpdate = { ok: true; text: string; written: WrittenEntries } | { ok: false; error: IndexFileError };

const NEW_INDEX = [
  '# Seed files of this folder, indexed by Source Review.',
  '# Regenerating keeps your comments and fields: status (unreviewed, reviewed, flagged), notes and any other.',
  '',
  'documents:',
  '',
].join('\n');

export function updateIndexYaml(oldText: string | null, documents: readonly DocumentSummary[], collection: CollectionSummary, written: WrittenEntries = new Map()): IndexUpdate {
  const text = oldText === null || oldText.trim() === '' ? NEW_INDEX : oldText;
  const chunks = splitIndexText(text);
  return (chunks && updateByEntry(chunks, documents, collection, written)) ?? updateWhole(text, documents, collection);
}

/** Null when some part does not parse on its own: the whole-document path then places the error. */
function updateByEntry(chunks: IndexChunks, documents: readonly DocumentSummary[], collection: CollectionSummary, written: WrittenEntries): IndexUpdate | null {
  const frame = parseDocument(frameText(chunks), { uniqueKeys: true });
  if (frame.errors.length > 0 || !isMap(frame.contents)) return null;
  writeCollection(frame, frame.contents, collection);
  const summaries = new Map(documents.map((summary) => [summary.file, summary]));
  const texts: string[] = [];
  const nowWritten = new Map<string, { file: string; facts: string }>();
  const seen = new Set<string>();
  for (const chunk of chunks.entries) {
    const known = written.get(fnv1aString(chunk.text).toString(36));
    const parsed = known ? null : parseEntryChunk(chunk);
    const file = known?.file ?? parsed?.entry.get('file');
    if (typeof file !== 'string') return null;
    const summary = seen.has(file) ? null : summaries.get(file);
    seen.add(file);
    if (summary === null) {
      texts.push(chunk.text); // a second entry for the same file is the user's; the first one is kept up to date
      continue;
    }
    const facts = factsKey(summary);
    let entryText = chunk.text;
    if (known?.facts !== facts) {
      const entry = parsed ?? parseEntryChunk(chunk);
      if (!entry) return null;
      mergeEntry(entry.document, entry.entry, summary);
      entryText = printEntry(entry.document, chunks.indent);
    }
    texts.push(entryText);
    nowWritten.set(fnv1aString(entryText).toString(36), { file, facts });
  }
  for (const summary of [...documents].sort((a, b) => a.file.localeCompare(b.file))) {
    if (seen.has(summary.file)) continue;
    const document = new Document(new YAMLSeq());
    (document.contents as YAMLSeq).items.push(newEntry(document, summary));
    const entryText = printEntry(document, chunks.indent);
    texts.push(entryText);
    nowWritten.set(fnv1aString(entryText).toString(36), { file: summary.file, facts: factsKey(summary) });
  }
  return { ok: true, text: joinIndexText(frame.toString({ lineWidth: 0 }), chunks, texts), written: nowWritten };
}

function updateWhole(text: string, documents: readonly DocumentSummary[], collection: CollectionSummary): IndexUpdate {
  const parsed = parseIndexYaml(text);
  if (parsed.contents.error) return { ok: false, error: parsed.contents.error };
  const document = parsed.document;
  if (!isMap(document.contents)) document.contents = document.createNode({}) as YAMLMap;
  const root = document.contents as YAMLMap;
  writeCollection(document, root, collection);
  if (!isSeq(root.get('documents', true))) root.set('documents', new YAMLSeq());
  const list = root.get('documents', true) as unknown as YAMLSeq;
  const summaries = new Map(documents.map((summary) => [summary.file, summary]));
  for (const [file, item] of parsed.items) if (isMap(item)) mergeEntry(document, item, summaries.get(file));
  for (const summary of [...documents].sort((a, b) => a.file.localeCompare(b.file))) {
    if (!parsed.items.has(summary.file)) list.items.push(newEntry(document, summary));
  }
  return { ok: true, text: document.toString({ lineWidth: 0 }), written: new Map() };
}

function factsKey(summary: DocumentSummary | undefined): string {
  return summary ? fnv1aString(JSON.stringify(summary)).toString(36) : 'missing';
}

/**
 * The inputs INDEX.yaml gives once `updateIndexYaml` has written these summaries, without parsing
 * it again: pipeline values stay, and the engine's fill the fields the pipeline left empty.
 */
export function inputsAfterUpdate(previous: IndexInputs, documents: readonly DocumentSummary[]): IndexInputs {
  const next = new Map(previous);
  for (const { file, published, source } of documents) {
    const before = previous.get(file);
    next.set(file, { published: before?.published ?? published, source: before?.source ?? source });
  }
  return next;
}
