/** Files replaced in one step: readers see the old file or the new one, never a half-written one. */
import { type FileHandle, open, rename, unlink } from 'node:fs/promises';

/** Writes `path` through a temporary file of this process, renamed over it; the temporary goes on failure. */
export async function writeFileAtomic(path: string, contents: string | ((file: FileHandle) => Promise<void>)): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const file = await open(temporary, 'w');
    try {
      if (typeof contents === 'string') await file.writeFile(contents);
      else await contents(file);
    } finally {
      await file.close();
    }
    await renameRetrying(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Windows refuses a rename over a file another program has open (a virus scanner, an indexer) for a moment. */
export async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
