import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRegularFile } from '../../src/cli/guardedRead';
import { readIndexText } from '../../src/cli/indexText';
import { encodeIndexText } from '../../src/corpus/indexBytes';
import { decodeSeedPrefix, seedBytesFor } from '../../src/core/decode';

const folder = mkdtempSync(join(tmpdir(), 'source-review-guarded-'));

test('a FIFO is refused at once, by fstat on the descriptor opened without blocking', () => {
  execFileSync('mkfifo', [join(folder, 'fifo.txt')]);
  const started = Date.now();
  const read = readRegularFile(join(folder, 'fifo.txt'), 100);
  assert.deepEqual(read, { ok: false, reason: 'not a regular file (a FIFO)', code: 'ENOTREGULAR' });
  assert.ok(Date.now() - started < 1000);
});

test('a link to /dev/zero and a folder are refused; a missing file says so', () => {
  symlinkSync('/dev/zero', join(folder, 'zero.txt'));
  assert.equal(readRegularFile(join(folder, 'zero.txt'), 100).ok, false);
  assert.match(String((readRegularFile(folder, 100) as { reason: string }).reason), /a folder/);
  assert.deepEqual(readRegularFile(join(folder, 'nope.txt'), 100), { ok: false, reason: 'no such file', code: 'ENOENT' });
});

test('at most maxBytes are read, and the whole size is told', () => {
  writeFileSync(join(folder, 'long.txt'), 'x'.repeat(10_000));
  const read = readRegularFile(join(folder, 'long.txt'), 100);
  assert.ok(read.ok);
  assert.equal(read.bytes.length, 100);
  assert.equal(read.size, 10_000);
});

test('a prefix is decoded up to maxChars, cut at a line break, never inside a character', () => {
  const text = 'é line one\n€ line two\n👩 line three\n';
  const bytes = Buffer.from(text);
  const whole = decodeSeedPrefix(bytes, 1000);
  assert.deepEqual(whole.ok && [whole.text, whole.cut], [text, false]);
  const cut = decodeSeedPrefix(bytes.subarray(0, 30), 25, bytes.length);
  assert.deepEqual(cut.ok && [cut.text, cut.cut], ['é line one\n€ line two\n', true]);
  // 👩 is 4 bytes and 2 code units: a limit falling inside it stops before it.
  const astral = decodeSeedPrefix(Buffer.from('ab👩cd'), 3);
  assert.deepEqual(astral.ok && astral.text, 'ab');
  const utf16 = decodeSeedPrefix(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('one two three', 'utf16le')]), 8);
  assert.deepEqual(utf16.ok && [utf16.text, utf16.cut], ['\uFEFFone two ', true]);
  assert.ok(seedBytesFor(5) >= 3 * 5);
});

test('INDEX.yaml read through the guarded reader: a Latin-1 byte is kept with its place, not turned into U+FFFD', () => {
  const latin1 = Buffer.concat([Buffer.from('# header\ndocuments:\n  - file: a.txt\n    notes: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
  writeFileSync(join(folder, 'INDEX.yaml'), latin1);
  const read = readIndexText(join(folder, 'INDEX.yaml'));
  assert.deepEqual(read?.ok && read.foreign, { count: 1, byte: 0xe9, line: 4, col: 15 });
  assert.ok(read?.ok && Buffer.from(encodeIndexText(read.text)).equals(latin1));
  assert.equal(readIndexText(join(folder, 'absent.yaml')), null);
});
