import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectAmounts } from '../../src/core/amounts';
import { toSeedDocument } from '../../src/core/document';
import { SEED_002 } from './fixtures';

const amounts = (text: string) => detectAmounts(toSeedDocument(text)).map((amount) => amount.text);

test('seed 002: money with scale, percentages, amounts in a currency word', () => {
  assert.deepEqual(amounts(SEED_002), ['$244.9 billion', '60%', '200 Million Tenge']);
});

test('currency symbols, codes and words', () => {
  assert.deepEqual(amounts('It cost €5 million, or USD 1,200.50, and 3.5 percent of 40 billion rupees.'), ['€5 million', 'USD 1,200.50', '3.5 percent', '40 billion rupees']);
});

test('plain numbers and years are not amounts', () => {
  assert.deepEqual(amounts('In 2024, 130 people met 80 years after the war.'), []);
});
