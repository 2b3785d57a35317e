import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HeadlineCopies } from '../../src/core/boilerplate/headline';
import { normalizeLine } from '../../src/core/boilerplate/normalize';

test('a later copy of the headline is a duplicate headline; of a title longer than a paragraph, none is looked for', () => {
  const headline = 'Russia Values Special Strategic Partnership With China';
  const copies = new HeadlineCopies(headline);
  assert.equal(copies.kindOf(0, normalizeLine(headline)), null);
  assert.equal(copies.kindOf(5, normalizeLine(headline)), 'duplicate-headline');
  // A text without line breaks is one line its header may take for the title: it is never a page's repeated headline.
  const unbroken = 'May May 2025 '.repeat(100);
  const long = new HeadlineCopies(unbroken);
  assert.equal(long.kindOf(0, normalizeLine(unbroken)), null);
  assert.equal(long.kindOf(5, normalizeLine(unbroken)), null);
});
