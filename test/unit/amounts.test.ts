import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AMOUNT, detectAmounts } from '../../src/core/amounts';
import { toSeedDocument } from '../../src/core/document';
import { SEED_000, SEED_002 } from './fixtures';

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

test('amounts are the matches a global scan of the pattern finds, though it is tried only near numbers', () => {
  const texts = [
    SEED_000,
    SEED_002,
    'USD. 5, usd.\t7, Rs.10, rs 3 lakh, HK$1,000,000.5 bn, US$ 4, A$5, C$6, $12345, 12345%, 1,234,5678 dollars.',
    '$$5 €€ 6 £1.2.3 million, 5 per cent, 5percent, 99 % and 7 Yen; KZT12 RUB.3 GBP 1 EUR. 2 INR 3 cny 4 RMB 5.',
    '100 million tenge 2 hryvnias 3 lira 4 won 5 francs 6 pesos 7 roubles 8 rubles 9 yuan 10 renminbi 11 euros 12 pounds',
    'x1 y22 z333 1.5. 2,000,000 dollarsy 3 dollar 4\n%, 5\n\npercent, ab12cd $ 5, $\n6, ₹7 ₽8 ₸9 ¥10 US$',
  ];
  let checked = 0;
  for (const text of texts) {
    const expected = [...text.matchAll(AMOUNT)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
    checked += expected.length;
    assert.deepEqual(detectAmounts(toSeedDocument(text)), expected);
  }
  assert.ok(checked > 40, `only ${checked} amounts checked`);
});
