/** MentionSpans answers what `mentions.some(overlapsSpan)` and `mentions.find(overlapsSpan)` answer, ExactSpans what `spans.some(sameSpan)` does (spanIndex.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlapsSpan, rawMention } from '../../src/core/names/mentions';
import { ExactSpans, MentionSpans } from '../../src/core/names/spanIndex';
import { tokenizeLine } from '../../src/core/names/tokenize';

test('a span overlaps the index\'s mentions exactly when it overlaps one of them, in any order, nested or touching', () => {
  // Mentions out of document order, one inside another's reach, one touching the next.
  const text = 'Ann Lee met Bo at Acme Corp and Acme Corp Holdings in Paris';
  const at = (words: string, from = 0) => rawMention(tokenizeLine(words, text.indexOf(words, from)), 'person', 'normal');
  const mentions = [at('Paris'), at('Ann Lee'), at('Acme Corp Holdings'), at('Bo'), at('Acme Corp'), at('Corp', 28)];
  const spans = new MentionSpans(mentions);
  for (let start = 0; start <= text.length; start++) {
    for (let end = start + 1; end <= text.length + 1; end++) {
      assert.equal(spans.overlaps(start, end), mentions.some((mention) => overlapsSpan(mention, start, end)), `${start}-${end}`);
    }
  }
  assert.equal(new MentionSpans([]).overlaps(0, 5), false);
});

test('the first overlapping mention is the one `mentions.find(overlapsSpan)` gives, in document order (nested too) and out of it', () => {
  const text = 'Ann Lee met Bo at Acme Corp and Acme Corp Holdings in Paris';
  const at = (words: string, from = 0) => rawMention(tokenizeLine(words, text.indexOf(words, from)), 'person', 'normal');
  // In document order, with a mention inside a longer one ("Corp" in "Acme Corp Holdings") and two starting together.
  const ordered = [at('Ann Lee'), at('Bo'), at('Acme Corp'), at('Acme Corp Holdings', 28), at('Corp', 28), at('Paris')];
  const unordered = [ordered[5]!, ordered[0]!, ordered[3]!, ordered[1]!, ordered[2]!, ordered[4]!];
  for (const mentions of [ordered, unordered]) {
    const spans = new MentionSpans(mentions);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start + 1; end <= text.length + 1; end++) {
        assert.equal(spans.firstOverlapping(start, end), mentions.find((mention) => overlapsSpan(mention, start, end)), `${start}-${end}`);
      }
    }
  }
  assert.equal(new MentionSpans([]).firstOverlapping(0, 5), undefined);
});

test('exact spans hold a mention only with its start and its end', () => {
  const text = 'Tampa, FL and Dekalb, Ill.';
  const mention = (words: string) => rawMention(tokenizeLine(words, text.indexOf(words)), 'place', 'normal');
  const spans = new ExactSpans([{ start: 0, end: 5 }, { start: 14, end: 20 }]);
  assert.equal(spans.has(mention('Tampa')), true);
  assert.equal(spans.has(mention('Dekalb')), true);
  assert.equal(spans.has(mention('Tampa, FL')), false);
  assert.equal(spans.has(mention('FL')), false);
  assert.equal(new ExactSpans([]).has(mention('Tampa')), false);
});
