/**
 * A government body named by its portfolios runs on over commas and "and": "Ministry of Environment,
 * Forest and Climate Change", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Federal Ministry
 * of Education and Research". Ministries of India, Korea and Germany are named so, and the tagger,
 * which read few such names in 1996 wire news, ends the name at the first comma or "and" and often
 * takes the last portfolio for a body of its own. A list of portfolios ends with "and" and one
 * more: a comma alone ("Ministry of Finance, Reuters reported") ends the name.
 */
import { isInsideLabel, LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import { isPersonTitle } from './titles';
import type { Token } from './tokenize';
import { listCue } from './wordCues';

const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
const ORGANIZATION_INSIDE = LABELS.indexOf('I-organization');
const BODY_WORDS = new Set(['Ministry', 'Department', 'Bureau', 'Office', 'Agency', 'Secretariat', 'Directorate', 'Commission', 'Committee', 'Council', 'Institute', 'Board', 'Authority', 'Administration']);
const BODY_WORD = listCue(BODY_WORDS);
const CAPITALIZED = /^\p{Lu}\p{Ll}[\p{L}’'-]*$/u;
/** Portfolios after the first, and words in each ("Family Welfare", "Information Technology"). */
const MAX_PORTFOLIOS = 4;
const MAX_PORTFOLIO_WORDS = 3;

/** The lines with each body's name run on over its list of portfolios (labels copied where changed); not in lines of capitals. */
export function joinPortfolios(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    if (line.style === 'caps' || (line.cues.line & BODY_WORD) === 0) return line;
    const labels = line.labels.slice();
    return joinLine(line.tokens, labels) > 0 ? { ...line, labels } : line;
  });
}

/**
 * Joins each body's portfolios in the line's labels; returns the number of bodies whose name grew. A
 * body word before "of" opens an organization where the tagger saw none ("Ministry of Trade, Industry
 * and Energy"); one it read as a person or a place is left.
 */
function joinLine(tokens: readonly Token[], labels: Uint8Array): number {
  let joined = 0;
  for (let index = 0; index + 2 < tokens.length; index++) {
    const of = tokens[index + 1]!.text;
    const label = labels[index]!;
    if (!BODY_WORDS.has(tokens[index]!.text) || (of !== 'of' && of !== 'for') || (label !== 0 && !isOrganizationLabel(label))) continue;
    // The first portfolio: the body's name as the tagger ended it, or its capitalized words.
    let end = index + 2;
    while (end < tokens.length && (label === 0 ? end - index - 2 < MAX_PORTFOLIO_WORDS && CAPITALIZED.test(tokens[end]!.text) : labels[end] === ORGANIZATION_INSIDE)) end++;
    if (end === index + 2) continue;
    const listEnd = portfolioListEnd(tokens, labels, end);
    if (listEnd <= end) continue;
    if (label === 0) labels[index] = ORGANIZATION_BEGIN;
    labels.fill(ORGANIZATION_INSIDE, index + 1, listEnd);
    if (listEnd < labels.length && isInsideLabel(labels[listEnd]!)) labels[listEnd] = labels[listEnd]! - 1;
    joined++;
    index = listEnd - 1;
  }
  return joined;
}

function isPortfolio(tokens: readonly Token[], labels: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if ((labels[index] !== 0 && !isOrganizationLabel(labels[index]!)) || isPersonTitle(tokens[index]!.text)) return false;
  }
  return true;
}

function isOrganizationLabel(label: number): boolean {
  return label === ORGANIZATION_BEGIN || label === ORGANIZATION_INSIDE;
}

/**
 * Where a list of portfolios that starts at token `from` ends: ("," words)* "and" words, each
 * portfolio one to MAX_PORTFOLIO_WORDS capitalized words; `from` when there is none.
 */
function portfolioListEnd(tokens: readonly Token[], labels: Uint8Array, from: number): number {
  let at = from;
  for (let portfolio = 0; portfolio <= MAX_PORTFOLIOS && at < tokens.length; portfolio++) {
    const joiner = tokens[at]!.text;
    if (joiner !== ',' && joiner !== 'and') return from;
    const wordsStart = at + 1;
    let wordsEnd = wordsStart;
    while (wordsEnd < tokens.length && wordsEnd - wordsStart < MAX_PORTFOLIO_WORDS && CAPITALIZED.test(tokens[wordsEnd]!.text)) wordsEnd++;
    if (wordsEnd === wordsStart) return from;
    // "and" closes the list. After two portfolios it is one more whatever the tagger made of it ("Trade, Industry and Energy");
    // after one, a person or a place the tagger named there ("and Delhi"), or a title ("and Minister Ravi Shankar"), is no portfolio.
    if (joiner === 'and') return portfolio > 0 || isPortfolio(tokens, labels, wordsStart, wordsEnd) ? wordsEnd : from;
    at = wordsEnd;
  }
  return from;
}
