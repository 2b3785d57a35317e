/** An office written before a person's name is no organization (titles.ts, dropOfficeTitles). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropOfficeTitles } from '../../src/core/names/titles';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

function mention(text: string, words: string, type: NameType) {
  return rawMention(tokenizeLine(words, text.indexOf(words)), type, 'normal');
}
const kept = (text: string, mentions: ReturnType<typeof mention>[]) => dropOfficeTitles(mentions, text).map((item) => item.key);

test('an office ending in a title word right before a person is dropped', () => {
  const text = 'He told former Varnish Policy Adviser Dana Pike and the Kenton Council Director Al Reed.';
  const mentions = [mention(text, 'Varnish Policy Adviser', 'organization'), mention(text, 'Dana Pike', 'person'), mention(text, 'Kenton Council Director', 'organization'), mention(text, 'Al Reed', 'person')];
  assert.deepEqual(kept(text, mentions), ['dana pike', 'al reed']);
});

test('an organization not ending in a title word, or not followed by a person, stays', () => {
  const text = 'Kenton Trade Board Dana Pike. The Varnish Attorney General said. Lake Secretary, Al Reed.';
  const mentions = [mention(text, 'Kenton Trade Board', 'organization'), mention(text, 'Dana Pike', 'person'), mention(text, 'Varnish Attorney General', 'organization'), mention(text, 'Lake Secretary', 'organization'), mention(text, 'Al Reed', 'person')];
  assert.deepEqual(kept(text, mentions), ['kenton trade board', 'dana pike', 'varnish attorney general', 'lake secretary', 'al reed']);
});

test("a country's department before a lone title word and a person is the country; a body's is kept, and a country opening a titled office stays", () => {
  const text = 'Then US Tillage Secretary Dana Pike, Varnox Chief Al Reed and UK Harbour Commissioner Ed Moss met.';
  const mentions = [mention(text, 'US Tillage', 'organization'), mention(text, 'Dana Pike', 'person'), mention(text, 'Varnox', 'organization'),
    mention(text, 'Al Reed', 'person'), mention(text, 'UK Harbour Commissioner', 'organization'), mention(text, 'Ed Moss', 'person')];
  const typed = dropOfficeTitles(mentions, text).map((item) => `${item.type}:${item.key}`);
  assert.deepEqual(typed, ['place:us', 'person:dana pike', 'organization:varnox', 'person:al reed', 'place:uk', 'person:ed moss']);
});
