// Mentions the engine marks `boilerplate: true` (a related headline's names, a menu's date) are the
// page's, not the article's: no count, list or cross-reference of the document includes them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BoilerplateRegion, DateMention, FactsRecord, NameMention, Quote } from '../../src/core/types';
import { articleFacts, pageFacts } from '../../src/corpus/article';
import { EntityIndex } from '../../src/corpus/entities';
import { QuoteIndex } from '../../src/corpus/quotations';
import { summarizeDocument } from '../../src/corpus/summary';
import { timelineEvents } from '../../src/corpus/timeline';

const TEXT = 'Minister Ana Lopez said "we will build the bridge" on May 8, 2025.\nRelated: Tom Ray wins race "a fine day" June 1, 2025\n';
const RELATED_START = TEXT.indexOf('Related');
const REGION: BoilerplateRegion = { start: RELATED_START, end: TEXT.length, startLine: 1, endLine: 1, kind: 'related-links' };

function span(text: string): { start: number; end: number } {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length };
}

function person(text: string, onPage = false): NameMention {
  return { ...span(text), text, type: 'person', canonical: text, ...(onPage ? { boilerplate: true as const } : {}) };
}

function quote(text: string, speaker: string | null, onPage = false): Quote {
  return { ...span(text), text, speaker, marked: true, group: 0, ...(onPage ? { boilerplate: true as const } : {}) };
}

function date(text: string, value: string, onPage = false): DateMention {
  return { ...span(text), text, value, precision: 'day', relative: false, ...(onPage ? { boilerplate: true as const } : {}) };
}

function page(file = 'a.txt'): FactsRecord {
  return {
    schema: 'facts/1', file, title: null, published: null, publishedFrom: null, source: null, outlet: null, authors: [],
    names: [person('Ana Lopez'), person('Tom Ray', true)],
    quotes: [quote('"we will build the bridge"', 'Ana Lopez'), quote('"a fine day"', null, true)],
    dates: [date('May 8, 2025', '2025-05-08'), date('June 1, 2025', '2025-06-01', true)],
    boilerplate: [REGION], amounts: [], warnings: [],
  };
}

test('articleFacts keeps the article\'s mentions; pageFacts the others', () => {
  const article = articleFacts(page());
  assert.deepEqual(article.names.map((n) => n.text), ['Ana Lopez']);
  assert.deepEqual(article.quotes.map((q) => q.speaker), ['Ana Lopez']);
  assert.deepEqual(article.dates.map((d) => d.value), ['2025-05-08']);
  const onPage = pageFacts(page());
  assert.deepEqual([onPage.names.map((n) => n.text), onPage.dates.map((d) => d.value), onPage.quotes.length], [['Tom Ray'], ['2025-06-01'], 1]);
});

test('the INDEX entry counts the article\'s names and quotations only', () => {
  const summary = summarizeDocument(page(), TEXT);
  assert.deepEqual(summary.people, ['Ana Lopez']);
  assert.equal(summary.quotes, 1);
});

test('cross-references and the timeline leave out the page\'s mentions', () => {
  const other = { ...page('b.txt') };
  const entities = new EntityIndex([page(), other]);
  assert.equal(entities.find('Tom Ray', 'person'), undefined);
  assert.deepEqual(entities.find('Ana Lopez', 'person')?.documents.map((d) => d.file), ['a.txt', 'b.txt']);
  const quotes = new QuoteIndex([page(), other]);
  assert.equal(quotes.matchesFor({ file: 'a.txt', ...span('"a fine day"'), text: '"a fine day"', speaker: null }).length, 0);
  assert.equal(quotes.matchesFor({ file: 'a.txt', ...span('"we will build the bridge"'), text: '"we will build the bridge"', speaker: 'Ana Lopez' }).length, 1, 'b.txt only');
  assert.deepEqual(timelineEvents(page(), TEXT).map((e) => e.value), ['2025-05-08']);
});
