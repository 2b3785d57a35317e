/** Planets and moons are places (bodies.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typeSolarSystemBodies } from '../../src/core/names/bodies';
import { type RawMention, rawMention } from '../../src/core/names/mentions';
import type { NameType } from '../../src/core/types';

/** A mention of the words of `text` from `from`, typed `type`. */
function mention(text: string, words: string, type: NameType): RawMention {
  const start = text.indexOf(words);
  let at = start;
  const tokens = words.split(' ').map((word) => {
    const token = { text: word, start: at, end: at + word.length };
    at += word.length + 1;
    return token;
  });
  return rawMention(tokens, type, 'normal');
}

const found = (mentions: readonly RawMention[]) => mentions.map((item) => `${item.key}:${item.type}:${item.tokens[0]!.start}`);

test('a lone planet or moon the tagger typed a person or company is a place', () => {
  const text = 'Jupiter hosts Europa. The probe reached Jupiter.';
  const mentions = [mention(text, 'Jupiter', 'person'), mention(text, 'Europa', 'organization')];
  assert.deepEqual(found(typeSolarSystemBodies(mentions, text)), ['jupiter:place:0', 'europa:place:14', 'jupiter:place:40']);
});

test('once a body is a place, the other bodies written alone with a capital are places; not inside longer names', () => {
  const text = "Saturn's moon Enceladus spews water, like Europa. Titan Submarine is a boat.";
  const mentions = [mention(text, 'Europa', 'place')];
  assert.deepEqual(found(typeSolarSystemBodies(mentions, text)), ['saturn:place:0', 'enceladus:place:14', 'europa:place:42']);
});

test("a body's word in a fuller name of that type stays that type, and a page with no body named gains none", () => {
  const text = 'Bruno Mars sang. Mars said it would tour.';
  const mentions = [mention(text, 'Bruno Mars', 'person'), { ...mention(text, 'Mars said', 'person'), tokens: [{ text: 'Mars', start: 17, end: 21 }], words: ['mars'], key: 'mars' }];
  assert.deepEqual(found(typeSolarSystemBodies(mentions, text)), ['bruno mars:person:0', 'mars:person:17']);
  const plain = 'The Earth Day fair opened on Venus Street.';
  assert.deepEqual(found(typeSolarSystemBodies([], plain)), []);
});

test('a heading taken for a person with "of" in it is no fuller name of the body it holds', () => {
  const text = 'Icy Moon of Jupiter\nThe probe will orbit Jupiter soon.';
  const mentions = [mention(text, 'Icy Moon of Jupiter', 'person'), { ...mention(text, 'Jupiter soon', 'person'), tokens: [{ text: 'Jupiter', start: 41, end: 48 }], words: ['jupiter'], key: 'jupiter' }];
  assert.deepEqual(found(typeSolarSystemBodies(mentions, text)), ['icy moon of jupiter:person:0', 'jupiter:place:41']);
});
