/**
 * The reviewer's `.sourcereview.yaml` files for the command line: for each seed, the files in its
 * folder and every parent up to the file-system root (as .editorconfig is found), nearer files
 * winning, so `facts`, `summary` and `index` give the facts the editor shows. A malformed file is
 * reported once with file:line:col and not applied; the command then exits 1.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Corrections } from '../core/corrections';
import { CORRECTIONS_FILE, correctionsKey, mergeCorrections, readCorrectionsYaml } from '../corpus/correctionsFile';

export class CorrectionsFiles {
  /** Per corrections file path: its corrections, or null when absent or malformed. */
  private readonly files = new Map<string, Corrections | null>();
  private readonly folders = new Map<string, Corrections | undefined>();
  private readonly existing = new Set<string>();
  /** True once a malformed or unreadable file was met. */
  hadProblem = false;

  constructor(private readonly warn: (message: string) => void) {}

  /** The corrections that apply to a seed file; undefined when none do. */
  forFile(file: string): Corrections | undefined {
    const folder = dirname(resolve(file));
    if (this.folders.has(folder)) return this.folders.get(folder);
    const found: Corrections[] = [];
    for (let current = folder; ; current = dirname(current)) {
      const corrections = this.read(join(current, CORRECTIONS_FILE));
      if (corrections) found.push(corrections);
      if (dirname(current) === current) break;
    }
    const merged = found.length > 0 ? mergeCorrections(found) : undefined;
    this.folders.set(folder, merged);
    return merged;
  }

  /** The corrections files met so far (malformed ones included), which a replayed run must find unchanged. */
  paths(): string[] {
    return [...this.existing];
  }

  /** '' without corrections, else a short hash that changes when any applied correction does: appended to the engine's build for caches. */
  key(): string {
    const folders = [...this.folders.entries()].sort(([a], [b]) => a.localeCompare(b));
    const keys = folders.map(([folder, corrections]) => `${folder}\t${correctionsKey(corrections)}`).filter((line) => !line.endsWith('\t'));
    return keys.length === 0 ? '' : `+corrections:${createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 16)}`;
  }

  private read(path: string): Corrections | null {
    const known = this.files.get(path);
    if (known !== undefined) return known;
    let corrections: Corrections | null = null;
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        this.hadProblem = true;
        this.warn(`${path}: cannot be read (${(error as Error).message}); its corrections are not applied`);
      }
    }
    if (text !== undefined) {
      this.existing.add(path);
      const parsed = readCorrectionsYaml(text, relative(process.cwd(), path) || path);
      if (parsed.ok) corrections = parsed.corrections;
      else {
        this.hadProblem = true;
        // One message a line: the warning callers escape control characters, a line break included.
        this.warn(parsed.problem);
        this.warn(`${CORRECTIONS_FILE} is malformed: its corrections are not applied until it is fixed`);
      }
    }
    this.files.set(path, corrections);
    return corrections;
  }
}
