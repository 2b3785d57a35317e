/** American datelines: the city and the state's abbreviation are places (datelines.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markStateDatelines } from '../../src/core/names/datelines';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

function mention(text: string, words: string, type: NameType, from = 0) {
  return rawMention(tokenizeLine(words, text.indexOf(words, from)), type, 'normal');
}
const shown = (text: string, mentions: ReturnType<typeof mention>[]) =>
  markStateDatelines(mentions, text).map(({ tokens, type }) => `${text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)}/${type}`);

test("a dateline's city and state are places: retyped, or added where missed", () => {
  const text = 'Photo credit\n\nLake Varn, Ill. — Dana Pike threw for 200 yards.\nKENTON, Texas (AP) — Rain fell.\n';
  const mentions = [mention(text, 'Lake Varn', 'organization'), mention(text, 'Dana Pike', 'person')];
  assert.deepEqual(shown(text, mentions), ['Lake Varn/place', 'Ill./place', 'Dana Pike/person', 'KENTON/place', 'Texas/place']);
});

test('a city and state inside a line, or without the dash, are left to the tagger', () => {
  const text = 'She moved to Lake Varn, Ill. — then left.\nLake Varn, Ill. is small.\n';
  assert.deepEqual(shown(text, [mention(text, 'Lake Varn', 'person')]), ['Lake Varn/person']);
});
