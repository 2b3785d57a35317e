import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSeedBytes } from '../../src/core/decode';

test('UTF-8 with a BOM keeps the BOM so offsets match the file as Node reads it', () => {
  const result = decodeSeedBytes(Buffer.from('\uFEFFPutin said.', 'utf8'));
  assert.deepEqual(result, { ok: true, text: '\uFEFFPutin said.', encoding: 'utf-8' });
});

test('UTF-16 LE with BOM is decoded', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Xi Jinping', 'utf16le')]);
  const result = decodeSeedBytes(bytes);
  assert.ok(result.ok);
  assert.equal(result.text, '\uFEFFXi Jinping');
  assert.equal(result.encoding, 'utf-16le');
});

test('binary (a PNG header) is refused with a reason', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  const result = decodeSeedBytes(png);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : '', /binary/);
});

test('invalid UTF-8 (Latin-1 bytes) is refused with a reason', () => {
  const result = decodeSeedBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x21]));
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : '', /UTF-8/);
});

test('empty bytes are an empty document', () => {
  assert.deepEqual(decodeSeedBytes(new Uint8Array()), { ok: true, text: '', encoding: 'utf-8' });
});
