/** Words around a name that say its type for every mention of the form (contexts.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typeByContext } from '../../src/core/names/contexts';
import { rawMention } from '../../src/core/names/mentions';
import type { NameType } from '../../src/core/types';
import { tokenizeLine } from '../../src/core/names/tokenize';

/** Mentions of the given words of `text` (first occurrence from `from`), typed as given. */
function mentionsIn(text: string, ...names: [string, NameType, number?][]) {
  return names.map(([words, type, from]) => {
    const at = text.indexOf(words, from ?? 0);
    return rawMention(tokenizeLine(words, at), type, 'normal');
  });
}

test('a chief executive, founder, shares or a ticker make every mention of the form a company', () => {
  const text = 'Valmora said profits rose. Dana Pike, the CEO of Valmora, agreed. Kestrel’s shares fell. Kestrel (NYSE: KST) and Kestrel again.';
  const mentions = mentionsIn(text, ['Valmora', 'person'], ['Dana Pike', 'person'], ['Valmora', 'place', 40], ['Kestrel', 'person'], ['Kestrel', 'organization', 90], ['Kestrel', 'person', 110]);
  assert.deepEqual(typeByContext(mentions, text).map((mention) => mention.type), ['organization', 'person', 'organization', 'organization', 'organization', 'organization']);
});

test('an age makes the form a person (not an age before a noun); cues that disagree, or none, leave the tagger\'s types', () => {
  const text = 'A 17-year-old Carolina Reyes, a student. Carolina Reyes left. Moss, 44, and the CEO of Moss met. An 8-year-old Tulsa girl.';
  const mentions = mentionsIn(text, ['Carolina Reyes', 'place'], ['Carolina Reyes', 'place', 30], ['Moss', 'person'], ['Moss', 'place', 70], ['Tulsa', 'place']);
  assert.deepEqual(typeByContext(mentions, text).map((mention) => mention.type), ['person', 'person', 'person', 'place', 'place']);
});

test('a kind of company written in lower case just before the name makes the form a company; a capitalized one does not', () => {
  const text = 'Talks with energy company Varnox stalled. Varnox denied it. Her record label, Orlen Tide, sold. Orlen Tide grew. Then Label Brixby spoke.';
  const mentions = mentionsIn(text, ['Varnox', 'person'], ['Varnox', 'person', 30], ['Orlen Tide', 'place'], ['Orlen Tide', 'place', 80], ['Brixby', 'person']);
  assert.deepEqual(typeByContext(mentions, text).map((mention) => mention.type), ['organization', 'organization', 'organization', 'organization', 'person']);
});
