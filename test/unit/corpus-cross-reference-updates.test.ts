import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FactsRecord, NameMention, Quote } from '../../src/core/types';
import { EntityIndex } from '../../src/corpus/entities';
import { QuoteIndex } from '../../src/corpus/quotations';

/** Full names, their surnames alone, and names two people share: every kind of merge the index makes. */
const PEOPLE: [text: string, canonical: string][] = [
  ['Vladimir Putin', 'Vladimir Putin'], ['Putin', 'Vladimir Putin'], ['Putin', 'Putin'], ['President Putin', 'Putin'],
  ['Lee', 'Lee'], ['Robert Lee', 'Robert Lee'], ['Hsien Loong Lee', 'Hsien Loong Lee'], ['Xi', 'Xi Jinping'], ['Xi Jinping', 'Xi Jinping'],
  ['Dmitry Peskov', 'Dmitry Peskov'], ['Peskov', 'Peskov'], ['Sergei Lavrov', 'Sergei Lavrov'], ['Lavrov', 'Lavrov'], ['putin', 'putin'],
];
const QUOTES = [
  '"These are relations of a special, privileged strategic partnership, and we value these relations."',
  '“These are relations of a special, privileged strategic partnership, and we cherish these relations.”',
  '"We are not working against anyone, but for the benefit of our peoples."',
  '"we are not working against anyone"',
  '"China and Russia should jointly uphold the principles of justice."',
];
const SPEAKERS = ['Dmitry Peskov', 'Peskov', 'Sergei Lavrov', null];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function record(file: string, next: () => number): FactsRecord {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const names: NameMention[] = Array.from({ length: Math.floor(next() * 5) }, (_, i) => {
    const [text, canonical] = pick(PEOPLE);
    return { start: i * 40, end: i * 40 + text.length, text, type: next() < 0.9 ? 'person' : 'place', canonical };
  });
  const quotes: Quote[] = Array.from({ length: Math.floor(next() * 3) }, (_, i) => {
    const text = pick(QUOTES);
    return { start: 1000 + i * 200, end: 1000 + i * 200 + text.length, text, speaker: pick(SPEAKERS), marked: true, group: 0 };
  });
  return {
    schema: 'facts/1', file, title: null, published: null, publishedFrom: null, source: null, outlet: null, authors: [],
    dates: [], names, quotes, boilerplate: [], amounts: [], warnings: [],
  };
}

function assertSame(entities: EntityIndex, quotes: QuoteIndex, records: readonly FactsRecord[], what: string): void {
  // One entity at a time in the fresh index, all at once in the updated one: both ways must agree.
  const fresh = new EntityIndex(records);
  const lookups = PEOPLE.flatMap(([, canonical]) => (['person', 'place'] as const).map((type) => [canonical, type] as const));
  const found = lookups.map(([canonical, type]) => fresh.find(canonical, type));
  assert.deepEqual(entities.all(), fresh.all(), `${what}: every entity`);
  lookups.forEach(([canonical, type], i) => assert.deepEqual(entities.find(canonical, type), found[i], `${what}: ${canonical} (${type})`));
  const freshQuotes = new QuoteIndex(records);
  assert.deepEqual(quotes.shared(), freshQuotes.shared(), `${what}: shared quotations`);
  for (const { file, quotes: own } of records) {
    for (const quote of own) {
      const occurrence = { file: file!, start: quote.start, end: quote.end, text: quote.text, speaker: quote.speaker };
      assert.deepEqual(quotes.matchesFor(occurrence), freshQuotes.matchesFor(occurrence), `${what}: matches of ${file}@${quote.start}`);
    }
  }
}

test('entities and quotations replaced one document at a time are those of a fresh index of the same documents', () => {
  const next = random(7);
  const records = Array.from({ length: 30 }, (_, i) => record(`${String(i).padStart(2, '0')}.txt`, next));
  const entities = new EntityIndex(records);
  const quotes = new QuoteIndex(records);
  assertSame(entities, quotes, records, 'as built');
  assert.ok(entities.find('Putin', 'person')!.documents.length > 1, 'documents share entities');
  for (let step = 0; step < 60; step++) {
    const at = Math.floor(next() * records.length);
    if (next() < 0.2) {
      // Removed; later steps may add a document of that name again, at the end.
      const [gone] = records.splice(at, 1);
      entities.replace(gone!.file!, undefined);
      quotes.replace(gone!.file!, undefined);
      const added = record(gone!.file!, next);
      records.push(added);
      entities.replace(added.file!, added);
      quotes.replace(added.file!, added);
    } else {
      records[at] = record(records[at]!.file!, next);
      entities.replace(records[at]!.file!, records[at]);
      quotes.replace(records[at]!.file!, records[at]);
    }
    assertSame(entities, quotes, records, `after step ${step}`);
  }
});

test('a short form joins the fuller form that a third form joined: the merge follows the chain', () => {
  const name = (text: string, canonical: string): NameMention => ({ start: 0, end: text.length, text, type: 'organization', canonical });
  const make = (file: string, names: NameMention[]): FactsRecord => ({ ...record(file, () => 0), names });
  const entities = new EntityIndex([
    make('a.txt', [name('Kremlin', 'Kremlin')]),
    make('b.txt', [name('the Kremlin', 'Moscow Kremlin')]),
    make('c.txt', [name('Kremlin', 'the Kremlin')]),
  ]);
  assert.deepEqual(entities.find('Kremlin', 'organization')?.documents.map((d) => d.file), ['a.txt', 'b.txt', 'c.txt']);
  assert.equal(entities.find('Kremlin', 'organization'), entities.find('Moscow Kremlin', 'organization'));
  entities.replace('b.txt', undefined);
  assert.deepEqual(entities.find('Kremlin', 'organization')?.documents.map((d) => d.file), ['a.txt', 'c.txt']);
  assert.equal(entities.find('Kremlin', 'organization')?.canonical, 'the Kremlin');
});
