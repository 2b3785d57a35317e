import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { entityCounts, formatSummary } from '../../src/core/summary';
import type { FactsRecord, NameMention } from '../../src/core/types';
import { newEntryData } from '../../src/corpus/indexFields';
import { summarizeDocument } from '../../src/corpus/summary';
import { resolutionNote } from '../../src/extension/describeDate';

test('a speaker named before a long description that runs past the text at hand', () => {
  const text = '"Numerical experiments of this kind are hard to set up and take a long time to run," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Garching, Germany, who was not involved in the study, said in a statement.';
  assert.deepEqual(analyze(text).quotes.map((quote) => quote.speaker), ['Dylan Nelson']);
});

const name = (canonical: string, boilerplate?: true): NameMention => ({ start: 0, end: 1, text: canonical, type: 'person', canonical, ...(boilerplate ? { boilerplate } : {}) });

test('entity counts are the article\'s: names in boilerplate regions are left out', () => {
  const counts = entityCounts([name('Ann Lee'), name('Ann Lee'), name('John Doe', true)], 'person');
  assert.deepEqual(counts, [{ canonical: 'Ann Lee', count: 2 }]);
});

test('summary: outlet shown, dates without "now", inferred years said, boilerplate dates and quotes left out', () => {
  const facts: FactsRecord = {
    schema: 'facts/1', file: 'a.txt', title: 'T', published: null, publishedFrom: null, source: 'PTI', outlet: 'Harbour Gazette', authors: [],
    dates: [
      { start: 0, end: 3, text: 'now', value: null, precision: null, relative: true },
      { start: 4, end: 9, text: 'May 8', value: '2025-05-08', precision: 'day', relative: true, inferred: true },
      { start: 10, end: 14, text: '2019', value: '2019', precision: 'year', relative: false, boilerplate: true },
    ],
    names: [], quotes: [{ start: 20, end: 30, text: '"Menu quote"', speaker: null, marked: true, group: 1, boilerplate: true }],
    boilerplate: [], amounts: [], warnings: [],
  };
  const summary = formatSummary(facts, 'text', 'plain');
  assert.match(summary, /\*\*Outlet:\*\* Harbour Gazette/);
  assert.match(summary, /## Dates \(1\)\n\n- May 8 → 2025-05-08 \(year inferred from the text\)/);
  assert.match(summary, /## Quotations \(0\)/);
  assert.equal(newEntryData(summarizeDocument(facts, 'text')).outlet, 'Harbour Gazette');
  assert.equal('outlet' in newEntryData(summarizeDocument({ ...facts, outlet: null }, 'text')), false, 'no outlet key until one is known');
});

test('hover: an inferred year is said so, not "relative to the publication date"', () => {
  assert.equal(resolutionNote({ relative: true, inferred: true }), 'year inferred from the text (the page gives no publication date)');
  assert.equal(resolutionNote({ relative: true }), 'relative to the publication date');
  assert.equal(resolutionNote({ relative: false }), null);
});
