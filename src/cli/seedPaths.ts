/**
 * Seed file paths on disk for the command line: walking folders, and the names that are not UTF-8.
 * Apart from seedFiles.ts (reading and decoding, which needs the engine's limits) so that `index`
 * can list a folder and replay its last run without loading the engine (see indexCommand.ts); built as
 * dist/seedPaths.js, one module that dist/cli.js and dist/cliEngine.js share (its names are state).
 */
import { type Dirent, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Says why a path was skipped. */
export type Report = (message: string) => void;

/**
 * The names of files whose name is not UTF-8, as the walk shows them (each bad byte as `\xFF`), to
 * their bytes: a name decoded to a string with U+FFFD in it names no file on disk.
 */
const rawNames = new Map<string, Buffer>();

/** The path to hand to node:fs for a path the walk gave. */
export function fsPath(path: string): string | Buffer {
  return rawNames.get(path) ?? path;
}

/** True when the path can only be opened through fsPath (a worker thread, which has not got the names, cannot). */
export function hasRawName(path: string): boolean {
  return rawNames.has(path);
}

/**
 * The *.txt files under `folder` (any case of the extension), as sorted paths relative to it with
 * "/" between folders; a sub-folder that cannot be listed (permissions, a path too long) is
 * reported and skipped. Walked by hand: a recursive readdir also lists hidden folders and
 * node_modules, only to drop them, and took 0.1 s for 10,000 files. Links to folders are not
 * walked (see README, "Symbolic links"); links to files are listed like files.
 */
export function seedPathsUnder(folder: string, report: Report = () => undefined): string[] {
  const names: string[] = [];
  const unreadable = (relativePath: string, error: unknown): void =>
    report(`${relativePath === '' ? folder : join(folder, relativePath)}: folder not read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); skipped`);
  // A folder is first listed by name, as UTF-8: a warm `index` of 10,000 files spent a tenth of its
  // CPU on the listing by bytes, a buffer and two decodings per name. A name that is not UTF-8 shows
  // U+FFFD so decoded, and its folder is then listed again by bytes.
  const walk = (relativePath: string, path: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      unreadable(relativePath, error);
      return;
    }
    if (entries.some((entry) => entry.name.includes(REPLACEMENT))) {
      walkBytes(relativePath, Buffer.from(path));
      return;
    }
    for (const entry of entries) {
      const { name } = entry;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const relative = relativePath === '' ? name : `${relativePath}/${name}`;
      if (entry.isDirectory()) walk(relative, `${path}${sep}${name}`);
      else if (isSeedName(name)) names.push(relative);
    }
  };
  const walkBytes = (relativePath: string, raw: Buffer): void => {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(raw, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      unreadable(relativePath, error);
      return;
    }
    for (const entry of entries) {
      const name = nameOf(entry.name);
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = relativePath === '' ? name : `${relativePath}/${name}`;
      const rawPath = Buffer.concat([raw, Buffer.from(sep), entry.name]);
      if (entry.isDirectory()) walkBytes(path, rawPath);
      else if (isSeedName(name)) {
        names.push(path);
        if (name !== entry.name.toString()) rawNames.set(join(folder, path), rawPath);
      }
    }
  };
  walk('', folder);
  return names.sort();
}

const REPLACEMENT = '\uFFFD';

function isSeedName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The name as text; a byte that is not UTF-8 is shown as `\xFF`. */
function nameOf(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return [...bytes].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase()}`)).join('');
  }
}
