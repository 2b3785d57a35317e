/** Rules for names on today's web pages: known forms, site furniture, table columns, staff lists. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseLine, formsOf, wordInfoOf } from '../../src/core/names/features';
import { breakNamesAtWords } from '../../src/core/names/breaks';
import { dropFurnitureNames, splitColumnCodes } from '../../src/core/names/furniture';
import { markKnownForms } from '../../src/core/names/propagate';
import { dropWorkTitleNames } from '../../src/core/names/works';
import { type RawMention, rawMention } from '../../src/core/names/mentions';
import { splitJoinedNames } from '../../src/core/names/split';
import type { NameType } from '../../src/core/types';
import { tokenizeLine } from '../../src/core/names/tokenize';
import { labelledNames, taggedLine } from './taggedLines';

const COMMON = new Set(['doctor', 'the', 'said', 'visits', 'were', 'down']);

test('a name the body gives is that name wherever else the document writes it; a family name alone is the person', () => {
  const lines = [
    taggedLine('Acme Robotics hired Gov. Kristi Noem on Monday.', 'normal', [0, 'B-organization'], [1, 'I-organization'], [4, 'B-person'], [5, 'I-person']),
    taggedLine('A spokesman for Acme Robotics said Noem starts soon.', 'normal'),
    taggedLine('Doctor visits were down, said Ken Doctor.', 'normal', [6, 'B-person'], [7, 'I-person']),
    taggedLine('Later, Doctor said more.', 'normal'),
  ];
  assert.deepEqual(markKnownForms(lines, COMMON).map(labelledNames), [
    ['organization:Acme Robotics', 'person:Kristi Noem'], ['organization:Acme Robotics', 'person:Noem'], ['person:Ken Doctor'], ['person:Doctor'],
  ]);
});

test('an honorific that opens a person\'s name is no given name of its own', () => {
  const lines = [
    taggedLine('Prince Andrew spoke on Monday.', 'normal', [0, 'B-person'], [1, 'I-person']),
    taggedLine('Later the real Prince Andrew said no.', 'normal', [4, 'B-person']),
  ];
  assert.deepEqual(markKnownForms(lines, COMMON).map(labelledNames), [['person:Prince Andrew'], ['person:Andrew']]);
});

test('a lone letter and a title before a person are no forms of their own', () => {
  const lines = [
    taggedLine('Louis I met Senator Rick Santorum.', 'normal', [0, 'B-person'], [1, 'I-person'], [3, 'B-person'], [4, 'I-person'], [5, 'I-person']),
    taggedLine('So I called the Senator and Santorum.', 'normal'),
  ];
  assert.deepEqual(markKnownForms(lines, COMMON).map(labelledNames), [['person:Louis I', 'person:Senator Rick Santorum'], ['person:Santorum']]);
});

test('a known form inside a longer run of capitalized words is left alone, and all-caps lines teach no forms', () => {
  const lines = [
    taggedLine('He met Noem in Pierre.', 'normal', [2, 'B-person'], [4, 'B-place']),
    taggedLine('They watched Noem Pictures Weekly.', 'normal'),
    taggedLine('SENATE BACKS BUDGET PLAN', 'caps', [0, 'B-organization']),
    taggedLine('the SENATE said no.', 'normal'),
  ];
  assert.deepEqual(markKnownForms(lines, COMMON).map(labelledNames), [['person:Noem', 'place:Pierre'], [], ['organization:SENATE'], []]);
});

test('lines of one or two capitalized words next to each other are site furniture, not names', () => {
  const lines = [
    taggedLine('Subscribe', 'normal', [0, 'B-organization']),
    taggedLine('Privacy Policy', 'normal', [0, 'B-person'], [1, 'I-person']),
    taggedLine('Acme Robotics said on Monday it would hire.', 'normal', [0, 'B-organization'], [1, 'I-organization']),
    taggedLine('Kazakhstan', 'normal', [0, 'B-place']),
  ];
  assert.deepEqual(dropFurnitureNames(lines).map(labelledNames), [[], [], ['organization:Acme Robotics'], ['place:Kazakhstan']]);
});

test('a short code opening several lines of a table is no part of the name after it', () => {
  const lines = [
    taggedLine('DL Larry Ogunjobi 63 85% 1 tackle', 'table', [0, 'B-organization'], [1, 'I-organization'], [2, 'I-organization']),
    taggedLine('DL Myles Garrett 57 77% 3 tackles', 'table', [1, 'B-person'], [2, 'I-person']),
    taggedLine('CB Denzel Ward 74 100% 4 tackles', 'table', [1, 'B-person'], [2, 'I-person']),
    taggedLine('CB Greedy Williams 73 99% 6 tackles', 'table', [0, 'B-person'], [1, 'I-person'], [2, 'I-person']),
    taggedLine('UN Security Council meets', 'normal', [0, 'B-organization'], [1, 'I-organization'], [2, 'I-organization']),
  ];
  assert.deepEqual(splitColumnCodes(lines).map(labelledNames), [
    ['person:Larry Ogunjobi'], ['person:Myles Garrett'], ['person:Denzel Ward'], ['person:Greedy Williams'], ['organization:UN Security Council'],
  ]);
});

test('an underscore joining a role to a name in a staff list separates them; a handle keeps its underscores', () => {
  const texts = (line: string) => tokenizeLine(line, 0).map((token) => token.text);
  assert.deepEqual(texts('Choreographer_Jeong Hye Jin, Make-up_Kim Jong'), ['Choreographer', '_', 'Jeong', 'Hye', 'Jin', ',', 'Make-up', '_', 'Kim', 'Jong']);
  assert.deepEqual(texts('(@PFF_Browns) snake_case'), ['(', '@PFF_Browns', ')', 'snake_case']);
});

test('a quoted or bracketed title of a work names nothing inside it; a quoted name stays', () => {
  const ordinary = new Set(['just', 'alright', 'palace', 'tale']);
  const lines = [
    taggedLine('They played “Jesus Is Just Alright With Me” last.', 'normal', [3, 'B-person']),
    taggedLine('Tickets for <The Palace: Tale of Jang Noksu> sold out.', 'normal', [8, 'B-person'], [9, 'I-person']),
    taggedLine('Films like “Mary Poppins” ran.', 'normal', [3, 'B-person'], [4, 'I-person']),
    taggedLine('He said “ask Jesus about it” twice.', 'normal', [4, 'B-person']),
  ];
  assert.deepEqual(dropWorkTitleNames(lines, COMMON, ordinary).map(labelledNames), [[], [], ['person:Mary Poppins'], ['person:Jesus']]);
});

test('a place word of places joined by a hyphen is each place; other hyphened names stay whole', () => {
  const { raw } = rawMentions(['Moscow-Beijing', 'place'], ['China-Russia', 'place'], ['Guinea-Bissau', 'place'], ['Soon-Shiong', 'person'], ['Mercedes-Benz', 'place']);
  assert.deepEqual(splitJoinedNames(raw).map((mention) => `${mention.type}:${mention.tokens[0]!.text}@${mention.tokens[0]!.start}`), [
    'place:Moscow@0', 'place:Beijing@7', 'place:China@15', 'place:Russia@21', 'place:Guinea-Bissau@28', 'person:Soon-Shiong@42', 'place:Mercedes-Benz@54',
  ]);
});

test('angle brackets come off the words they enclose', () => {
  assert.deepEqual(tokenizeLine('<The Palace: Jang Noksu>', 0).map((token) => token.text), ['<', 'The', 'Palace', ':', 'Jang', 'Noksu', '>']);
});

/** One-word raw mentions of the given `[word, type]` pairs, one a line. */
function rawMentions(...mentions: [string, NameType][]): { raw: RawMention[] } {
  let at = 0;
  const raw = mentions.map(([word, type]) => {
    const mention = rawMention([{ text: word, start: at, end: at + word.length }], type, 'normal');
    at += word.length + 1;
    return mention;
  });
  return { raw };
}

