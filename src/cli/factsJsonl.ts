/**
 * `source-review facts --jsonl [--with-profile] [--repeated-lines PLAN]`: a map step for a
 * distributed engine (Spark's `RDD.pipe`, Hadoop Streaming, Dask). Reads JSON Lines
 * `{"id", "text", "published"?}` on stdin and writes one facts record per input line on stdout, in
 * order: the record `facts <file>` prints for a file named `id` holding `text` (as UTF-8). A file
 * that is not UTF-8 comes as `"base64"` (its bytes) instead of `"text"`, and is decoded as `facts` decodes it.
 *
 * - One document at a time in this thread: a distributed engine runs one such process per core, and
 *   the records stay in input order without a reorder buffer.
 * - Bounded memory: stdin is read only while the previous record is written (stdout full -> reading
 *   waits), so at most one input chunk, one line and one record are held, whatever the input's size.
 *   A line longer than MAX_LINE_BYTES is skipped without being held.
 * - A bad line (not JSON, no string id or text, a text that is not a document) does not stop the
 *   run: its output line is an error record `{"id": <id or null>, "line": N, "error": "…"}`, keeping
 *   one output line per input line, and stderr says `stdin:N: …`. Blank lines are skipped. Exit 1
 *   when some line was bad, 0 otherwise.
 * - `--with-profile` adds what `index --from-facts` needs (see indexRecord.ts).
 */
import { decodeSeedBytes } from '../core/decode';
import { factsBytes } from '../corpus/documentWork';
import { type PlanLookup, profiledRecord, readPlan } from './indexRecord';
import { writeToStdout } from './stdout';

export const JSONL_USAGE = 'usage: source-review facts --jsonl [--with-profile [--repeated-lines PLAN]] < documents.jsonl > facts.jsonl';

/** A document's line beyond this is refused (and never held whole): 64 MB, sixty times the bench's 1 MB document. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

interface JsonlOptions {
  withProfile: boolean;
  plan?: PlanLookup;
}

interface InputDocument {
  id: string;
  /** The text as UTF-8, or the bytes a "base64" field gives. */
  bytes: Uint8Array;
  published: string | null;
}

const utf8 = new TextEncoder();

/** `args` are those after `facts --jsonl`. Exit 0 when every line gave a record, 1 when some were bad, 2 on bad usage. */
export async function runFactsJsonl(args: readonly string[], input: AsyncIterable<Uint8Array> = process.stdin): Promise<number> {
  const options = parseArguments(args);
  if (typeof options === 'string') {
    process.stderr.write(`source-review: ${options}\n${JSONL_USAGE}\n`);
    return 2;
  }
  let bad = 0;
  let good = 0;
  for await (const { number, line } of linesOf(input)) {
    const output = outputLine(number, line, options);
    if (output.error) {
      bad++;
      process.stderr.write(`source-review: stdin:${number}: ${output.error}\n`);
    } else good++;
    await writeToStdout(output.line);
  }
  process.stderr.write(`source-review: ${good} of ${good + bad} documents analysed\n`);
  return bad > 0 ? 1 : 0;
}

function parseArguments(args: readonly string[]): JsonlOptions | string {
  let withProfile = false;
  let planPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--with-profile') withProfile = true;
    else if (arg === '--repeated-lines') {
      planPath = args[++i];
      if (!planPath) return '--repeated-lines needs a plan file';
    } else return `unexpected argument with --jsonl: ${arg}`;
  }
  if (planPath !== undefined && !withProfile) return '--repeated-lines goes with --with-profile';
  if (planPath === undefined) return { withProfile };
  try {
    return { withProfile, plan: readPlan(planPath) };
  } catch (error) {
    return error instanceof SyntaxError ? `${planPath}: not JSON (${error.message})` : (error as Error).message;
  }
}

/** The output line for input line `number`: a facts record, or an error record with the reason. */
function outputLine(number: number, line: Uint8Array | undefined, options: JsonlOptions): { line: Uint8Array; error?: string } {
  const errorLine = (id: string | null, error: string): { line: Uint8Array; error: string } => ({ line: utf8.encode(`${JSON.stringify({ id, line: number, error })}\n`), error: id === null ? error : `${id}: ${error}` });
  if (line === undefined) return errorLine(null, `line longer than ${MAX_LINE_BYTES} bytes; skipped`);
  const parsed = inputDocument(line);
  if (typeof parsed === 'string') return errorLine(null, parsed);
  const { bytes } = parsed;
  try {
    if (!options.withProfile) return { line: factsBytes({ file: parsed.id, bytes, published: parsed.published }).line };
    // Decoded as `index` decodes a file's bytes (BOM, line ends), so the record is the one it would make.
    const decoded = decodeSeedBytes(bytes);
    if (!decoded.ok) return errorLine(parsed.id, decoded.reason);
    return { line: utf8.encode(`${JSON.stringify(profiledRecord(decoded.text, bytes, parsed.id, parsed.published, options.plan))}\n`) };
  } catch (error) {
    return errorLine(parsed.id, error instanceof Error ? error.message : String(error));
  }
}

function inputDocument(line: Uint8Array): InputDocument | string {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8'));
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { id, text, base64, published } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return 'no "id" string';
  if (typeof text !== 'string' && typeof base64 !== 'string') return `${id}: no "text" (or "base64") string`;
  if (published !== undefined && published !== null && typeof published !== 'string') return `${id}: "published" is neither a date string nor null`;
  return { id, bytes: typeof text === 'string' ? utf8.encode(text) : Buffer.from(base64 as string, 'base64'), published: published ?? null };
}

/**
 * The non-blank lines of `input` with their 1-based numbers, split at "\n" ("\r\n" too: JSON ignores
 * the "\r"). Pulled one chunk at a time, so a reader that waits holds the input back. A line past
 * `maxLineBytes` comes back as undefined once its end is reached, its bytes dropped as they came.
 */
export async function* linesOf(input: AsyncIterable<Uint8Array>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<{ number: number; line: Uint8Array | undefined }> {
  let parts: Uint8Array[] = [];
  let held = 0;
  let tooLong = false;
  let number = 0;
  const finish = (last: Uint8Array): { number: number; line: Uint8Array | undefined } | undefined => {
    number++;
    const line = tooLong ? undefined : parts.length === 0 ? last : Buffer.concat([...parts, last]);
    const blank = line !== undefined && isBlank(line);
    parts = [];
    held = 0;
    tooLong = false;
    return blank ? undefined : { number, line };
  };
  for await (const chunk of input) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end >= 0; start = end + 1, end = chunk.indexOf(0x0a, start)) {
      const line = finish(chunk.subarray(start, end));
      if (line) yield line;
    }
    const rest = chunk.subarray(start);
    if (rest.length === 0 || tooLong) continue;
    held += rest.length;
    // Copied: the chunk's buffer may be reused by the stream once it is consumed.
    if (held <= maxLineBytes) parts.push(Uint8Array.from(rest));
    else {
      tooLong = true;
      parts = [];
    }
  }
  if (held > 0 || tooLong) {
    const line = finish(new Uint8Array(0));
    if (line) yield line;
  }
}

function isBlank(line: Uint8Array): boolean {
  for (const byte of line) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}
