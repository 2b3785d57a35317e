/**
 * dist/cli.js and dist/cliEngine.js each bundle their own copy of youngGeneration.ts: `index` pins
 * the flags through one copy and the worker pool restores them through the other. A copy of the
 * source file, imported beside the original, stands for the second bundle.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as commandCopy from '../../src/cli/youngGeneration';

test('flags pinned through one copy of the module are restored through another', async () => {
  const second = join(mkdtempSync(join(tmpdir(), 'source-review-heap-flags-')), 'youngGeneration.ts');
  copyFileSync(join(__dirname, '../../src/cli/youngGeneration.ts'), second);
  const engineCopy = (await import(second)) as typeof commandCopy;
  assert.notEqual(engineCopy.keepHeapSmall, commandCopy.keepHeapSmall, 'two instances of the module');
  assert.equal(engineCopy.heapFlagsPinned(), false);
  commandCopy.keepHeapSmall();
  assert.equal(engineCopy.heapFlagsPinned(), true, "the worker pool's copy sees the flags pinned and sets them again");
});
