/**
 * Word lists the tagger reads as features (listsOf), and demonyms: a country's people or language
 * ("Ukrainian", "Israelis", "Chinese") written from the country's name, so that any country of
 * countries.ts yields its demonyms without a list of them.
 */
import { timeZoneCities } from './cities';
import { COUNTRIES } from './countries';
import type { WordList } from './model';

/** Endings that make a demonym of a country's stem ("ukrain|ian", "chin|ese", "israel|i"). */
const DEMONYM_ENDINGS = ['ian', 'an', 'ese', 'ish', 'i', 'ic', 'ean', 'er'];
/** A demonym shares at least this many leading letters with its country. */
const STEM_MIN = 4;

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

/** A demonym that is no country or city of its own ("Ukrainian", not "Jordan" or "Bangui"). */
export function isDemonymOnly(lower: string): boolean {
  return !COUNTRIES.has(lower) && !timeZoneCities().has(lower) && isDemonym(lower);
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

/**
 * The lists a word may be on, in the order of the bits of listsOf: a first name (learned from the
 * training corpora's people, see scripts/train-names-data.ts), a company's legal form, a country, a
 * time-zone city, a demonym (that is no country or city). A list shares what training taught about
 * its frequent words with its rare ones, and with their neighbours: an unknown word after any first
 * name reads as a surname ("Vladimir Putin", one person).
 */
export const LISTS = ['first', 'company', 'country', 'city', 'demonym'] as const;

/** Legal forms and words that end a company's name ("Acme Corp", "Siemens AG", "Carlyle Group"). */
const COMPANY_FORMS = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp', 'gmbh', 'ag', 'sa', 'nv', 'bv',
  'spa', 'ab', 'asa', 'oyj', 'kk', 'pty', 'holdings', 'group',
]);

/** The lists (bits in the order of LISTS) the lower-cased word is on; one-word countries and cities only. */
export function listsOf(lower: string, firstNames: WordList): number {
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return (
    (+firstNames.has(lower)) |
    (+COMPANY_FORMS.has(bare) << 1) |
    (+COUNTRIES.has(lower) << 2) |
    (+timeZoneCities().has(lower) << 3) |
    (+isDemonymOnly(lower) << 4)
  );
}
