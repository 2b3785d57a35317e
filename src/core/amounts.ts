/** Money and percentages: "$244.9 billion", "200 Million Tenge", "60%". */
import type { SeedDocument } from './document';
import type { Amount } from './types';

const SCALE = '(?:\\s?(?:thousand|million|billion|trillion|bn|mn|crore|lakh))?';
const NUMBER = '\\d{1,3}(?:[,.]\\d{3})*(?:[.,]\\d+)?';
const CURRENCY_WORD = '(?:dollars?|euros?|pounds?|rupees?|yuan|renminbi|tenge|roubles?|rubles?|yen|francs?|pesos?|hryvnias?|lira|won)';
/** An amount, as a global scan of the text would find them (the unit tests compare with one). */
export const AMOUNT = new RegExp(
  [
    `(?:US\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥|₹|₽|₸|(?:Rs|USD|EUR|GBP|RMB|CNY|INR|KZT|RUB)\\.?\\s?)${NUMBER}${SCALE}`,
    `\\b${NUMBER}${SCALE}\\s${CURRENCY_WORD}\\b`,
    `\\b${NUMBER}\\s?(?:%|percent\\b|per cent\\b)`,
  ].join('|'),
  'gi',
);
const AMOUNT_AT = new RegExp(AMOUNT.source, 'iy');
/**
 * Every amount's first digit follows no other digit (a number opens the match, after `\b`, or
 * follows its currency) and stands at most this far from the match's start ("USD. 5").
 */
const MAX_CURRENCY_LENGTH = 5;
const NUMBER_START = /(?<!\d)\d/g;

/**
 * The matches of AMOUNT in text order. Rather than trying the pattern at every offset, it is tried
 * only within MAX_CURRENCY_LENGTH before the start of each number, offsets in increasing order and
 * never inside a match found: the same leftmost matches, three to four times faster.
 */
export function detectAmounts(document: SeedDocument): Amount[] {
  const text = document.text;
  const amounts: Amount[] = [];
  let untried = 0;
  NUMBER_START.lastIndex = 0;
  for (let number = NUMBER_START.exec(text); number; number = NUMBER_START.exec(text)) {
    for (let start = Math.max(untried, number.index - MAX_CURRENCY_LENGTH); start <= number.index; start = untried) {
      AMOUNT_AT.lastIndex = start;
      const match = AMOUNT_AT.exec(text);
      untried = match ? start + match[0].length : start + 1;
      if (match) amounts.push({ start, end: untried, text: match[0] });
    }
  }
  return amounts;
}
