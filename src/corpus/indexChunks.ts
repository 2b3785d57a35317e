/**
 * A large INDEX.yaml edited entry by entry. Parsing and printing a 10,000-entry file as one yaml
 * Document takes seconds and hundreds of megabytes; its `documents` list, though, is a run of
 * independent entries. When the text has the usual block shape (a `documents:` key at column 0
 * followed by `- ` items at one indentation), it is cut into a frame (everything else) and one
 * chunk per entry, each parsed, edited and printed through the Document API on its own; entries
 * that did not change are kept as text. Anything else (flow style, several YAML documents,
 * anchors shared across entries, CRLF) gives null, and callers use the whole-document path.
 */
import { type Document, isMap, isSeq, parseDocument, visit, type YAMLMap } from 'yaml';

export interface EntryChunk {
  /** The entry's lines, comments before it included, as in the file. */
  text: string;
  /** 1-based line of the chunk's first line in the file. */
  line: number;
}

export interface IndexChunks {
  /** Lines before `documents:`, the `documents:` line itself, and lines after the list. */
  head: string;
  documentsLine: string;
  tail: string;
  /** Indentation of the list's `- `. */
  indent: string;
  entries: EntryChunk[];
}

const DOCUMENTS_KEY = /^documents:[ \t]*(?:#.*)?$/;
/** At the start of any line (`^` with the m flag would also match after U+2028, which does not end a line here). */
const DOCUMENT_MARKER = /(?:^|\n)(?:---|\.\.\.)(?:\s|$)/;
const COMMENT_OR_BLANK = /^\s*(?:#.*)?$/;
/** Printed for the list while the frame is edited, then replaced by the entries. */
const LIST_PLACEHOLDER = 'documents: []';

export function splitIndexText(text: string): IndexChunks | null {
  if (text.includes('\r') || DOCUMENT_MARKER.test(text)) return null;
  const lines = text.split('\n');
  const key = lines.findIndex((line) => DOCUMENTS_KEY.test(line));
  if (key < 0) return null;
  const first = lines.findIndex((line, i) => i > key && !COMMENT_OR_BLANK.test(line));
  const firstLine = first < 0 ? '' : lines[first]!;
  const itemIndent = /^(\s*)-(?:\s|$)/.exec(firstLine)?.[1];
  // An empty list: the next line is already another key at column 0.
  const indent = itemIndent ?? (first < 0 || /^[^\s-]/.test(firstLine) ? null : undefined);
  if (indent === undefined) return null;
  const isItem = (line: string): boolean => indent !== null && line.startsWith(`${indent}-`) && /^(?:\s|$)/.test(line.slice(indent.length + 1));
  const isInside = (line: string): boolean => indent !== null && line.startsWith(`${indent} `);
  const entries: EntryChunk[] = [];
  // Comments and blank lines go with what follows them: the next entry, or the frame after the list.
  let pending: number | null = null;
  let end = key + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (COMMENT_OR_BLANK.test(line)) {
      pending ??= end;
    } else if (isItem(line)) {
      entries.push({ text: '', line: (pending ?? end) + 1 });
      pending = null;
    } else if (isInside(line) && entries.length > 0) {
      pending = null;
    } else if (/^\S/.test(line)) {
      break;
    } else {
      return null;
    }
  }
  const listEnd = pending ?? end;
  // Lines first to last as one slice of the text (copying 10,000 entries line by line is most of the cut's time).
  const starts = [0];
  for (const line of lines) starts.push(starts[starts.length - 1]! + line.length + 1);
  const span = (first: number, last: number): string => (first < last ? text.slice(starts[first], starts[last]! - 1) : '');
  entries.forEach((entry, i) => {
    entry.text = span(entry.line - 1, i + 1 < entries.length ? entries[i + 1]!.line - 1 : listEnd);
  });
  return { head: span(0, key), documentsLine: lines[key]!, tail: span(listEnd, lines.length), indent: indent ?? '  ', entries };
}

/** The frame as YAML, with an empty list where the entries go. */
export function frameText(chunks: IndexChunks): string {
  return [chunks.head, LIST_PLACEHOLDER, chunks.tail].filter((part) => part !== '').join('\n');
}

/**
 * The full file from the printed frame and the entries' texts, in parts whose concatenation is the
 * file: a large INDEX.yaml is written part by part, never held as one string beside its entries.
 */
export function joinIndexText(printedFrame: string, chunks: Pick<IndexChunks, 'documentsLine'>, entryTexts: readonly string[]): string[] {
  const at = printedFrame.search(/^documents: \[\]$/m);
  const parts = [printedFrame.slice(0, at), chunks.documentsLine];
  for (const entry of entryTexts) parts.push('\n', entry);
  const after = printedFrame.slice(at + LIST_PLACEHOLDER.length);
  parts.push(after);
  let last = parts.length - 1;
  while (last > 0 && parts[last] === '') last--;
  if (!parts[last]!.endsWith('\n')) parts.push('\n');
  return parts;
}

/**
 * An entry chunk as a one-item sequence document; null when it is not one mapping on its own,
 * or uses an alias (its anchor may be in another entry).
 */
export function parseEntryChunk(chunk: EntryChunk): { document: Document; entry: YAMLMap } | null {
  const document = parseDocument(chunk.text, { uniqueKeys: true });
  if (document.errors.length > 0 || !isSeq(document.contents) || document.contents.items.length !== 1) return null;
  let aliased = false;
  visit(document, {
    Alias: () => {
      aliased = true;
      return visit.BREAK;
    },
  });
  if (aliased) return null;
  const [entry] = document.contents.items;
  return isMap(entry) ? { document, entry } : null;
}

/** A printed one-entry document, indented back to the list's indentation. */
export function printEntry(document: Document, indent: string): string {
  return indentEntry(document.toString({ lineWidth: 0 }), indent);
}

/** A one-entry document's text indented back to the list's indentation. */
function indentEntry(text: string, indent: string): string {
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => (line === '' ? line : `${indent}${line}`))
    .join('\n');
}
