/**
 * `.sourcereview.yaml`, the reviewer's corrections as a file that can be read, diffed and kept
 * with the collection. The command line and the extension read it here, so their facts agree:
 * - found in a seed's folder and each parent up to a root (the workspace folder); nearer files win;
 * - a malformed file is a problem naming file:line:col, and its corrections are not applied;
 * - edited through yaml's Document API, so the reviewer's comments and order survive.
 * No file access here: callers read the text and hand it over.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { type Corrections, NAME_TYPES, nameKey } from '../core/corrections';
import type { NameType } from '../core/types';
import type { DocumentWorker } from './documentWork';
import { fnv1aString } from './hash';

export const CORRECTIONS_FILE = '.sourcereview.yaml';

export type CorrectionsRead = { ok: true; corrections: Corrections } | { ok: false; problem: string };

/** The file's corrections; `label` names the file in a problem ("seeds/.sourcereview.yaml"). */
export function readCorrectionsYaml(text: string, label: string): CorrectionsRead {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined): string => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${label}:${line}:${col}`;
  };
  const [error] = document.errors;
  if (error) return { ok: false, problem: `${where(error.pos[0])}: ${error.message.split('\n')[0]}` };
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { ok: true, corrections: {} };
  if (!isMap(root)) return { ok: false, problem: `${where(root.range?.[0])}: expected keys such as notNames, nameTypes, aliases, notBoilerplate` };
  const corrections: { -readonly [K in keyof Corrections]: Corrections[K] } = {};
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    const problem = (message: string, node: Node | null = value): CorrectionsRead => ({ ok: false, problem: `${where(node?.range?.[0] ?? (pair.key as Node | null)?.range?.[0])}: ${key}: ${message}` });
    if (key === 'notNames' || key === 'notBoilerplate') {
      const texts = stringList(value);
      if (texts === null) return problem('expected a list of texts');
      corrections[key] = texts;
    } else if (key === 'nameTypes') {
      if (!isMap(value)) return problem('expected "name: person|organization|place" lines');
      const types: Record<string, NameType> = {};
      for (const entry of value.items) {
        const type = isScalar(entry.value) ? String(entry.value.value) : '';
        if (!NAME_TYPES.includes(type as NameType)) return problem(`expected person, organization or place, not "${type}"`, (entry.value as Node | null) ?? (entry.key as Node));
        types[String(isScalar(entry.key) ? entry.key.value : entry.key)] = type as NameType;
      }
      corrections.nameTypes = types;
    } else if (key === 'aliases') {
      if (!isMap(value)) return problem('expected "canonical name: [other forms]" lines');
      const aliases: Record<string, string[]> = {};
      for (const entry of value.items) {
        const forms = isScalar(entry.value) ? [String(entry.value.value)] : stringList(entry.value as Node | null);
        if (forms === null) return problem('expected a list of other forms', (entry.value as Node | null) ?? (entry.key as Node));
        aliases[String(isScalar(entry.key) ? entry.key.value : entry.key)] = forms;
      }
      corrections.aliases = aliases;
    }
    // Other keys are left to future versions and to the reviewer's own notes.
  }
  return { ok: true, corrections };
}

function stringList(node: Node | null): string[] | null {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) return null;
  const texts: string[] = [];
  for (const item of node.items) {
    if (!isScalar(item) || item.value === null || typeof item.value === 'object') return null;
    texts.push(String(item.value));
  }
  return texts;
}

/** One set of corrections from several files, nearest first: lists add up, a nearer type or alias wins. */
export function mergeCorrections(nearestFirst: readonly Corrections[]): Corrections {
  if (nearestFirst.length === 1) return nearestFirst[0]!;
  const notNames = new Set<string>();
  const notBoilerplate = new Set<string>();
  const nameTypes: Record<string, NameType> = {};
  const aliases: Record<string, readonly string[]> = {};
  const typed = new Set<string>();
  const aliased = new Set<string>();
  for (const corrections of nearestFirst) {
    for (const text of corrections.notNames ?? []) notNames.add(text);
    for (const line of corrections.notBoilerplate ?? []) notBoilerplate.add(line);
    for (const [text, type] of Object.entries(corrections.nameTypes ?? {})) {
      if (typed.has(nameKey(text))) continue;
      typed.add(nameKey(text));
      nameTypes[text] = type;
    }
    for (const [canonical, forms] of Object.entries(corrections.aliases ?? {})) {
      const fresh = forms.filter((form) => !aliased.has(nameKey(form)));
      if (aliased.has(nameKey(canonical)) && fresh.length === 0) continue;
      for (const form of [canonical, ...fresh]) aliased.add(nameKey(form));
      aliases[canonical] = [...(aliases[canonical] ?? []), ...fresh];
    }
  }
  return { notNames: [...notNames], notBoilerplate: [...notBoilerplate], nameTypes, aliases };
}

/** `folder` and its parents up to `root` (both '/'-separated paths), nearest first; `folder` alone when outside `root`. */
export function foldersUpTo(folder: string, root: string): string[] {
  const trim = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') : path);
  const start = trim(folder);
  const top = trim(root);
  if (start !== top && !start.startsWith(top === '/' ? '/' : `${top}/`)) return [start];
  const folders: string[] = [];
  for (let current = start; ; current = current.slice(0, Math.max(current.lastIndexOf('/'), 1))) {
    folders.push(current);
    if (current === top || current === '/' || !current.includes('/')) break;
  }
  return folders;
}

/** '' without corrections, else a short hash of them, so caches of analyses made with other corrections are not reused. */
export function correctionsKey(corrections: Corrections | undefined): string {
  if (!corrections) return '';
  const sorted = (record: Readonly<Record<string, unknown>> | undefined) => Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const lists = [corrections.notNames ?? [], corrections.notBoilerplate ?? []].map((list) => [...list].sort());
  const key = JSON.stringify([...lists, sorted(corrections.nameTypes), sorted(corrections.aliases)]);
  if (key === '[[],[],[],[]]') return '';
  return `${fnv1aString(key).toString(16)}${fnv1aString(key, 0x9747b28c).toString(16)}-${key.length.toString(36)}`;
}

/**
 * A worker that gives each analysis the corrections for its file (`file` as the indexer names it).
 * Pair it with an engine string that includes `correctionsKey`, so cached analyses made with other
 * corrections are not reused.
 */
export function correctingWorker(worker: DocumentWorker, correctionsFor: (file: string) => Corrections | undefined): DocumentWorker {
  const analyzeFile = worker.analyzeFile?.bind(worker);
  return {
    profile: (bytes) => worker.profile(bytes),
    analyze: (job) => worker.analyze({ ...job, corrections: correctionsFor(job.file) }),
    profileFile: worker.profileFile?.bind(worker),
    analyzeFile: analyzeFile && ((job) => analyzeFile({ ...job, corrections: correctionsFor(job.file) })),
    release: worker.release?.bind(worker),
  };
}
