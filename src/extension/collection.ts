/**
 * The workspace's seed documents, read through vscode.workspace.fs (so virtual workspaces work)
 * and core's decodeSeedBytes (so binary or non-UTF-8 files get a clear reason, not garbage).
 */
import * as vscode from 'vscode';
import { decodeSeedBytes } from '../core/decode';
import { settingsFor } from './workspaceSettings';

export const SEED_GLOB = '**/seeds/**/*.txt';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

export type SeedText = { ok: true; text: string } | { ok: false; reason: string };

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
