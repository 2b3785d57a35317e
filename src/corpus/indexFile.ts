/**
 * Reading a collection's INDEX.yaml: `documents: [{file, published, url, source, status, notes, …}]`
 * as a scraping pipeline or Source Review wrote it. Never throws: a malformed file comes back as an
 * error with its line and column, and callers must then leave the file alone.
 */
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { validIsoDate } from '../core/calendar';
import { frameText, parseEntryChunk, splitIndexText } from './indexChunks';

export type ReviewStatus = 'unreviewed' | 'reviewed' | 'flagged';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'reviewed', 'flagged'];

export interface IndexEntry {
  file: string;
  /** Inputs a pipeline may give; the engine uses them when the text says nothing. */
  published: string | null;
  url: string | null;
  source: string | null;
  status: ReviewStatus;
  notes: string | null;
  /** True when the file was gone at the last indexing (the entry is kept for its review fields). */
  missing: boolean;
  /** Every field of the entry as plain data, the ones above and any others. */
  fields: Record<string, unknown>;
}

/** What INDEX.yaml gives the engine per file: the pipeline's publication date and source. */
export type IndexInputs = ReadonlyMap<string, { published: string | null; source: string | null }>;

export interface IndexFileError {
  message: string;
  /** 1-based. */
  line: number;
  col: number;
}

export interface IndexFileContents {
  entries: Map<string, IndexEntry>;
  /** Problems that do not stop a merge: an unknown status, a file listed twice (the first wins). */
  warnings: string[];
  error?: IndexFileError;
}

export interface ParsedIndexFile {
  document: Document;
  /** The `documents` items by file name, for merging. */
  items: Map<string, Node>;
  contents: IndexFileContents;
}

/** Reads entry by entry when the file has the usual shape (see indexChunks.ts), else as one document. */
export function readIndexYaml(text: string): IndexFileContents {
  const tooDeep = nestingError(text);
  if (tooDeep) return { entries: new Map(), warnings: [], error: tooDeep };
  return readChunked(text) ?? parseIndexYaml(text).contents;
}

/**
 * Flow collections (`[`, `{`) nested deeper than this are refused before parsing: the yaml
 * parser recurses per level, and a few thousand levels overflow V8's stack inside native code,
 * which aborts the process (no exception to catch) and loses the whole run.
 */
export const MAX_FLOW_DEPTH = 256;

/**
 * The place where flow nesting passes MAX_FLOW_DEPTH, or null. A bracket counts where a flow
 * collection can start (after `:`, `-`, `?`, `,`, at the start of a line, or inside another one),
 * outside quotes and comments, so `notes: a [draft` in plain text does not.
 */
export function nestingError(text: string): IndexFileError | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let previous = '\n';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '#' && (previous === '\n' || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
      continue;
    } else if ((c === '"' || c === "'") && (depth > 0 || '\n:-?,'.includes(previous))) {
      i = closingQuote(text, i);
      previous = c;
      continue;
    } else if (c === '[' || c === '{') {
      if (depth > 0 || '\n:-?,'.includes(previous)) depth++;
      if (depth > MAX_FLOW_DEPTH) return { message: `flow lists or maps nested more than ${MAX_FLOW_DEPTH} deep`, line, col: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
    if (c !== ' ' && c !== '\t') previous = c;
  }
  return null;
}

/** Index of the quote closing the one at `start` (YAML doubles a single quote inside '…' and escapes with \ inside "…"). */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}

