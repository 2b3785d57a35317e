/**
 * The headline experiment's features of each candidate (scripts/train-header.ts): the rules' measures
 * and score (`headlineCandidates`), whether the rules pick it, and general measures the rules do not
 * use: its rank among the candidates, its shape, a stamp or byline above it, its copies in the page,
 * a menu around it, prose under it. Each names a kind of line, none a site.
 */
import type { Line } from '../src/core/document';
import { isProse, wordCount } from '../src/core/header/text';
import { type MeasuredCandidate, nextFilled } from '../src/core/header/title';

export const HEADLINE_FEATURES = [
  'rule', 'ruleBest', 'distance', 'atBody', 'rank', 'words', 'short', 'titleCase', 'allCaps', 'period', 'question', 'colon', 'digits',
  'overlap', 'cueBelow', 'cueAbove', 'belowBlock', 'signature', 'copied', 'titled', 'boilerplate', 'repeats', 'menuNeighbours', 'proseNext',
] as const;

const LETTER = /\p{L}/u;
const CAPITALIZED = /^\p{Lu}/u;
/** Filled lines on each side looked at for a menu. */
const NEIGHBOURS = 2;
const MENU_ITEM_MAX_WORDS = 3;

const flag = (value: boolean): number => (value ? 1 : 0);

/** The filled lines up to `count` steps away from `index` in the direction `step`. */
function filledAround(lines: readonly Line[], index: number, step: 1 | -1, count: number): number[] {
  const found: number[] = [];
  for (let other = nextFilled(lines, index, step); other >= 0 && other < lines.length && found.length < count; other = nextFilled(lines, other, step)) found.push(other);
  return found;
}

/** One row per candidate, in HEADLINE_FEATURES order, scaled to about [0, 1] so one ridge fits all. */
export function headlineRows(lines: readonly Line[], candidates: readonly MeasuredCandidate[], isHeaderCue: (index: number) => boolean): Float64Array[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.text.trim(), (counts.get(line.text.trim()) ?? 0) + 1);
  const best = candidates.reduce((top, candidate, i) => (candidate.score > candidates[top]!.score ? i : top), 0);
  return candidates.map((candidate, rank) => {
    const m = candidate.measures;
    const text = candidate.text;
    const cased = text.split(/\s+/).filter((word) => LETTER.test(word));
    const above = filledAround(lines, candidate.index, -1, NEIGHBOURS);
    const below = filledAround(lines, candidate.index, 1, NEIGHBOURS);
    const neighbours = [...above, ...below];
    return Float64Array.from([
      candidate.score / 4, flag(rank === best), Math.min(m.distance, 24) / 24, flag(m.distance === 0), Math.min(rank, 10) / 10, Math.min(m.words, 30) / 30, flag(m.words <= 3),
      cased.length === 0 ? 0 : cased.filter((word) => CAPITALIZED.test(word)).length / cased.length, flag(LETTER.test(text) && text === text.toUpperCase()),
      flag(m.period), flag(/[?!]\s*$/.test(text)), flag(text.includes(':')), flag(/\d/.test(text)),
      m.overlap, flag(m.cueBelow), flag(above.some(isHeaderCue)), flag(m.belowBlock), flag(m.signature), flag(m.copied), flag(m.titled), flag(m.boilerplate),
      Math.min(counts.get(text)! - 1, 3) / 3,
      neighbours.length === 0 ? 0 : neighbours.filter((other) => wordCount(lines[other]!.text) <= MENU_ITEM_MAX_WORDS).length / neighbours.length,
      flag(below.length > 0 && isProse(lines[below[0]!]!.text)),
    ]);
  });
}

/** A linear score over HEADLINE_FEATURES (no bias: only the order of a page's candidates matters). */
export function rowScore(weights: readonly number[], row: Float64Array): number {
  let score = 0;
  for (let j = 0; j < row.length; j++) score += weights[j]! * row[j]!;
  return score;
}
