import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeIndexBytes, describeForeignBytes, encodeIndexText, holdsForeignBytes } from '../../src/corpus/indexBytes';

test('UTF-8 INDEX.yaml bytes decode as they are, BOM included, and encode back the same', () => {
  const bytes = Buffer.from('\uFEFF# Café 👩\ndocuments: []\n');
  const decoded = decodeIndexBytes(bytes);
  assert.deepEqual(decoded, { text: '\uFEFF# Café 👩\ndocuments: []\n', foreign: null });
  assert.ok(Buffer.from(encodeIndexText(decoded.text)).equals(bytes));
});

test('bytes that are not UTF-8 stand for themselves and are written back unchanged, wherever they are', () => {
  const cases = [
    Buffer.from([0x43, 0x61, 0x66, 0xe9]), // Latin-1 é at the end
    Buffer.from([0xff, 0xfe, 0x41]), // UTF-16 byte-order mark
    Buffer.from([0xe2, 0x82, 0x41]), // a cut three-byte sequence
    Buffer.from([0xed, 0xa0, 0x80]), // an encoded surrogate
    Buffer.from([0xc0, 0xaf, 0x0a, 0xe9, 0xe9]), // an overlong slash, then two Latin-1 bytes on line 2
  ];
  for (const bytes of cases) {
    const decoded = decodeIndexBytes(bytes);
    assert.ok(decoded.foreign, bytes.toString('hex'));
    assert.ok(holdsForeignBytes(decoded.text));
    assert.ok(!decoded.text.includes('\uFFFD'));
    assert.ok(Buffer.from(encodeIndexText(decoded.text)).equals(bytes), bytes.toString('hex'));
  }
  const last = decodeIndexBytes(cases[4]!).foreign!;
  assert.deepEqual(last, { count: 4, byte: 0xc0, line: 1, col: 1 });
  assert.match(describeForeignBytes(last), /^line 1, column 1: byte 0xC0 is not UTF-8 \(4 such bytes\); kept as it is/);
});

test('a stand-in survives YAML edits of its entry: a note re-serialized by the yaml library keeps its byte', async () => {
  const { parseDocument } = await import('yaml');
  const bytes = Buffer.concat([Buffer.from('documents:\n  - file: a.txt\n    notes: na'), Buffer.from([0xef]), Buffer.from('ve\n')]);
  const document = parseDocument(decodeIndexBytes(bytes).text);
  document.setIn(['documents', 0, 'title'], 'A title');
  const written = Buffer.from(encodeIndexText(String(document)));
  assert.ok(written.includes(Buffer.concat([Buffer.from('notes: na'), Buffer.from([0xef]), Buffer.from('ve\n')])), written.toString('latin1'));
});
