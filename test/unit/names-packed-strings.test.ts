import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ABSENT, PackedStrings, sharedMemory } from '../../src/core/names/packedStrings';

test('a packed list finds each of its strings at its place and nothing else', () => {
  const words = ['w=the', 'w=reuters', '', 'x3=ing', 'Zürich', '東京', 'w=th', 'w=thee'];
  const packed = new PackedStrings(words);
  assert.equal(packed.size, words.length);
  words.forEach((word, index) => {
    assert.equal(packed.indexOf(word), index, word);
    assert.equal(packed.at(index), word);
  });
  for (const missing of ['w=t', 'w=theee', 'zürich', 'w=Reuters', ' ', '東']) assert.equal(packed.indexOf(missing), ABSENT, missing);
  assert.ok(packed.has('Zürich'));
  assert.ok(!packed.has('w='));
});

test('a string listed twice answers with its last place, as a Map built from the list does', () => {
  const words = ['a', 'b', 'a'];
  assert.equal(new PackedStrings(words).indexOf('a'), new Map(words.map((word, index) => [word, index])).get('a'));
});

test('thousands of strings sharing hash slots are all told apart', () => {
  const words = Array.from({ length: 20000 }, (_value, index) => `k${index.toString(36)}`);
  const packed = new PackedStrings(words);
  words.forEach((word, index) => assert.equal(packed.indexOf(word), index));
  for (let index = 20000; index < 21000; index++) assert.equal(packed.indexOf(`k${index.toString(36)}`), ABSENT);
  assert.equal(new PackedStrings([]).indexOf('k0'), ABSENT);
});

test('a list packed in shared memory, cloned to another thread as parts, finds the same strings in the same memory', () => {
  const words = ['w=the', 'Zürich', 'w=thee', 'a', 'a'];
  const packed = new PackedStrings(words, sharedMemory);
  // structuredClone is what postMessage and workerData do: a SharedArrayBuffer's memory is shared, not copied.
  const parts = structuredClone(packed.parts);
  assert.ok(parts.slots.buffer instanceof SharedArrayBuffer);
  const received = new PackedStrings(parts);
  assert.equal(received.size, words.length);
  for (const word of [...words, 'w=t', 'zürich']) assert.equal(received.indexOf(word), packed.indexOf(word), word);
  parts.slots.fill(ABSENT);
  assert.equal(packed.indexOf('Zürich'), ABSENT);
});
