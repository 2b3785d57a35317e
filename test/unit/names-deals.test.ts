/** Shop listings: no names on a product-and-price line (deals.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropPriceLineNames } from '../../src/core/names/deals';
import { mention, typedForms } from './rawMentions';


test('the maker and model on a product-and-price line are no names; the maker elsewhere stays', () => {
  const text = 'Velta\n\nVelta Nova Buds for $129\n\nVelta makes good earbuds.\nKorr Trail Lite for £45.50\nPell Dock for $30\n';
  const mentions = [mention(text, 'Velta', 'organization'), mention(text, 'Velta Nova Buds', 'organization'), mention(text, 'Velta', 'organization', 30), mention(text, 'Korr Trail Lite', 'person')];
  assert.deepEqual(dropPriceLineNames(mentions, text).map((kept) => kept.tokens[0]!.start), [0, text.indexOf('Velta makes')]);
});

test('a line that goes on after the price, a long sentence, or fewer than three price lines keep their names', () => {
  const text = 'Ford to sell unit for $1 bln\nDana Pike said on Tuesday that the city of Harlow would buy the old mill from its owners for $400\n';
  const mentions = [mention(text, 'Ford', 'organization'), mention(text, 'Dana Pike', 'person'), mention(text, 'Harlow', 'place')];
  assert.equal(dropPriceLineNames(mentions, text).length, 3);
  const headlines = 'Kestrel offers Velta’s tablet for $799\nVelta is on sale at Kestrel for $85\n';
  assert.equal(dropPriceLineNames([mention(headlines, 'Kestrel', 'organization'), mention(headlines, 'Velta', 'organization', 20)], headlines).length, 2);
});

test("a listing's product words elsewhere name the product, and its first word alone the maker, a company", () => {
  const text = 'Velta Nova Buds for $129\nKorr Trail Lite for $45\nPell Dock for $30\nThe Velta Nova Buds fit well, and Velta support helps. The old Trail Lite and the Lite. Korr agreed with Dana Pike.\n';
  const at = text.indexOf('The Velta');
  const mentions = [
    mention(text, 'Velta Nova Buds', 'organization', at),
    mention(text, 'Velta', 'person', text.indexOf('Velta support')),
    mention(text, 'Trail Lite', 'person', at),
    mention(text, 'Lite', 'person', text.indexOf('the Lite')),
    mention(text, 'Korr', 'person', at),
    mention(text, 'Dana Pike', 'person'),
  ];
  assert.deepEqual(typedForms(text, dropPriceLineNames(mentions, text)), [
    'Velta/organization', 'Korr/organization', 'Dana Pike/person',
  ]);
});
