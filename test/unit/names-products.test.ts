/** Products named with a coined lower-case word: no maker's or model's names in them (products.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropProductNames } from '../../src/core/names/products';
import { mention } from './rawMentions';

const ENGLISH = [new Set(['mail']), new Set(['ray'])];
const kept = (text: string, mentions: ReturnType<typeof mention>[]) => dropProductNames(mentions, text, ENGLISH).map(({ tokens }) => text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));

test("a maker before a coined word and a model after it are no names; the model's other mentions neither, the maker's stay", () => {
  const text = 'The 2021 Velta q-zon Ridgeback is here. Velta says the Ridgeback 40 is fast. Korr zPad Lumo ships. Korr agreed.';
  const mentions = [
    mention(text, 'Velta', 'organization'),
    mention(text, 'Ridgeback', 'organization'),
    mention(text, 'Velta', 'organization', 20),
    mention(text, 'Ridgeback', 'organization', 50),
    mention(text, 'Korr', 'person'),
    mention(text, 'Lumo', 'person'),
    mention(text, 'Korr', 'organization', 90),
  ];
  assert.deepEqual(kept(text, mentions), ['Velta', 'Korr']);
  assert.deepEqual(dropProductNames(mentions, text, ENGLISH).map(({ tokens }) => tokens[0]!.start), [text.indexOf('Velta says'), text.indexOf('Korr agreed')]);
});

test('a hyphenated English word ("e-mail") and a model number alone name no product', () => {
  const text = 'An e-mail Dana Pike sent. Velta x-ray images. Cole 11 Pro won.';
  const mentions = [mention(text, 'Dana Pike', 'person'), mention(text, 'Velta', 'organization'), mention(text, 'Cole', 'person'), mention(text, 'Pro', 'organization')];
  assert.deepEqual(kept(text, mentions), ['Dana Pike', 'Velta', 'Cole', 'Pro']);
});

test('a form mostly written without a coined word before it is no model; a handle of two lower-case letters is no coined word', () => {
  const text = 'via qiNews Dana Pike. via iNews Dana Pike. Dana Pike won. Dana Pike ran. Dana Pike left.';
  const mentions = [0, 20, 40, 55, 70].map((from) => mention(text, 'Dana Pike', 'person', from));
  assert.equal(kept(text, mentions).length, 5);
});
