import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readIndexYaml } from '../../src/corpus/indexFile';
import { SEED_000, SEED_002 } from './fixtures';

// Tested as built (npm test builds first).
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

test('index: a wire copy with two sentences changed is grouped under the earlier original, an unrelated story is left alone', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'source-review-wire-')), 'seeds');
  mkdirSync(folder);
  writeFileSync(join(folder, '000_93e29ae284e8c2f5.txt'), SEED_000);
  // Named to sort first, so neither name order nor the group's first member makes the original: the date does.
  const copy = SEED_000.replace('date 2025-08-29', 'date 2025-08-30')
    .replace('Putin, who will also attend festivities to mark the 80th anniversary of World War II in China, will embark on his visit on Sunday.', 'Putin is expected to travel to China on Sunday for the summit and for a military parade.')
    .replace('The potential of Russian-Chinese relations remains largely untapped', 'Much of what the two countries could do together has not been done yet');
  assert.notEqual(copy, SEED_000);
  writeFileSync(join(folder, '000_a_copy.txt'), copy);
  writeFileSync(join(folder, '002_c5cc658af23e45c8.txt'), SEED_002);
  const result = spawnSync(process.execPath, [CLI, 'index', folder, '--cache', join(folder, '..', 'cache')], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const text = readFileSync(join(folder, 'INDEX.yaml'), 'utf8');
  const written = readIndexYaml(text);
  assert.equal(written.entries.get('000_a_copy.txt')!.fields['duplicateOf'], '000_93e29ae284e8c2f5.txt');
  assert.equal(written.entries.get('000_93e29ae284e8c2f5.txt')!.fields['duplicateOf'], undefined);
  assert.equal(written.entries.get('002_c5cc658af23e45c8.txt')!.fields['duplicateOf'], undefined);
  assert.match(text, /duplicates:\n {4}- \[ 000_93e29ae284e8c2f5.txt, 000_a_copy.txt \]\n/, 'one group, its original first');
});
