/**
 * Companies written the way today's companies write themselves, which 1996 wire news never showed
 * the tagger: a site's name with its domain ("Moneycontrol.com", "AutoIndustriya.com") and a name
 * of two joined capitalized words ("MarketAxess", "StackAdapt", "WeWork"). A word the tagger left
 * outside any name becomes an organization when
 * - it is a site's name: a capitalized name and a domain ending ("www.dearabby.com" is an address);
 * - or it joins two capitalized words, unless it opens as surnames and given names do ("McDonald",
 *   "DeSantis", "LaToya", "MacArthur", "VanderBilt"), follows another capitalized word (a maker's
 *   product, "Apple AirPods") or is followed by one or a number (a model, "AirPods Pro", "PlayStation 5").
 * Not in lines of capitals, where no word's case says anything.
 */
import { LABELS, mayBeCapital, mayOpenWithCapital } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import { shapeCue } from './wordCues';

const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
const SITE = /^\p{Lu}[\p{L}\d&-]*\.(?:com|net|org|co\.uk|co|io|in|news)$/u;
/** Two joined capitalized words; more are a scraped menu's words run together ("HomeNewsBusinessMarkets"). */
const JOINED = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
/** Openings of surnames and given names with a capital inside ("McCain", "DeAndre", "O'Neill" has an apostrophe). */
const NAME_OPENING = /^(?:Mc|Mac|De|Da|Di|Du|La|Le|Lo|Ja|Ke|Ty|Van|Von|Ben|Al|El)\p{Lu}/u;
const CAPITALIZED_OR_NUMBER = /^[\p{Lu}\d]/u;
const COMPANY_SHAPED = shapeCue(isCompanyShaped);

/** The lines with site names and joined-capitals companies outside any name labelled organizations (labels copied where changed). */
export function markWebCompanies(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    if (line.style === 'caps' || (line.cues.line & COMPANY_SHAPED) === 0) return line;
    let labels: Uint8Array | null = null;
    line.tokens.forEach((token, index) => {
      if (line.labels[index] !== 0 || (line.cues.words[index]! & COMPANY_SHAPED) === 0 || !isCompanyForm(line.tokens, index, token)) return;
      labels ??= line.labels.slice();
      labels[index] = ORGANIZATION_BEGIN;
    });
    return labels ? { ...line, labels } : line;
  });
}

/** A site's name, or two joined capitalized words that do not open as a person's names do, wherever they stand. */
function isCompanyShaped(word: string): boolean {
  // Both patterns open with a capital, and a site's name holds a period: most words fail here, before any pattern runs.
  if (!mayOpenWithCapital(word)) return false;
  if (word.includes('.') && SITE.test(word)) return true;
  return hasCapitalInside(word) && JOINED.test(word) && !NAME_OPENING.test(word);
}

/** A company-shaped word that is a site's name, or joined capitals with no maker's name before them and no model after. */
function isCompanyForm(tokens: readonly Token[], index: number, token: Token): boolean {
  if (token.text.includes('.') && SITE.test(token.text)) return true;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const productBefore = before !== undefined && token.start - before.end === 1 && CAPITALIZED_OR_NUMBER.test(before.text);
  const modelAfter = after !== undefined && after.start - token.end === 1 && CAPITALIZED_OR_NUMBER.test(after.text);
  return !productBefore && !modelAfter;
}

/** False when no character after the first can be a capital (all ASCII, none A-Z): JOINED needs one, and most capitalized words fail here. */
function hasCapitalInside(word: string): boolean {
  for (let index = 1; index < word.length; index++) {
    if (mayBeCapital(word.charCodeAt(index))) return true;
  }
  return false;
}
