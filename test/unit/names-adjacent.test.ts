/** An organization before one that ends in an organization's head word is one name (adjacent.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinOrganizationHeads } from '../../src/core/names/adjacent';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

function mention(text: string, words: string, type: NameType) {
  return rawMention(tokenizeLine(words, text.indexOf(words)), type, 'normal');
}
const shown = (text: string, mentions: ReturnType<typeof mention>[]) =>
  joinOrganizationHeads(mentions, text).map(({ tokens, type, key }) => `${text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)}/${type}/${key}`);

test("an organization right before one that ends in an organization's head word is its first word", () => {
  const text = 'She spoke to the Varnish Ethics Committee on Monday.\n';
  const mentions = [mention(text, 'Varnish', 'organization'), mention(text, 'Ethics Committee', 'organization')];
  assert.deepEqual(shown(text, mentions), ['Varnish Ethics Committee/organization/varnish ethics committee']);
});

test('other neighbours stay apart: a list, a line break, another type, a head word that does not end the second name', () => {
  const text = 'Follow Varnish Quillbook\nVarnish\nEthics Committee and Quill Ethics Committee and Dana Ethics Committee Hall\n';
  const at = (words: string, from: string, type: NameType) => rawMention(tokenizeLine(words, text.indexOf(from) + from.indexOf(words)), type, 'normal');
  const mentions = [
    at('Varnish', 'Follow Varnish', 'organization'), at('Quillbook', 'Quillbook', 'organization'),
    at('Varnish', '\nVarnish', 'organization'), at('Ethics Committee', '\nEthics Committee', 'organization'),
    at('Quill', 'Quill Ethics', 'place'), at('Ethics Committee', 'Quill Ethics Committee', 'organization'),
    at('Dana', 'Dana', 'organization'), at('Ethics Committee Hall', 'Ethics Committee Hall', 'organization'),
  ];
  assert.deepEqual(shown(text, mentions).map((written) => written.split('/').slice(0, 2).join('/')), [
    'Varnish/organization', 'Quillbook/organization', 'Varnish/organization', 'Ethics Committee/organization',
    'Quill/place', 'Ethics Committee/organization', 'Dana/organization', 'Ethics Committee Hall/organization',
  ]);
});
