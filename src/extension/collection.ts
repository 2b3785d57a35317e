/**
 * The workspace's seed documents, read through vscode.workspace.fs (so virtual workspaces work)
 * and core's decodeSeedBytes (so binary or non-UTF-8 files get a clear reason, not garbage).
 */
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Corrections } from '../core/corrections';
import { decodeSeedBytes } from '../core/decode';
import { boilerplateShare } from '../core/summary';
import type { FactsRecord } from '../core/types';
import { readIndexEntries, type IndexEntry } from './indexFile';
import { settingsFor } from './workspaceSettings';

export const SEED_GLOB = '**/seeds/**/*.txt';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

export type SeedText = { ok: true; text: string } | { ok: false; reason: string };

export interface AnalysedSeed {
  uri: vscode.Uri;
  facts: FactsRecord | null;
  /** Share of non-blank lines in boilerplate, 0..1; null without facts. */
  boilerplateShare: number | null;
  /** Why facts is null. */
  problem: string | null;
}

export async function findSeedFiles(): Promise<vscode.Uri[]> {
  const globs = [SEED_GLOB, ...settingsFor().files];
  const found = await Promise.all(globs.map((glob) => vscode.workspace.findFiles(glob, EXCLUDE_GLOB)));
  const unique = new Map(found.flat().map((uri) => [uri.toString(), uri]));
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** The open editor's text when the file is open (unsaved edits count), else the bytes on disk. */
export async function readSeedText(uri: vscode.Uri): Promise<SeedText> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return { ok: true, text: open.getText() };
  try {
    const decoded = decodeSeedBytes(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, reason: decoded.reason };
  } catch (error) {
    return { ok: false, reason: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Whether findSeedFiles leaves the file out (EXCLUDE_GLOB), for file events that match a seed glob. */
export function isExcluded(uri: vscode.Uri): boolean {
  return /\/(node_modules|\.git)\//.test(uri.path);
}

export function parentFolder(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Seed files grouped by the folder holding them (where an INDEX.yaml belongs). */
export function groupByFolder(uris: readonly vscode.Uri[]): Map<string, { folder: vscode.Uri; files: vscode.Uri[] }> {
  const groups = new Map<string, { folder: vscode.Uri; files: vscode.Uri[] }>();
  for (const uri of uris) {
    const folder = parentFolder(uri);
    const group = groups.get(folder.toString()) ?? { folder, files: [] };
    group.files.push(uri);
    groups.set(folder.toString(), group);
  }
  return groups;
}

/** Analyses every seed file, passing each folder's INDEX.yaml publication dates to the engine. */
export async function analyseCollection(token?: vscode.CancellationToken, progress?: (done: number, total: number) => void, correctionsFor?: (seed: vscode.Uri) => Corrections | undefined): Promise<AnalysedSeed[]> {
  const files = await findSeedFiles();
  const results: AnalysedSeed[] = [];
  for (const { folder, files: folderFiles } of groupByFolder(files).values()) {
    const entries = await readIndexEntries(folder);
    for (const uri of folderFiles) {
      if (token?.isCancellationRequested) return results;
      results.push(await analyseSeed(uri, entries.ok ? entries.entries.get(baseName(uri)) : undefined, correctionsFor?.(uri)));
      progress?.(results.length, files.length);
      // Yield between files so a large collection never blocks the extension host.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return results;
}

export async function analyseSeed(uri: vscode.Uri, entry: IndexEntry | undefined, corrections?: Corrections): Promise<AnalysedSeed> {
  const text = await readSeedText(uri);
  if (!text.ok) return { uri, facts: null, boilerplateShare: null, problem: text.reason };
  const limit = settingsFor(uri).analysis.maxFileSize;
  if (text.text.length > limit) return { uri, facts: null, boilerplateShare: null, problem: `over the size limit of ${limit} characters` };
  const facts = analyze(text.text, { file: vscode.workspace.asRelativePath(uri), published: entry?.published ?? null, corrections });
  return { uri, facts, boilerplateShare: boilerplateShare(facts, text.text), problem: null };
}
