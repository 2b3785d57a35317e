import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ABSOLUTE_RULES } from '../../src/core/dates/absolute';
import { NAMED_RULES } from '../../src/core/dates/named';
import { RELATIVE_RULES } from '../../src/core/dates/relative';
import { fitsNumberStart } from '../../src/core/dates/rule';

const NUMBER_RULES = [...ABSOLUTE_RULES, ...NAMED_RULES, ...RELATIVE_RULES].filter((rule) => rule.startsAtNumber);

/** Texts of digits, date separators, ordinals, month names and spaces: the shapes number rules match, and near misses. */
function randomText(seed: number, length: number): string {
  const pieces = ['1', '2', '9', '0', '19', '2025', '1990', '12345', '-', '/', '.', ',', ' ', '\n', '\t', 'st', 'th', 'nd', 'rd', 's', "'", '’', 'May', 'of', 'century', 'Century', '%', 'x',
    ' 29.08.2025', ' 8/29/25', ' 2025-08-29', ' 1990s', " 1980's", ' 20th century', ' 8th of May', ' 3 May', ' 7.5.2024'];
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += pieces[state % pieces.length];
  }
  return text;
}

test('a number rule matches only where its number start fits (the shape never hides a match)', () => {
  assert.ok(NUMBER_RULES.length >= 5);
  let matches = 0;
  for (let seed = 1; seed <= 1500; seed++) {
    const text = randomText(seed, 200);
    for (const rule of NUMBER_RULES) {
      const sticky = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y');
      for (let offset = 0; offset < text.length; offset++) {
        if (!/\d/.test(text[offset]!) || (offset > 0 && /\d/.test(text[offset - 1]!))) continue;
        sticky.lastIndex = offset;
        if (!sticky.exec(text)) continue;
        matches++;
        assert.ok(fitsNumberStart(text, offset, rule.startsAtNumber!), `${rule.pattern.source} matches ${JSON.stringify(text.slice(offset, offset + 20))}`);
      }
    }
  }
  assert.ok(matches > 400, `only ${matches} matches: the texts do not exercise the rules`);
});

test('the shape rules out runs of the wrong length and the wrong next character', () => {
  assert.equal(fitsNumberStart('2025-08-29', 0, { min: 4, max: 4, next: '-/' }), true);
  assert.equal(fitsNumberStart('2025 08 29', 0, { min: 4, max: 4, next: '-/' }), false);
  assert.equal(fitsNumberStart('20251', 0, { min: 4, max: 4 }), false);
  assert.equal(fitsNumberStart('1, 2', 0, { min: 1, max: 2, next: 'snrt \t\r\n' }), false);
  assert.equal(fitsNumberStart('8 May', 0, { min: 1, max: 2, next: 'snrt \t\r\n' }), true);
  assert.equal(fitsNumberStart('12', 0, { min: 1, max: 2, next: '/' }), false, 'the text ends after the run');
});
