import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { namesModelFile, readNamesModel } from '../../src/extension/webNamesModel';

const root = join(__dirname, '../..');

test('the web host reads the names model once, and its use before the read says so', async () => {
  assert.throws(() => namesModelFile(), /used before it was read/);
  let reads = 0;
  const read = async () => (reads++, new TextEncoder().encode(JSON.stringify({ model: { format: 'm' }, ordinary: { words: ['the'] } })));
  await readNamesModel(read);
  await readNamesModel(read);
  assert.equal(reads, 1);
  assert.deepEqual(namesModelFile().ordinary, { words: ['the'] });
});

test('the browser bundle takes the names model from the web host instead of inlining it (npm test builds first)', () => {
  const bundle = readFileSync(join(root, 'dist/web/extension.js'), 'utf8');
  const model = readFileSync(join(root, 'dist/names-model.json'), 'utf8');
  assert.ok(bundle.includes('names-model.json'), 'the bundle reads dist/names-model.json');
  assert.ok(bundle.length < model.length / 2, `the bundle (${bundle.length} bytes) should not hold the model (${model.length} bytes)`);
});
