/** Output to stdout that respects a slow reader: records are written as made, never piled up in memory. */

/** Writes `line` to stdout, waiting for it to drain when the reader is behind (or to close, when it went away). */
export async function writeToStdout(line: Uint8Array): Promise<void> {
  if (process.stdout.write(line)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      for (const event of ['drain', 'close', 'error']) process.stdout.removeListener(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) process.stdout.once(event, done);
  });
}
