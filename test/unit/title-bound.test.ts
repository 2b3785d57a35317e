import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, shownTitle, TITLE_MAX_CHARS } from '../../src/core/analyze';

test('a paragraph taken for the title is shown as its first sentence', () => {
  const paragraph = 'The minister said the talks went well and that more talks would follow. '.repeat(10).trim();
  assert.equal(analyze(`${paragraph}\n`).title, 'The minister said the talks went well and that more talks would follow.');
});

test('a one-line file without a sentence end gives a title cut at a word, marked with an ellipsis', () => {
  const text = 'May May 2025 '.repeat(20_000);
  const title = analyze(text).title!;
  assert.ok(title.length <= TITLE_MAX_CHARS, `${title.length} characters`);
  assert.ok(title.endsWith('…'), title);
  const kept = title.slice(0, -1);
  assert.ok(text.startsWith(kept), 'the title is the start of the line');
  assert.equal(text[kept.length], ' ', 'cut between two words');
});

test('a headline-length title is given as it is', () => {
  assert.equal(shownTitle(null), null);
  const headline = `${'Harbour bridge plan unveiled by the council '.repeat(4)}today`;
  assert.ok(headline.length > 150 && headline.length <= TITLE_MAX_CHARS);
  assert.equal(shownTitle(headline), headline);
});
