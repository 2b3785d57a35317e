/**
 * The reviewer's corrections (kept in `.sourcereview.yaml`, read by the callers), applied to what
 * the detectors found: no engine is always right, and a fix made once must hold in every view.
 * - `notNames`: texts that are no name; a mention goes when its text or its canonical form is one.
 * - `nameTypes`: the type a name has, by text or canonical form.
 * - `aliases`: a canonical form and the other forms of the same entity; a mention written in, or
 *   linked by the engine to, one of those forms takes the canonical form.
 * - `notBoilerplate`: normalized lines (see normalizeLine) that are the article's; a region made of
 *   such lines only is not boilerplate.
 * Texts compare with case, spacing and apostrophe style ignored, as a reviewer types them.
 */
import { normalizeLine } from './boilerplate/normalize';
import type { BoilerplateRegion, NameMention, NameType, Quote } from './types';

export interface Corrections {
  notNames?: readonly string[];
  nameTypes?: Readonly<Record<string, NameType>>;
  aliases?: Readonly<Record<string, readonly string[]>>;
  notBoilerplate?: readonly string[];
}

export const NAME_TYPES: readonly NameType[] = ['person', 'organization', 'place'];

/** The form in which a reviewer's text and a mention's text are compared. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The names with the reviewer's corrections applied; the same array when there are none. */
export function correctNames(names: NameMention[], corrections: Corrections | undefined): NameMention[] {
  if (!corrections || !hasNameCorrections(corrections)) return names;
  const canonicalOf = aliasTable(corrections.aliases ?? {});
  const notNames = new Set((corrections.notNames ?? []).map(nameKey));
  const types = new Map(Object.entries(corrections.nameTypes ?? {}).map(([text, type]) => [nameKey(text), type]));
  const corrected: NameMention[] = [];
  for (const mention of names) {
    const canonical = canonicalOf.get(nameKey(mention.text)) ?? canonicalOf.get(nameKey(mention.canonical)) ?? mention.canonical;
    const keys = [nameKey(mention.text), nameKey(canonical)];
    if (keys.some((key) => notNames.has(key))) continue;
    const type = types.get(keys[1]!) ?? types.get(keys[0]!) ?? mention.type;
    corrected.push(canonical === mention.canonical && type === mention.type ? mention : { ...mention, canonical, type });
  }
  return corrected;
}

/** Quotes whose speakers are called as the corrected names call them: merged by an alias, or none when no name. */
export function correctSpeakers(quotes: Quote[], corrections: Corrections | undefined): Quote[] {
  if (!corrections || !hasNameCorrections(corrections)) return quotes;
  const canonicalOf = aliasTable(corrections.aliases ?? {});
  const notNames = new Set((corrections.notNames ?? []).map(nameKey));
  return quotes.map((quote) => {
    if (quote.speaker === null) return quote;
    const key = nameKey(quote.speaker);
    const speaker = notNames.has(key) ? null : (canonicalOf.get(key) ?? quote.speaker);
    return speaker === quote.speaker ? quote : { ...quote, speaker };
  });
}

/** The regions that are not wholly made of lines the reviewer marked "Not boilerplate". */
export function keepBoilerplate(regions: BoilerplateRegion[], text: string, corrections: Corrections | undefined): BoilerplateRegion[] {
  const excepted = new Set((corrections?.notBoilerplate ?? []).map(normalizeLine));
  if (excepted.size === 0) return regions;
  return regions.filter((region) => {
    const lines = regionLines(text, region);
    return lines.length === 0 || !lines.every((line) => excepted.has(line));
  });
}

/** Normalized non-blank lines of a region of `text`: what "Not boilerplate" records. */
export function regionLines(text: string, region: BoilerplateRegion): string[] {
  return text
    .slice(region.start, region.end)
    .split(/\r\n|\r|\n/)
    .map(normalizeLine)
    .filter((line) => line !== '');
}

function hasNameCorrections(corrections: Corrections): boolean {
  return (corrections.notNames?.length ?? 0) > 0 || Object.keys(corrections.nameTypes ?? {}).length > 0 || Object.keys(corrections.aliases ?? {}).length > 0;
}

/** Each form (the canonical one included) to its canonical form. */
function aliasTable(aliases: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const table = new Map<string, string>();
  for (const [canonical, others] of Object.entries(aliases)) {
    for (const form of [canonical, ...others]) table.set(nameKey(form), canonical);
  }
  return table;
}
