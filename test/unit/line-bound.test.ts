import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, DEFAULT_MAX_LINES } from '../../src/core/analyze';
import { decodeSeedPrefix } from '../../src/core/decode';
import { endOfLines, toSeedDocument } from '../../src/core/document';

test('endOfLines ends after the same line breaks toSeedDocument splits at', () => {
  for (const text of ['a\nb\nc\n', 'a\r\nb\r\nc', 'a\rb\rc\r', 'a\n\n\nb', '']) {
    const lines = toSeedDocument(text).lines;
    for (let count = 1; count < lines.length; count++) {
      assert.equal(endOfLines(text, count), lines[count]!.start, `${JSON.stringify(text)} after ${count} lines`);
    }
    assert.equal(endOfLines(text, lines.length + 1), text.length);
  }
  assert.equal(endOfLines('a\nb', 0), 0);
});

test('analyze reads at most maxLines lines and says what it bounded', () => {
  const tail = 'Vladimir Putin met Emmanuel Macron in Paris on Monday.\n';
  const text = 'x\n'.repeat(50) + tail;
  const bounded = analyze(text, { maxLines: 50 });
  assert.equal(bounded.names.length, 0, 'the line after the bound is not read');
  assert.match(bounded.warnings[0] ?? '', /Only the first 100 of 155 characters were analysed \(at most [\d,]+ characters and [\d,]+ lines\)/);
  const whole = analyze(text, { maxLines: 51 });
  assert.ok(whole.names.some((name) => name.text === 'Vladimir Putin'));
  assert.deepEqual(whole.warnings, []);
});

test('the default line bound holds for a document of one-letter lines', () => {
  const facts = analyze('a\n'.repeat(DEFAULT_MAX_LINES + 5) + 'Vladimir Putin spoke.\n');
  assert.equal(facts.names.length, 0);
  assert.match(facts.warnings[0] ?? '', new RegExp(`Only the first ${(2 * DEFAULT_MAX_LINES).toLocaleString('en-US')} of`));
});

test('a UTF-8 prefix stops after maxLines line feeds, so the rest is never decoded', () => {
  const bytes = Buffer.from('é\nb\nc\nd\n');
  const cut = decodeSeedPrefix(bytes, 1000, bytes.length, 2);
  assert.ok(cut.ok && cut.text === 'é\nb\n' && cut.cut);
  const whole = decodeSeedPrefix(bytes, 1000, bytes.length, 4);
  assert.ok(whole.ok && whole.text === 'é\nb\nc\nd\n' && !whole.cut);
  const byChars = decodeSeedPrefix(bytes, 5, bytes.length, 4);
  assert.ok(byChars.ok && byChars.text === 'é\nb\n' && byChars.cut, 'the character bound still applies');
});
