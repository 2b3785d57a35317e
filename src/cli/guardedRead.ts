/**
 * The one way the command line reads seed files and INDEX.yaml. A path named `*.txt` or
 * `INDEX.yaml` may be a FIFO (a read blocks forever), a link to /dev/zero (a read never ends) or a
 * socket, so:
 * - the file is opened with O_NONBLOCK (a FIFO without a writer opens at once instead of blocking)
 *   and checked with fstat on the opened descriptor, not the path, so nothing can be swapped in
 *   between; anything but a regular file is refused with its kind;
 * - at most `maxBytes` are read, and no more than the size fstat gave: a file growing meanwhile
 *   is read as it was when opened.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type GuardedRead =
  | { ok: true; bytes: Buffer; /** The file's whole size; more than bytes.length when it was cut. */ size: number }
  | { ok: false; reason: string; code: string | undefined };

/** O_NONBLOCK does not exist on Windows, where a FIFO cannot carry a `.txt` name anyway. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function readRegularFile(path: string | Buffer, maxBytes: number): GuardedRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: `not a regular file (${kindOf(stats)})`, code: 'ENOTREGULAR' };
    const wanted = Math.min(stats.size, maxBytes);
    const bytes = Buffer.allocUnsafe(wanted);
    let read = 0;
    while (read < wanted) {
      const got = readSync(fd, bytes, read, wanted - read, read);
      if (got === 0) break; // shrank since fstat
      read += got;
    }
    return { ok: true, bytes: read < wanted ? bytes.subarray(0, read) : bytes, size: stats.size };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'a special file';
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ELOOP: 'a symbolic link loop',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENXIO: 'not a regular file (a socket or a device without a reader)',
  ENAMETOOLONG: 'path too long',
  ENOTDIR: 'a part of the path is not a folder',
};

function failure(error: unknown): { ok: false; reason: string; code: string | undefined } {
  const code = (error as NodeJS.ErrnoException).code;
  return { ok: false, reason: (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error)), code };
}