/** Null whenever anything is off: the whole-document parse then finds and places the error. */
function readChunked(text: string): IndexFileContents | null {
  const chunks = splitIndexText(text);
  if (!chunks) return null;
  const frame = parseDocument(frameText(chunks), { uniqueKeys: true });
  if (frame.errors.length > 0 || !isMap(frame.contents)) return null;
  const contents: IndexFileContents = { entries: new Map(), warnings: [] };
  for (const chunk of chunks.entries) {
    const parsed = parseEntryChunk(chunk);
    if (!parsed) return null;
    const fields = parsed.entry.toJSON() as Record<string, unknown>;
    const file = fields['file'];
    if (typeof file !== 'string' || file.trim() === '') return null;
    if (contents.entries.has(file)) {
      contents.warnings.push(`${file} is listed twice in INDEX.yaml (line ${chunk.line}); the first entry is used`);
      continue;
    }
    contents.entries.set(file, toEntry(file, fields, contents.warnings));
  }
  return contents;
}

/** Parse once for both reading and merging; `document` is only safe to edit when there is no error. */
export function parseIndexYaml(text: string): ParsedIndexFile {
  const tooDeep = nestingError(text);
  if (tooDeep) return { document: new Document(), items: new Map(), contents: { entries: new Map(), warnings: [], error: tooDeep } };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const contents: IndexFileContents = { entries: new Map(), warnings: [] };
  const items = new Map<string, Node>();
  const fail = (message: string, offset: number): ParsedIndexFile => {
    const { line, col } = lineCounter.linePos(offset);
    return { document, items, contents: { ...contents, error: { message, line, col } } };
  };
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const [position] = syntaxError.linePos ?? [];
    const message = (syntaxError.message.split('\n')[0] ?? syntaxError.code).replace(/:\s*$/, '');
    return { document, items, contents: { ...contents, error: { message, line: position?.line ?? 1, col: position?.col ?? 1 } } };
  }
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { document, items, contents };
  if (!isMap(root)) return fail('INDEX.yaml must be a mapping with a `documents` list', root.range?.[0] ?? 0);
  const list = root.get('documents', true);
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return { document, items, contents };
  if (!isSeq(list)) return fail('`documents` must be a list of entries', (list as Node).range?.[0] ?? 0);
  // Plain data from the whole document, so aliases resolve to their anchors' values.
  let plain: unknown[];
  try {
    plain = (document.toJS() as { documents: unknown[] }).documents;
  } catch (error) {
    // yaml refuses alias bombs ("Excessive alias count") here.
    return fail(error instanceof Error ? error.message : String(error), list.range?.[0] ?? 0);
  }
  for (const [index, item] of list.items.entries()) {
    const offset = (item as Node | null)?.range?.[0] ?? list.range?.[0] ?? 0;
    if (!isMap(item)) return fail('each entry of `documents` must be a mapping with a `file`', offset);
    const fields = plain[index] as Record<string, unknown>;
    const file = fields['file'];
    if (typeof file !== 'string' || file.trim() === '') return fail('entry without a `file` name', offset);
    if (contents.entries.has(file)) {
      contents.warnings.push(`${file} is listed twice in INDEX.yaml (line ${lineCounter.linePos(offset).line}); the first entry is used`);
      continue;
    }
    contents.entries.set(file, toEntry(file, fields, contents.warnings));
    items.set(file, item);
  }
  return { document, items, contents };
}

function toEntry(file: string, fields: Record<string, unknown>, warnings: string[]): IndexEntry {
  const status = fields['status'];
  const known = REVIEW_STATUSES.find((candidate) => candidate === status);
  if (status !== undefined && status !== null && !known) {
    warnings.push(`${file}: unknown status ${JSON.stringify(status)} (expected ${REVIEW_STATUSES.join(', ')})`);
  }
  const given = text(fields['published']);
  const published = given === null ? null : validIsoDate(given);
  if (given !== null && published === null) warnings.push(`${file}: published ${JSON.stringify(given)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD of a real day); not used`);
  return {
    file,
    published,
    url: text(fields['url']),
    source: text(fields['source']),
    status: known ?? 'unreviewed',
    notes: text(fields['notes']),
    missing: fields['missing'] === true,
    fields,
  };
}

/** YAML gives numbers for `published: 2025` and strings for dates; either is a date as text. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}
