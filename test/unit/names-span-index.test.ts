/** MentionSpans answers what `mentions.some(overlapsSpan)` answers (spanIndex.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlapsSpan, rawMention } from '../../src/core/names/mentions';
import { MentionSpans } from '../../src/core/names/spanIndex';
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
