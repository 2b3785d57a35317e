/** The INDEX tab's search, facets, date range, sorting and counts (src/webview/indexQuery.ts), on rows of my own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countLabel, emptyQuery, facetValues, filterRows, groupCopies, inDateRange, type IndexQuery, isFiltered, sortRows } from '../../src/webview/indexQuery';
import type { IndexRow } from '../../src/webview/messages';

function row(file: string, fields: Partial<IndexRow> = {}): IndexRow {
  return {
    uri: `file:///w/seeds/${file}`, file: `seeds/${file}`, published: null, title: null, source: null, names: 0, dates: 0, quotes: 0, problem: null, status: null,
    outlet: null, authors: [], people: [], organizations: [], places: [], language: 'eng', tags: [], duplicateOf: null, ...fields,
  };
}

const ROWS: IndexRow[] = [
  row('000.txt', { title: 'Russia values partnership', outlet: 'The Hindu', source: 'Reuters', published: '2025-05-08', people: ['Vladimir Putin', 'Xi Jinping'], places: ['Moscow', 'Beijing'], status: 'reviewed', tags: ['story-a'], quotes: 4 }),
  row('001.txt', { title: 'Xi visits Moscow', outlet: 'Xinhua', source: 'Xinhua', published: '2025-05-07', people: ['Xi Jinping'], places: ['Moscow'], status: 'flagged', tags: ['story-a', 'check'], quotes: 1 }),
  row('002.txt', { title: 'Rain in Lisbon', outlet: 'Público', published: '2025-06', people: ['António Costa'], places: ['Lisboa'], language: 'por', authors: ['Ana Sá'], quotes: null }),
  row('003.txt', { title: null, published: null }),
];
const query = (fields: Partial<IndexQuery>): IndexQuery => ({ ...emptyQuery(), ...fields });
const files = (rows: IndexRow[]) => rows.map((shown) => shown.file.replace('seeds/', ''));

test('free text: every word must be found in the title, outlet, source, authors or the article\'s names, case and accents ignored', () => {
  // 000's title does not say Moscow; its article's places do.
  assert.deepEqual(files(filterRows(ROWS, query({ text: 'moscow' }))), ['000.txt', '001.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ text: 'moscow putin' }))), ['000.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ text: 'publico' }))), ['002.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ text: 'ana sa' }))), ['002.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ text: 'reuters' }))), ['000.txt']);
  assert.equal(filterRows(ROWS, query({ text: '  ' })).length, 4);
});

test('facets: several names at once must all be mentioned; value facets, status (no entry = unreviewed) and tags', () => {
  assert.deepEqual(files(filterRows(ROWS, query({ people: ['Xi Jinping'] }))), ['000.txt', '001.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ people: ['Xi Jinping', 'Vladimir Putin'] }))), ['000.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ people: ['Xi Jinping'], places: ['Beijing'] }))), ['000.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ outlet: 'Xinhua' }))), ['001.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ language: 'por' }))), ['002.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ status: 'unreviewed' }))), ['002.txt', '003.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ status: 'flagged' }))), ['001.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ tag: 'story-a' }))), ['000.txt', '001.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ tag: 'check', status: 'reviewed' }))), []);
});

test('date range: a date of any precision is in when its period meets the range; undated documents are in no range', () => {
  assert.ok(inDateRange('2025-05', '2025-05-20', null));
  assert.ok(inDateRange('2025', null, '2025-01-10'));
  assert.ok(!inDateRange('2025-04-30', '2025-05-01', null));
  assert.ok(!inDateRange(null, '2000', null));
  assert.ok(inDateRange(null, null, null));
  assert.deepEqual(files(filterRows(ROWS, query({ from: '2025-05-08', to: '2025-05-31' }))), ['000.txt']);
  assert.deepEqual(files(filterRows(ROWS, query({ from: '2025-05-08' }))), ['000.txt', '002.txt']);
});

test('facet values count documents among the rows given, most first; a tag counts once per document', () => {
  assert.deepEqual(facetValues(ROWS, 'people'), [{ value: 'Xi Jinping', count: 2 }, { value: 'António Costa', count: 1 }, { value: 'Vladimir Putin', count: 1 }]);
  assert.deepEqual(facetValues(ROWS, 'tag'), [{ value: 'story-a', count: 2 }, { value: 'check', count: 1 }]);
  assert.deepEqual(facetValues(ROWS, 'status'), [{ value: 'unreviewed', count: 2 }, { value: 'flagged', count: 1 }, { value: 'reviewed', count: 1 }]);
  assert.deepEqual(facetValues(ROWS, 'language', 1), [{ value: 'eng', count: 3 }]);
});

test('sorting by any column: missing values last in both directions, ties by file', () => {
  assert.deepEqual(files(sortRows(ROWS, 'published', false)), ['001.txt', '000.txt', '002.txt', '003.txt']);
  assert.deepEqual(files(sortRows(ROWS, 'published', true)), ['002.txt', '000.txt', '001.txt', '003.txt']);
  assert.deepEqual(files(sortRows(ROWS, 'quotes', true)), ['000.txt', '001.txt', '003.txt', '002.txt']);
  assert.deepEqual(files(sortRows(ROWS, 'outlet', false)), ['002.txt', '000.txt', '001.txt', '003.txt']);
  assert.deepEqual(files(sortRows(ROWS, 'status', false)), ['001.txt', '000.txt', '002.txt', '003.txt']);
  assert.deepEqual(files(sortRows(ROWS, 'tags', false)), ['000.txt', '001.txt', '002.txt', '003.txt']);
});

test('live count and review progress; a query narrows only when something is set', () => {
  const shown = filterRows(ROWS, query({ text: 'moscow' }));
  assert.equal(countLabel(shown, ROWS), '2 of 4 documents · 1 of 4 reviewed');
  assert.equal(countLabel(ROWS, ROWS), '4 documents · 1 of 4 reviewed');
  assert.ok(!isFiltered(emptyQuery()));
  assert.ok(isFiltered(query({ tag: 'x' })));
  assert.ok(isFiltered(query({ places: ['Moscow'] })));
});

test('copies go under their original when it is shown, and stand alone when it is filtered out', () => {
  const rows = [row('a.txt'), row('b.txt', { duplicateOf: 'seeds/c.txt' }), row('c.txt', { title: 'Moscow' }), row('d.txt', { duplicateOf: 'seeds/c.txt' })];
  const grouped = groupCopies(rows).map(({ row: shown, copies }) => `${shown.file}:${files(copies).join('+')}`);
  assert.deepEqual(grouped, ['seeds/a.txt:', 'seeds/c.txt:b.txt+d.txt']);
  const alone = groupCopies(rows.filter((shown) => shown.file !== 'seeds/c.txt')).map(({ row: shown }) => shown.file);
  assert.deepEqual(alone, ['seeds/a.txt', 'seeds/b.txt', 'seeds/d.txt']);
});
