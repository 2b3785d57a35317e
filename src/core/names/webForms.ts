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
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';

const ORGANIZATION_BEGIN = LABELS.indexOf('B-organization');
const SITE = /^\p{Lu}[\p{L}\d&-]*\.(?:com|net|org|co\.uk|co|io|in|news)$/u;
/** Two joined capitalized words; more are a scraped menu's words run together ("HomeNewsBusinessMarkets"). */
const JOINED = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
/** Openings of surnames and given names with a capital inside ("McCain", "DeAndre", "O'Neill" has an apostrophe). */
const NAME_OPENING = /^(?:Mc|Mac|De|Da|Di|Du|La|Le|Lo|Ja|Ke|Ty|Van|Von|Ben|Al|El)\p{Lu}/u;
const CAPITALIZED_OR_NUMBER = /^[\p{Lu}\d]/u;

/** The lines with site names and joined-capitals companies outside any name labelled organizations (labels copied where changed). */
export function markWebCompanies(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  return lines.map((line) => {
    if (line.style === 'caps') return line;
    let labels: Uint8Array | null = null;
    line.tokens.forEach((token, index) => {
      if (line.labels[index] !== 0 || !isCompanyForm(line.tokens, index, token)) return;
      labels ??= line.labels.slice();
      labels[index] = ORGANIZATION_BEGIN;
    });
    return labels ? { ...line, labels } : line;
  });
}

function isCompanyForm(tokens: readonly Token[], index: number, token: Token): boolean {
  // Both patterns open with a capital, and a site's name holds a period: most words fail here, before any pattern runs.
  if (!mayOpenWithCapital(token.text)) return false;
  if (token.text.includes('.') && SITE.test(token.text)) return true;
  if (!hasCapitalInside(token.text) || !JOINED.test(token.text) || NAME_OPENING.test(token.text)) return false;
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
