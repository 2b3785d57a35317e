/**
 * V8 doubles a busy thread's young generation up to 32 MB when much of it survives, as the profiles
 * and summaries `index` keeps in its main thread do: a third of that thread's heap was that garbage
 * room (a warm run of 10,000 documents peaked 228 -> 170 MB without it, same CPU). Pinned at its
 * start size: the flag is read at each resize (`--max-semi-space-size` is not, once the heap is
 * made). It is process-wide, so worker threads keep their start size too: pinned small, the engine
 * took 15-30 % more CPU, so a worker's young generation starts at its maximum instead (the minimum
 * semi-space size is read when a thread's heap is made, and clamped to the thread's own maximum).
 *
 * Starting a worker thread sets V8's flags back to the process's own, asynchronously while the
 * thread starts (Node 20: the main thread's young generation grew to 32 MB again once the first
 * worker was up, and a cold `index` of 20,000 small files kept 34 MB of it), so the pool sets the
 * flag again once each thread is online.
 */
import { setFlagsFromString } from 'node:v8';

/** Above any worker's young generation (see threadMemory), so each starts at its own maximum. */
const WORKER_SEMI_SPACE_MB = 16;
let pinned = false;

export function keepYoungGenerationSmall(): void {
  pinned = true;
  setFlags();
}

/** Sets the flags again after a worker thread started (which reset them), when this process had set them. */
export function restoreYoungGenerationFlag(): void {
  if (pinned) setFlags();
}

function setFlags(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
}
