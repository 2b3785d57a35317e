/**
 * Word lists the tagger reads as features (features.ts), so that what the training text never
 * wrote still carries: a company's legal form ("Acme Widgets Ltd"), a country or a city the
 * runtime knows, and a country's demonym ("Ukrainian"), which is not a place. The model learns
 * how much each is worth; no rule here decides a name.
 */
import { timeZoneCities } from './cities';
import { COUNTRIES } from './countries';

/** Legal forms and group words that close a company's name, lower-cased, without dots. */
const COMPANY_FORMS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'nv', 'bv',
  'sa', 'spa', 'srl', 'pty', 'bhd', 'oyj', 'asa', 'holdings', 'group',
]);

/** Endings that make a demonym of a country's stem ("ukrain|ian", "chin|ese", "israel|i"). */
const DEMONYM_ENDINGS = ['ian', 'an', 'ese', 'ish', 'i', 'ic', 'ean', 'er'];
/** A demonym shares at least this many leading letters with its country. */
const STEM_MIN = 4;

export type Gazette = 'company' | 'place' | 'demonym' | null;

let stems: ReadonlyMap<string, readonly string[]> | undefined;

/** Countries by their first STEM_MIN letters (one-word names only). */
function countryStems(): ReadonlyMap<string, readonly string[]> {
  if (stems) return stems;
  const byStem = new Map<string, string[]>();
  for (const country of COUNTRIES) {
    if (country.includes(' ') || country.length < STEM_MIN) continue;
    const key = country.slice(0, STEM_MIN);
    byStem.set(key, [...(byStem.get(key) ?? []), country]);
  }
  stems = byStem;
  return byStem;
}

/** Which list a lower-cased word (normalizeWord) is on, null for none. */
export function gazetteOf(lower: string): Gazette {
  const bare = lower.endsWith('.') ? lower.slice(0, -1).replace(/\./g, '') : lower;
  if (COMPANY_FORMS.has(bare)) return 'company';
  if (COUNTRIES.has(lower) || timeZoneCities().has(lower)) return 'place';
  return isDemonym(lower) ? 'demonym' : null;
}

/**
 * A country's stem (the country less up to its last three letters, at least STEM_MIN letters)
 * followed by a demonym ending, plural or not: "ukrainian" (ukraine), "chinese" (china), "israelis"
 * (israel), "germans" (germany).
 */
export function isDemonym(lower: string): boolean {
  if (lower.length <= STEM_MIN) return false;
  for (const country of countryStems().get(lower.slice(0, STEM_MIN)) ?? []) {
    const shortest = Math.max(STEM_MIN, country.length - 3);
    for (let stem = country.length; stem >= shortest; stem--) {
      if (!lower.startsWith(country.slice(0, stem))) continue;
      const ending = lower.endsWith('s') ? lower.slice(stem, -1) : lower.slice(stem);
      // The stem alone is a demonym when it cut the country short ("german", "germans").
      if (DEMONYM_ENDINGS.includes(ending) || (ending === '' && stem < country.length)) return true;
    }
  }
  return false;
}
