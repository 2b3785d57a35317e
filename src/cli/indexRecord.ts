/**
 * What a facts record carries for `index --from-facts` (`facts --jsonl --with-profile`), and the
 * repeated-lines plan that joins the two passes of a distributed index.
 *
 * A document's analysis depends on the rest of the collection: the lines its source repeats in other
 * documents are furniture (see indexer.ts). A distributed run therefore does what the local indexer
 * does, as map and reduce steps:
 * 1. map: `facts --jsonl --with-profile`, every record with its profile (line hashes, MinHash);
 * 2. reduce: `index --from-facts … --plan PLAN`; when no source repeats a line (or every record was
 *    made knowing them) it writes INDEX.yaml, else it writes PLAN: the repeated line hashes per
 *    source and the documents whose records must be remade;
 * 3. map again, over those documents only: `facts --jsonl --with-profile --repeated-lines PLAN`;
 * 4. reduce again with every shard, the new ones last (a later record of a document replaces an earlier one).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import type { FactsRecord } from '../core/types';
import { contentHash } from '../corpus/hash';
import { normalizedLinesWithHashes, profileText } from '../corpus/profile';
import { articleCharacters, roundedBoilerplateShare } from '../corpus/summary';

/** The `profile` field a record gets with `--with-profile`. */
export interface RecordProfile {
  /** Of the document's UTF-8 bytes, as `index` hashes a file's bytes. */
  contentHash: string;
  /** The source the text names (groups documents for repeated lines). */
  source: string | null;
  lineHashes: number[];
  signature: number[];
  /** The INDEX entry's boilerplate figure (it needs the text, which the reduce does not have). */
  boilerplate: number;
  /** Characters outside boilerplate: the longer of two equally early wire copies is the original. */
  characters: number;
  /** The hashes of the document's lines the record was made knowing are repeated: [] in a first pass. */
  repeatedHashes: number[];
  /** Their normalized text, for the INDEX's list of repeated lines. */
  repeatedLines: string[];
}

export type ProfiledRecord = FactsRecord & { profile: RecordProfile };

/** Lines repeated across documents of a source, per source (lower case, as the indexer groups them). */
export interface RepeatedLinesPlan {
  repeated: Record<string, number[]>;
  /** The documents whose records were made without knowing their repeated lines. */
  documents: string[];
}

/** The group a document's lines are counted in: the source its text names, in lower case (no INDEX.yaml inputs here). */
export function groupOfSource(source: string | null): string {
  return (source ?? '').toLowerCase();
}

/** The document's line hashes among its group's repeated ones, in its own (sorted) order. */
export function repeatedHashesIn(lineHashes: readonly number[], repeated: ReadonlySet<number> | ReadonlyMap<number, number> | undefined): number[] {
  return repeated ? lineHashes.filter((hash) => repeated.has(hash)) : [];
}

/**
 * A facts record with its profile, made as the indexer makes a document's analysis (same engine
 * call, same repeated lines), so the reduce writes the entry a local `index` writes.
 */
export function profiledRecord(text: string, bytes: Uint8Array, file: string, published: string | null, plan: PlanLookup | undefined): ProfiledRecord {
  const profile = profileText(text);
  const repeatedHashes = repeatedHashesIn(profile.lineHashes, plan?.get(groupOfSource(profile.source)));
  const repeatedLines = repeatedHashes.length > 0 ? normalizedLinesWithHashes(text, new Set(repeatedHashes)) : [];
  const record = analyze(text, { file, published, repeatedLines: repeatedLines.length > 0 ? new Set(repeatedLines) : undefined });
  return {
    ...record,
    profile: {
      contentHash: contentHash(bytes),
      source: profile.source,
      lineHashes: profile.lineHashes,
      signature: profile.signature,
      boilerplate: roundedBoilerplateShare(record, text),
      characters: articleCharacters(record, text),
      repeatedHashes,
      repeatedLines,
    },
  };
}

export type PlanLookup = ReadonlyMap<string, ReadonlySet<number>>;

/** A plan file as written by `index --from-facts --plan`; throws with a readable message when it is not one. */
export function readPlan(path: string): PlanLookup {
  const plan = JSON.parse(readFileSync(path, 'utf8')) as Partial<RepeatedLinesPlan>;
  if (typeof plan.repeated !== 'object' || plan.repeated === null) throw new Error(`${path}: not a repeated-lines plan (no "repeated" object)`);
  const lookup = new Map<string, Set<number>>();
  for (const [group, hashes] of Object.entries(plan.repeated)) {
    if (!Array.isArray(hashes) || !hashes.every((hash) => Number.isInteger(hash))) throw new Error(`${path}: the hashes of "${group}" are not a list of integers`);
    lookup.set(group, new Set(hashes));
  }
  return lookup;
}
