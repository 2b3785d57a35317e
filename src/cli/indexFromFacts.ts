/**
 * `source-review index --from-facts <facts.jsonl…> --out <INDEX.yaml> [--plan PLAN]`: the reduce
 * step of a distributed index. Builds from record shards (`facts --jsonl --with-profile`) the
 * INDEX.yaml a local `index` writes for the same documents (named by their ids, with no INDEX.yaml
 * inputs but the records' `published`): entities, dates, numbering gaps, near-duplicate groups and
 * repeated lines, computed by the same functions from the same profiles.
 *
 * - Shards are read line by line; each record is reduced at once to its INDEX entry and profile, so
 *   the names and text of the records are never held together.
 * - A document named in several shards takes its last record (the second pass's, given last).
 * - When a source repeats lines that some records were made without knowing (see indexRecord.ts),
 *   nothing is written: with `--plan` the plan for the second pass is written there (exit 3),
 *   without it the run fails (exit 1).
 * - Error records (a bad input line, a text that is not a document) become the INDEX's errors when
 *   they name their document, stderr lines otherwise; either makes the exit status 1, as in `index`.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { findDuplicateGroups, findNumberingGaps, findRepeatedLines, type RepeatedLine } from '../corpus/collection';
import { fnv1aString } from '../corpus/hash';
import { type CollectionIndex, collectionIndexOf, duplicateClusters, type IndexedDocument, sortErrors } from '../corpus/indexer';
import { summarizeRecord } from '../corpus/summary';
import { formatIndexReport } from './indexReport';
import { groupOfSource, type ProfiledRecord, type RecordProfile, repeatedHashesIn, type RepeatedLinesPlan } from './indexRecord';
import { describeMalformed, loadIndex, writeIndex } from './indexWrite';

const USAGE = 'usage: source-review index --from-facts <facts.jsonl…> --out <INDEX.yaml> [--plan PLAN]';
/** Some records must be remade with the plan written to --plan. */
export const EXIT_SECOND_PASS = 3;

interface Arguments {
  shards: string[];
  out: string;
  plan?: string;
}

/** One document as the reduce keeps it: its INDEX entry and the part of its profile the collection needs. */
type Reduced = IndexedDocument & Pick<RecordProfile, 'source' | 'lineHashes' | 'signature' | 'repeatedHashes' | 'repeatedLines'>;

interface Shards {
  documents: Map<string, Reduced>;
  /** Documents whose last record is an error record. */
  errors: Map<string, string>;
  /** Lines that name no document (not JSON, no id): reported, not indexed. */
  unreadable: number;
}

