/**
 * Temporary files (`<name>.<pid>.tmp`) that a process killed with kill -9 left in a folder of ours:
 * removed when their process is gone, so they do not pile up run after run. A live process's
 * temporaries (another `index` sharing the cache) are left alone.
 */
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const TEMPORARY = /\.(\d+)\.tmp$/;
/** What follows the file's name in its temporary's: `.<pid>.tmp`. */
const PID_TEMPORARY = /^\.\d+\.tmp$/;

export async function removeStaleTemporaries(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.map(async (name) => {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) return;
    await unlink(join(folder, name)).catch(() => undefined);
  }));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** `name`'s temporaries in `folder` (`name.<pid>.tmp`) other than `keep`; only the lock holder may call this. */
export async function removeTemporariesOf(folder: string, name: string, keep: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.map(async (other) => {
    if (other === keep || !other.startsWith(name) || !PID_TEMPORARY.test(other.slice(name.length))) return;
    await unlink(join(folder, other)).catch(() => undefined);
  }));
}
