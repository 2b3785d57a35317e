/** Bad and hostile input (issue 7): every fixture of test/fixtures/hostile gives a result or a clear reason. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, DEFAULT_MAX_CHARS, DEFAULT_MAX_LINES } from '../../src/core/analyze';
import { endOfLines } from '../../src/core/document';
import { decodeSeedBytes } from '../../src/core/decode';
import { formatSummary } from '../../src/core/summary';
import type { FactsRecord } from '../../src/core/types';
import { FIXTURES, SEED_000 } from './fixtures';

const HOSTILE = join(FIXTURES, 'hostile');
const UNDECODABLE = new Set(['png-renamed.txt', 'latin1.txt']);

function assertSpansHold(facts: FactsRecord, text: string, file: string): void {
  for (const mention of [...facts.names, ...facts.dates, ...facts.quotes, ...facts.amounts]) {
    assert.ok(mention.start >= 0 && mention.start < mention.end && mention.end <= text.length, `${file}: span out of range`);
    assert.equal(text.slice(mention.start, mention.end), mention.text, `${file}: text does not match its span`);
  }
  for (const region of facts.boilerplate) {
    assert.ok(region.startLine >= 1 && region.startLine <= region.endLine && region.start <= region.end && region.end <= text.length, `${file}: bad region`);
  }
}

for (const file of readdirSync(HOSTILE).sort()) {
  test(`hostile fixture ${file}`, () => {
    const decoded = decodeSeedBytes(readFileSync(join(HOSTILE, file)));
    if (UNDECODABLE.has(file)) {
      assert.equal(decoded.ok, false, `${file} must be refused`);
      return;
    }
    assert.ok(decoded.ok, `${file} must decode`);
    const facts = analyze(decoded.text, { file });
    assertSpansHold(facts, decoded.text, file);
  });
}

/** A region's non-blank lines, so that regions compare across line-end styles (a lone CR before an LF merges two breaks). */
function regionLines(text: string, region: { start: number; end: number; kind: string }): string {
  const lines = text.slice(region.start, region.end).split(/\r\n|\r|\n/).filter((line) => line.trim());
  return `${region.kind}: ${lines.join(' / ')}`;
}

test('CRLF and mixed line ends give the same facts as LF, at their own offsets', () => {
  const lf = analyze(SEED_000);
  for (const file of ['crlf.txt', 'mixed-line-ends.txt']) {
    const text = readFileSync(join(HOSTILE, file), 'utf8');
    const facts = analyze(text);
    assert.deepEqual(facts.names.map((name) => name.text), lf.names.map((name) => name.text), file);
    assert.deepEqual(facts.dates.map((date) => [date.text, date.value]), lf.dates.map((date) => [date.text, date.value]), file);
    assert.deepEqual(facts.quotes.map((quote) => [quote.text, quote.speaker]), lf.quotes.map((quote) => [quote.text, quote.speaker]), file);
    assert.deepEqual(facts.boilerplate.map((region) => regionLines(text, region)), lf.boilerplate.map((region) => regionLines(SEED_000, region)), file);
    assert.equal(facts.title, lf.title);
  }
});

test('emoji and combining characters keep UTF-16 offsets exact', () => {
  const text = readFileSync(join(HOSTILE, 'emoji-combining.txt'), 'utf8');
  const facts = analyze(text);
  assertSpansHold(facts, text, 'emoji-combining.txt');
  assert.ok(facts.dates.some((date) => date.value === '2025-05-08'), 'the date after emoji is found');
});

test('document text never becomes live Markdown or HTML in a summary', () => {
  for (const file of ['html-and-script.txt', 'markdown-command.txt']) {
    const text = readFileSync(join(HOSTILE, file), 'utf8');
    const summary = formatSummary(analyze(text), text);
    assert.doesNotMatch(summary, /(?<!\\)<(?:img|script|svg|b|a)\b/i, file);
    assert.doesNotMatch(summary, /\]\(command:/, file);
  }
});

test('a 5 MB single line is analysed up to the limit, cut between words, and says what it skipped', () => {
  const line = 'Putin said on Sunday that "relations are good" in Moscow. '.repeat(90_000);
  const facts = analyze(line, { maxChars: 1_000_000 });
  assertSpansHold(facts, line, '5 MB line');
  assert.ok(facts.quotes.length > 0 && facts.dates.length > 0);
  assert.match(facts.warnings[0] ?? '', /Only the first [\d,]+ of 5,220,000 characters were analysed/);
  assert.ok(facts.quotes.every((quote) => quote.end <= 1_000_000));
});

test('a 50 MB document is bounded by the default limits, at a line break, with a warning', () => {
  let large = '';
  while (large.length < 50_000_000) large += SEED_000 + '\n';
  const facts = analyze(large);
  assert.equal(facts.warnings.length, 1);
  assert.match(facts.warnings[0]!, /of 50,\d{3},\d{3} characters were analysed \(at most 5,000,000 characters and 15,000 lines\)/);
  // The seed's lines are short: the line bound comes first.
  const bound = Math.min(DEFAULT_MAX_CHARS, endOfLines(large, DEFAULT_MAX_LINES));
  const lastEnd = facts.names.reduce((end, name) => Math.max(end, name.end), 0);
  assert.ok(lastEnd <= bound && lastEnd > bound * 0.9, 'analysed up to the limit');
});