export async function runIndexFromFacts(args: readonly string[]): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`source-review: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  let shards: Shards;
  try {
    shards = await readShards(parsed.shards);
  } catch (error) {
    process.stderr.write(`source-review: ${(error as Error).message}; ${parsed.out} left unchanged\n`);
    return 1;
  }
  const documents = [...shards.documents.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const duplicates = findDuplicateGroups(documents);
  const clusterOf = duplicateClusters(duplicates);
  const repeated = findRepeatedLines(documents.map((d, index) => ({ group: groupOfSource(d.source), cluster: clusterOf.get(d.file) ?? index, lineHashes: d.lineHashes })));
  const stale = documents.filter((d) => !sameNumbers(d.repeatedHashes, repeatedHashesIn(d.lineHashes, repeated.get(groupOfSource(d.source)))));
  if (stale.length > 0) return askForSecondPass(parsed, stale, repeated);

  const errors = sortErrors([...shards.errors].map(([file, message]) => ({ file, message })));
  const files = [...shards.documents.keys(), ...shards.errors.keys()].sort();
  const index = collectionIndexOf(documents.map(({ file, contentHash, summary }) => ({ file, contentHash, summary, fromCache: false })), errors,
    findNumberingGaps(files).map((gap) => gap.label), duplicates, repeatedLinesOf(documents, repeated));
  return writeOut(parsed.out, index, started, shards.unreadable);
}

function parseArguments(args: readonly string[]): Arguments | string {
  const shards: string[] = [];
  let out: string | undefined;
  let plan: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--from-facts') continue;
    if (arg === '--out' || arg === '--plan') {
      const value = args[++i];
      if (!value) return `${arg} needs a file`;
      if (arg === '--out') out = value;
      else plan = value;
    } else if (arg.startsWith('-')) return `unexpected argument: ${arg}`;
    else shards.push(arg);
  }
  if (shards.length === 0) return '--from-facts needs record shards';
  if (out === undefined) return '--from-facts needs --out <INDEX.yaml>';
  return { shards, out, plan };
}

async function readShards(paths: readonly string[]): Promise<Shards> {
  const shards: Shards = { documents: new Map(), errors: new Map(), unreadable: 0 };
  for (const path of paths) {
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
      number++;
      if (line.trim() === '') continue;
      const problem = addRecord(shards, line);
      if (problem === undefined) continue;
      shards.unreadable++;
      process.stderr.write(`source-review: ${path}:${number}: ${problem}\n`);
    }
  }
  return shards;
}

/** Adds one shard line; the problem, in words, when it names no document it could be added for. */
function addRecord(shards: Shards, line: string): string | undefined {
  let value: Partial<ProfiledRecord> & { id?: unknown; error?: unknown };
  try {
    value = JSON.parse(line) as typeof value;
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof value.error === 'string') {
    if (typeof value.id !== 'string') return value.error;
    shards.documents.delete(value.id);
    shards.errors.set(value.id, value.error);
    return undefined;
  }
  const { profile, file } = value;
  if (typeof file !== 'string') return 'a record without a file name';
  if (!profile || !Array.isArray(profile.lineHashes)) return `${file}: no profile; make the records with facts --jsonl --with-profile`;
  shards.errors.delete(file);
  shards.documents.set(file, {
    file,
    contentHash: profile.contentHash,
    summary: summarizeRecord(value as ProfiledRecord, profile.boilerplate, file, profile.characters),
    fromCache: false,
    source: profile.source,
    lineHashes: profile.lineHashes,
    signature: profile.signature,
    repeatedHashes: profile.repeatedHashes,
    repeatedLines: profile.repeatedLines,
  });
  return undefined;
}

/** The collection's repeated lines, as the indexer lists them: each text once per source, with its count. */
function repeatedLinesOf(documents: readonly Reduced[], repeated: Map<string, Map<number, number>>): RepeatedLine[] {
  const texts = new Map<string, Map<string, RepeatedLine>>();
  for (const d of documents) {
    const group = groupOfSource(d.source);
    let inGroup = texts.get(group);
    if (!inGroup) texts.set(group, (inGroup = new Map()));
    for (const line of d.repeatedLines) {
      if (!inGroup.has(line)) inGroup.set(line, { line, source: group, documents: repeated.get(group)?.get(fnv1aString(line)) ?? 0 });
    }
  }
  return [...texts.values()].flatMap((inGroup) => [...inGroup.values()]);
}

async function askForSecondPass(parsed: Arguments, stale: readonly Reduced[], repeated: Map<string, Map<number, number>>): Promise<number> {
  const what = `${stale.length} records were made without the lines their source repeats (e.g. ${stale[0]!.file})`;
  if (parsed.plan === undefined) {
    process.stderr.write(`source-review: ${what}; run again with --plan PLAN to get the plan for a second pass; ${parsed.out} left unchanged\n`);
    return 1;
  }
  const plan: RepeatedLinesPlan = {
    repeated: Object.fromEntries([...repeated].map(([group, hashes]) => [group, [...hashes.keys()].sort((a, b) => a - b)])),
    documents: stale.map((d) => d.file),
  };
  await writeFile(parsed.plan, `${JSON.stringify(plan)}\n`);
  process.stderr.write(`source-review: ${what}; remake them with facts --jsonl --with-profile --repeated-lines ${parsed.plan} (their ids are in its "documents"), then reduce again with the new shards last; ${parsed.out} left unchanged\n`);
  return EXIT_SECOND_PASS;
}

async function writeOut(out: string, index: CollectionIndex, started: number, unreadable: number): Promise<number> {
  const loaded = await loadIndex(out, undefined);
  if (!('inputs' in loaded)) {
    process.stderr.write(describeMalformed(out, loaded));
    return 1;
  }
  const written = await writeIndex(out, index, loaded, undefined);
  if (!written.ok) {
    process.stderr.write(written.message);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${formatIndexReport(index, { folder: dirname(out), seconds, threads: 1, written: written.message })}\n`);
  return index.errors.length === 0 && unreadable === 0 ? 0 : 1;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