test('a name of lower-case words only is dropped; one with a digit or a capital stays', () => {
  const lines = [taggedLine('date 2025-08-29 Russia values ties', 'normal', [0, 'B-place'], [2, 'B-place']), taggedLine('my6sense said', 'normal', [0, 'B-organization'])];
  assert.deepEqual(breakNamesAtWords(lines, COMMON).map(labelledNames), [['place:Russia'], ['organization:my6sense']]);
});

test('a lower-case ordinary word inside a name ends it; a joiner does not', () => {
  const lines = [taggedLine('Vladimir Putin met Xi Jinping', 'normal', [0, 'B-person'], [1, 'I-person'], [2, 'I-person'], [3, 'I-person'], [4, 'I-person'])];
  lines.push(taggedLine('the Bank of England said', 'normal', [1, 'B-organization'], [2, 'I-organization'], [3, 'I-organization']));
  assert.deepEqual(breakNamesAtWords(lines, new Set(['met', 'said'])).map(labelledNames), [['person:Vladimir Putin', 'person:Xi Jinping'], ['organization:Bank of England']]);
});

test('"v" or "vs" between two sides ends a name; the side after it opens one', () => {
  const lines = [taggedLine('Final: Ana Ruiz v Mia Cole, on Saturday.', 'normal', [2, 'B-person'], [3, 'I-person'], [4, 'I-person'], [5, 'I-person'], [6, 'I-person'])];
  lines.push(taggedLine('Otters vs. Kenton', 'normal', [0, 'B-organization'], [1, 'I-organization'], [2, 'I-organization']));
  assert.deepEqual(breakNamesAtWords(lines, COMMON).map(labelledNames), [['person:Ana Ruiz', 'person:Mia Cole'], ['organization:Otters', 'organization:Kenton']]);
});

test('a quoted phrase of four capitalized words none of them English is no name', () => {
  const lines = [taggedLine("'Pagal Awara Kutto Se Darna...': Wife Posts", 'normal', [1, 'B-person'], [2, 'I-person'], [3, 'I-person'], [4, 'I-person'], [5, 'I-person'])];
  assert.deepEqual(dropWorkTitleNames(lines, COMMON, new Set(['wife', 'posts'])).map(labelledNames), [[]]);
});

test('a short title-case list item with ordinary words and a lower-case preposition is truecased as a headline', () => {
  const ordinary = new Set(['tasks', 'intensifying', 'negotiations']);
  const entryOf = (word: string) => ({ info: wordInfoOf(word, new Set(['with']), formsOf(word), ordinary) });
  const words = ['-', 'Zelenskyy', 'Tasks', 'Umerov', 'with', 'Intensifying', 'Negotiations'];
  assert.deepEqual(analyseLine(words, entryOf, true).words, ['-', 'Zelenskyy', 'tasks', 'Umerov', 'with', 'intensifying', 'negotiations']);
  assert.deepEqual(analyseLine(words, entryOf).words, words, 'training reads its corpora as before');
  const list = ['Tim', 'Herron', ',', 'Duffy', 'Waldorf', ',', 'Davis', 'Love'];
  assert.deepEqual(analyseLine(list, entryOf, true).words, list);
});
