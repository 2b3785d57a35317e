/** Lists of companies: one-word "people" in them are companies, a bare possessive is part of the name (lists.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markCompanyLists } from '../../src/core/names/lists';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';
import { typedForms } from './rawMentions';

function mentions(text: string, ...names: [string, NameType][]) {
  let from = 0;
  return names.map(([words, type]) => {
    const at = text.indexOf(words, from);
    from = at + words.length;
    return rawMention(tokenizeLine(words, at), type, 'normal');
  });
}
const shown = (text: string, found: ReturnType<typeof mentions>) =>
  typedForms(text, markCompanyLists(found, text));

test('one-word people in a list with two organizations are companies, with a bare possessive', () => {
  const text = 'Clients include Velta, Harrow’s, Kestrel Corp, Dane and others.';
  const found = mentions(text, ['Velta', 'organization'], ['Harrow', 'person'], ['Kestrel Corp', 'organization'], ['Dane', 'person']);
  assert.deepEqual(shown(text, found), ['Velta/organization', 'Harrow’s/organization', 'Kestrel Corp/organization', 'Dane/organization']);
});

test('full names, places and lists of fewer than three names stay', () => {
  const text = 'Ann Lee, Velta, Kestrel and Leeds met. Velta, Dane’s team and Bo Park.';
  const found = mentions(text, ['Ann Lee', 'person'], ['Velta', 'organization'], ['Kestrel', 'organization'], ['Leeds', 'place'], ['Velta', 'organization'], ['Dane', 'person'], ['Bo Park', 'person']);
  assert.deepEqual(shown(text, found), ['Ann Lee/person', 'Velta/organization', 'Kestrel/organization', 'Leeds/place', 'Velta/organization', 'Dane/person', 'Bo Park/person']);
});
