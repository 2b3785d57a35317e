import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FactsRecord, NameMention, Quote } from '../../src/core/types';
import { EntityIndex } from '../../src/corpus/entities';
import { QuoteIndex } from '../../src/corpus/quotations';
import { markConflicts, timelineEvents } from '../../src/corpus/timeline';

function record(file: string, parts: Partial<FactsRecord>): FactsRecord {
  return {
    schema: 'facts/1', file, title: null, published: null, publishedFrom: null, source: null, outlet: null, authors: [],
    dates: [], names: [], quotes: [], boilerplate: [], amounts: [], warnings: [], ...parts,
  };
}

function quote(text: string, speaker: string | null, start = 0): Quote {
  return { start, end: start + text.length, text, speaker, marked: true, group: 0 };
}

function person(text: string, canonical: string, start = 0): NameMention {
  return { start, end: start + text.length, text, type: 'person', canonical };
}

test('the same quotation in another document is an exact match; a reworded one comes with its word diff', () => {
  const original = '"These are relations of a special, privileged strategic partnership, and we value these relations."';
  const reworded = '“These are relations of a special, privileged strategic partnership, and we cherish these relations.”';
  const index = new QuoteIndex([
    record('a.txt', { quotes: [quote(original, 'Dmitry Peskov')] }),
    record('b.txt', { quotes: [quote(original.toUpperCase(), 'Peskov', 10)] }),
    record('c.txt', { quotes: [quote(reworded, 'Dmitry Peskov')] }),
    record('d.txt', { quotes: [quote('"We are not working against anyone, but for the benefit of our peoples."', 'Vladimir Putin')] }),
  ]);
  const matches = index.matchesFor({ file: 'a.txt', start: 0, end: original.length, text: original, speaker: 'Dmitry Peskov' });
  assert.deepEqual(matches.map((m) => [m.occurrence.file, m.exact, m.differentSpeaker]), [['b.txt', true, false], ['c.txt', false, false]]);
  const changes = matches[1]!.difference.filter((change) => change.added || change.removed).map((change) => [change.added ? '+' : '-', change.value.trim()]);
  assert.deepEqual(changes, [['-', 'value'], ['+', 'cherish']]);
  assert.equal(index.shared().length, 1);
});

test('the same words given to another speaker are flagged', () => {
  const words = '"China and Russia should jointly uphold the principles of justice."';
  const index = new QuoteIndex([
    record('a.txt', { quotes: [quote(words, 'Xi Jinping')] }),
    record('b.txt', { quotes: [quote(words, 'Vladimir Putin')] }),
    record('c.txt', { quotes: [quote(words, null)] }),
  ]);
  const matches = index.matchesFor({ file: 'a.txt', start: 0, end: words.length, text: words, speaker: 'Xi Jinping' });
  assert.deepEqual(matches.map((m) => [m.occurrence.file, m.differentSpeaker]), [['b.txt', true], ['c.txt', false]]);
});

test('a partial quotation matches the whole it was cut from', () => {
  const whole = '"Both we and our Chinese friends agree that the potential of our bilateral partnership is far from being fully unlocked."';
  const part = '"the potential of our bilateral partnership is far from being fully unlocked"';
  const index = new QuoteIndex([record('a.txt', { quotes: [quote(whole, 'Dmitry Peskov')] }), record('b.txt', { quotes: [quote(part, null)] })]);
  const [match] = index.matchesFor({ file: 'b.txt', start: 0, end: part.length, text: part, speaker: null });
  assert.equal(match?.occurrence.file, 'a.txt');
  assert.equal(match?.exact, false);
});

test('entities: a surname-only canonical joins the one full name it belongs to; two candidates stay apart', () => {
  const index = new EntityIndex([
    record('a.txt', { names: [person('Vladimir Putin', 'Vladimir Putin'), person('Putin', 'Vladimir Putin', 30)] }),
    record('b.txt', { names: [person('Putin', 'Putin')] }),
    record('c.txt', { names: [person('Lee', 'Lee'), person('Robert Lee', 'Robert Lee', 10)] }),
    record('d.txt', { names: [person('Hsien Loong Lee', 'Hsien Loong Lee')] }),
  ]);
  const putin = index.find('Putin', 'person');
  assert.equal(putin?.canonical, 'Vladimir Putin');
  assert.deepEqual(putin?.documents.map((d) => [d.file, d.mentions.length]), [['a.txt', 2], ['b.txt', 1]]);
  assert.deepEqual(putin?.aliases, ['Putin']);
  assert.equal(index.find('Lee', 'person')?.canonical, 'Lee', 'ambiguous surname is not merged');
  assert.equal(index.find('putin', 'place'), undefined);
});

test('timeline: the same event told with another date conflicts; a less precise date agrees', () => {
  const textA = 'Intro line.\nThe Kremlin hosted Russian-Chinese talks on May 8, officials said.\n';
  const textB = 'The Kremlin hosted Russian-Chinese talks on May 9, officials said.';
  const textC = 'The Kremlin hosted Russian-Chinese talks in May, officials said.';
  const date = (text: string, expression: string, value: string): FactsRecord['dates'][number] => {
    const start = text.indexOf(expression);
    return { start, end: start + expression.length, text: expression, value, precision: value.length === 10 ? 'day' : 'month', relative: false };
  };
  const events = markConflicts([
    ...timelineEvents(record('a.txt', { dates: [date(textA, 'May 8', '2025-05-08')] }), textA),
    ...timelineEvents(record('b.txt', { dates: [date(textB, 'May 9', '2025-05-09')] }), textB),
    ...timelineEvents(record('c.txt', { dates: [date(textC, 'May', '2025-05')] }), textC),
  ]);
  assert.deepEqual(events.map((e) => [e.file, e.value, e.conflicts.map((c) => c.file)]), [
    ['c.txt', '2025-05', []],
    ['a.txt', '2025-05-08', ['b.txt']],
    ['b.txt', '2025-05-09', ['a.txt']],
  ]);
  assert.equal(events[1]!.sentence, 'The Kremlin hosted Russian-Chinese talks on May 8, officials said.');
});

test('timeline: two dates in one sentence do not conflict; the same words in two sentences of one document do', () => {
  const text = 'Plans include launching the Far Eastern gas route in 2027, increasing mutual trade turnover ($244.9 billion in 2024).\n' +
    'Officials opened the Eastern trade office in 2023. Officials opened the Eastern trade office in 2022.';
  const year = (expression: string, from = 0): FactsRecord['dates'][number] => {
    const start = text.indexOf(expression, from);
    return { start, end: start + expression.length, text: expression, value: expression, precision: 'year', relative: false };
  };
  const events = markConflicts(timelineEvents(record('002.txt', { dates: [year('2027'), year('2024'), year('2023'), year('2022')] }), text));
  assert.deepEqual(events.map((e) => [e.value, e.conflicts.map((c) => c.value)]), [
    ['2022', ['2023']],
    ['2023', ['2022']],
    ['2024', []],
    ['2027', []],
  ]);
});
