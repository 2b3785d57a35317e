/** The header's kept line tests (header/lineMemo.ts): a line is kept from its second sighting, a long one never. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMemo } from '../../src/core/header/lineMemo';
import { bytesFreedAfterReading } from './freedMemory';

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

test('a kept line does not keep its document alive (a slice of the text refers to the whole of it)', () => {
  const calls: string[] = [];
  const memo = new LineMemo((text) => calls.push(text));
  const freed = bytesFreedAfterReading(
    () => `${'Ann Lee and Bo Park wrote this line. '.repeat(10)}\n`.repeat(60_000),
    (document) => {
      seeTwice(memo, document);
      calls.length = 0;
    },
  );
  // The document is 22 MB of text (one byte a character): freed unless the kept line holds it.
  assert.ok(freed > 15_000_000, `freed ${freed} bytes`);
  memo.get('Ann Lee and Bo Park wrote this line. Ann Le');
  assert.deepEqual(calls, []);
});

/** A line of the document seen twice, as an edited document's line (kept), in a frame of its own: no slice stays on the test's stack. */
function seeTwice(memo: LineMemo<number>, document: string): void {
  for (let time = 0; time < 2; time++) memo.get(document.slice(37, 80));
}
