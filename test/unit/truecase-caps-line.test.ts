import assert from 'node:assert/strict';
import test from 'node:test';
import { analyseLine, wordInfoOf } from '../../src/core/names/features';

const common = new Set(['wins', 'in', 'the', 'at']);
const entryOf = (word: string) => ({ info: wordInfoOf(word, common) });

test('a line in capitals is read with each word capitalized as a name is, part by part', () => {
  const line = analyseLine(["O'NEILL-SMITH", 'WINS', 'IN', 'ÉCOLE', 'ΣΟΦΙΑ', 'JEAN-LUC', 'U.S.', 'PTI', 'AT', '2025'], entryOf);
  assert.equal(line.style, 'caps');
  // Common words go to lower case; short words may be acronyms and stay; a letter after a hyphen or
  // an apostrophe opens a part, in any script.
  assert.deepEqual(line.words, ["O'Neill-Smith", 'wins', 'in', 'École', 'Σοφια', 'Jean-Luc', 'U.s.', 'PTI', 'at', '2025']);
});
