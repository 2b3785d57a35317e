/** Money and percentages: "$244.9 billion", "200 Million Tenge", "60%". */
import type { SeedDocument } from './document';
import type { Amount } from './types';

const SCALE = '(?:\\s?(?:thousand|million|billion|trillion|bn|mn|crore|lakh))?';
const NUMBER = '\\d{1,3}(?:[,.]\\d{3})*(?:[.,]\\d+)?';
const CURRENCY_WORD = '(?:dollars?|euros?|pounds?|rupees?|yuan|renminbi|tenge|roubles?|rubles?|yen|francs?|pesos?|hryvnias?|lira|won)';
const AMOUNT = new RegExp(
  [
    `(?:US\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥|₹|₽|₸|(?:Rs|USD|EUR|GBP|RMB|CNY|INR|KZT|RUB)\\.?\\s?)${NUMBER}${SCALE}`,
    `\\b${NUMBER}${SCALE}\\s${CURRENCY_WORD}\\b`,
    `\\b${NUMBER}\\s?(?:%|percent\\b|per cent\\b)`,
  ].join('|'),
  'gi',
);

export function detectAmounts(document: SeedDocument): Amount[] {
  const amounts: Amount[] = [];
  for (const match of document.text.matchAll(AMOUNT)) {
    const start = match.index;
    amounts.push({ start, end: start + match[0].length, text: match[0] });
  }
  return amounts;
}
