// Cached analyses are keyed by the engine build (src/core/build.ts): the bundles must carry the
// hash scripts/build.mjs computes, or every build would share (or never reuse) the cache.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ENGINE_BUILD as fromSources } from '../../src/core/build';

test('the built engine carries a hash of its sources, running from sources does not', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const built = require(join(__dirname, '../../dist/core.js')) as { ENGINE_BUILD: string };
  assert.match(built.ENGINE_BUILD, /^[0-9a-f]{16}$/);
  assert.equal(fromSources, 'unbundled');
});
