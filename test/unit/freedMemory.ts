import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Bytes of heap freed when a text, once read, is let go: a reader that keeps a slice of the text
 * (a name, a line) keeps the whole text alive, and then little is freed.
 */
export function bytesFreedAfterReading(makeText: () => string, read: (text: string) => void): number {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  let text: string | null = makeText();
  read(text);
  // The last pattern run keeps its subject (RegExp.lastMatch): one run on a text of its own lets the page go.
  /x/.exec('x');
  collect();
  const before = process.memoryUsage().heapUsed;
  text = null;
  collect();
  return before - process.memoryUsage().heapUsed;
}
