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

test('a company\'s or a paper\'s kind before the name makes the form an organization: "giant" (not before a person\'s full name), "weekly", "daily", "newspaper"', () => {
  const text = 'Tyre giant Varnox grew. Varnox hired. The news weekly Der Kessel said so, and Der Kessel denied it. Retail giant Dana Pike ranks second.';
  const mentions = mentionsIn(text, ['Varnox', 'person'], ['Varnox', 'person', 20], ['Der Kessel', 'person'], ['Der Kessel', 'person', 70], ['Dana Pike', 'person']);
  assert.deepEqual(typeByContext(mentions, text).map((mention) => mention.type), ['organization', 'organization', 'organization', 'organization', 'person']);
});

test('every cue word is found by the whole-text search that comes before the patterns around each mention', () => {
  const before = ['the CEO of', 'the CEO at', 'THE CEO AT', 'the chief executive officer of', 'a founder of', 'a co-founder of', 'the cofounder of', 'shares in', 'shareholders of',
    'a stake in', 'a subsidiary of', 'the company', 'the firm', 'the carmaker', 'the automaker', 'the retailer', 'the startup', 'the start-up',
    'the conglomerate', 'the airline', 'the insurer', 'the lender', 'the label,', 'the publisher', 'the broadcaster', 'the chipmaker', 'the brand',
    'the manufacturer', 'tyre giant', 'the newspaper', 'the daily', 'news weekly'];
  const after = ['’s CEO', "'s chief executive", '’s shares', '’s stock', '’s shareholders', '’s board of directors', '’s headquarters',
    '’s subsidiary', '’s founder', '’s co-founder', ' (NYSE:', ' (NASDAQ:', ' (Nasdaq:', ' (LSE:', ' (TSX:', ' (ASX:'];
  for (const [text, at] of [...before.map((cue) => [`Then ${cue} Zorvex spoke.`, 6 + cue.length] as const), ...after.map((cue) => [`Then Zorvex${cue} spoke.`, 5] as const)]) {
    const mention = rawMention(tokenizeLine('Zorvex', text.indexOf('Zorvex', at - 1)), 'person', 'normal');
    assert.equal(typeByContext([mention], text)[0]!.type, 'organization', text);
  }
  const aged = 'A 17-year-old Zorvex Dane, a student.';
  assert.equal(typeByContext([rawMention(tokenizeLine('Zorvex Dane', 14), 'place', 'normal')], aged)[0]!.type, 'person');
});

test('employees, customers, products or "reported" after a name make the form a company; a country, a state or a large city stays a place', () => {
  const text = 'Varnox engineers hid the frame. Varnox called it a concept. Kelbrin reported the fire. Texas customers and Ohio investors waited. Tokyo shoppers queued.';
  const mentions = mentionsIn(text, ['Varnox', 'person'], ['Varnox', 'place', 20], ['Kelbrin', 'person'], ['Texas', 'place'], ['Ohio', 'place'], ['Tokyo', 'place']);
  assert.deepEqual(typeByContext(mentions, text).map((mention) => mention.type), ['organization', 'organization', 'organization', 'place', 'place', 'place']);
});

test('", who" after a two-word place, or a role and a comma before a name, make the form a person; a club with "who" stays', () => {
  const text = 'Said Kesh Ostrow, who left. Her attorney, Varna Quill, said. A media mogul, Dena Lark. Ostrow Rovers, who lost. The Varna Harbour, who knows.';
  const mentions = mentionsIn(text, ['Kesh Ostrow', 'place'], ['Varna Quill', 'place'], ['Dena Lark', 'organization'], ['Ostrow Rovers', 'organization'], ['Varna Harbour', 'place']);
  assert.deepEqual(typeByContext(mentions, text).map((mention) => mention.type), ['person', 'person', 'person', 'organization', 'place']);
});

test('a speaker after "said" with "who" after the name is a person, though the tagger read an organization; "who" alone leaves the organization', () => {
  const text = '"We won," said Varlow, who is 40. Varlow left. Steaua Kesh, who finished second, met Varlow.';
  const mentions = mentionsIn(text, ['Varlow', 'organization'], ['Varlow', 'organization', 35], ['Steaua Kesh', 'organization'], ['Varlow', 'organization', 80]);
  assert.deepEqual(typeByContext(mentions, text).map((mention) => mention.type), ['person', 'person', 'organization', 'person']);
});
