/**
 * The command line's main thread holds little that lives (a cold `index` of 20,000 small files:
 * 57 MB; `facts`: 10 MB) but made V8 grow its heap to twice that and more, which was most of the
 * runs' peak memory. Two of V8's growth heuristics are pinned, by flags it reads at each resize:
 *
 * - The young generation. V8 doubles a busy thread's young generation up to 32 MB when much of it
 *   survives, as the profiles and summaries `index` keeps do: a third of that thread's heap was that
 *   garbage room (a warm run of 10,000 documents peaked 228 -> 170 MB without it, same CPU). Pinned at
 *   its start size (`--max-semi-space-size` is not read once the heap is made). The flag is
 *   process-wide, so worker threads keep their start size too: pinned small, the engine took 15-30 %
 *   more CPU, so a worker's young generation starts at its maximum instead (the minimum semi-space
 *   size is read when a thread's heap is made, and clamped to the thread's own maximum).
 * - The old generation. After each full collection V8 lets the heap grow to up to four times what
 *   survived before the next: `index` of 20,000 small files with one file changed (all in this
 *   thread) held 68 MB live in a 124 MB heap, and `facts` of 20,000 files 10 MB live in 80 MB. Capped
 *   at HEAP_GROWING_PERCENT: peaks 229 -> 165-176 MB (one changed) and 208 -> 192 MB (cold, with
 *   two threads), for 10-25 % more CPU in this thread and a few percent in the workers, whose
 *   heaps are capped anyway (see workerPool.ts).
 *
 * Starting a worker thread sets V8's flags back to the process's own, asynchronously while the
 * thread starts (Node 20: the main thread's young generation grew to 32 MB again once the first
 * worker was up, and a cold `index` of 20,000 small files kept 34 MB of it), so the pool sets the
 * flags again once each thread is online.
 */
import { setFlagsFromString } from 'node:v8';

/** Above any worker's young generation (see threadMemory), so each starts at its own maximum. */
const WORKER_SEMI_SPACE_MB = 16;
/** The old generation's room after a full collection, in percent of what survived it. */
export const HEAP_GROWING_PERCENT = 20;
/** Whether this process pinned the flags (one module for dist/cli.js and dist/cliEngine.js: see scripts/build.mjs). */
let pinned = false;

export function keepHeapSmall(): void {
  pinned = true;
  setFlags();
}

/** Sets the flags again after a worker thread started (which reset them), when this process had set them. */
export function restoreHeapFlags(): void {
  if (pinned) setFlags();
}

function setFlags(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
