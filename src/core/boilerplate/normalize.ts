/**
 * The form in which lines are compared: with each other (a repeated headline), with the phrase
 * list, and across the documents of a collection (`repeatedLines`). Case, punctuation and spacing
 * vary between copies of the same furniture line, so none of them counts.
 */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const NOT_ASCII_WORD = /[^a-z0-9]+/g;

export function normalizeLine(text: string): string {
  // The same result for ASCII text, several times faster: most lines are ASCII.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_WORD, ' ').trim();
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, ' ').trim();
}
