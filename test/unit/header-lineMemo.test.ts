/** The header's kept line tests (header/lineMemo.ts): a line is kept from its second sighting, a long one never. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMemo } from '../../src/core/header/lineMemo';

function counted() {
  const calls: string[] = [];
  const memo = new LineMemo((text) => {
    calls.push(text);
    return text.length;
  });
  return { memo, calls };
}

test('a line seen twice is kept: its test runs twice, then never again', () => {
  const { memo, calls } = counted();
  for (let time = 0; time < 4; time++) assert.equal(memo.get('By Ann Lee'), 10);
  assert.deepEqual(calls, ['By Ann Lee', 'By Ann Lee']);
});

test('a long line (a paragraph) is tested every time', () => {
  const { memo, calls } = counted();
  const paragraph = 'word '.repeat(100);
  for (let time = 0; time < 3; time++) memo.get(paragraph);
  assert.equal(calls.length, 3);
});
