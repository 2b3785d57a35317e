/**
 * The article's sign-off: the credits a news page prints right under the last paragraph ("Associated
 * Press Writer A contributed to this story.", "(Reporting by A; Editing by B)",
 * "Information from: KBKW-AM", "Image courtesy of iStockphoto", "Photo by A/VentureBeat", and the
 * source a blog or a digest took the story from: "Via MacRumors", "— Financial Times"). Article
 * bodies keep them, but they stand after the densest run, among the page's tail, where the model reads
 * them as a footer. Above the article or far below it the same words credit a teaser or a gallery.
 * How to reach the writer ("A can be reached at …") is no credit but a note about the writer (bio.ts),
 * boilerplate in the benchmarks' labels like the writer's bio under the same story.
 */
import type { ClassifiedLine } from './classify';
import type { ArticleSpan } from './body';

const SIGN_OFF = /\bcontributed (?:to )?(?:this|the) (?:story|report|article)\b|^\(?(?:additional )?(?:reporting|editing|writing) by\b|^information from:|\b(?:image|photo|picture)s?\s+(?:credit|courtesy|via|by)\b/i;
/** Credits are short: a longer line naming a photo is a caption telling what it shows. */
const SIGN_OFF_MAX_LENGTH = 160;
/** How many lines under the article's last one its credits may take. */
const SIGN_OFF_REACH = 3;

/** The source credited alone on its line: "Via" or a dash, then a name and nothing else (no date, no handle). */
const SOURCE_CREDIT = /^(?:[Vv]ia\s+|[—–]\s*)\p{Lu}[\p{L}\p{N}.&'’ -]{0,40}$/u;

export function isSignOff(line: ClassifiedLine): boolean {
  const { text, length } = line.features;
  return length <= SIGN_OFF_MAX_LENGTH && (SIGN_OFF.test(text) || SOURCE_CREDIT.test(text));
}

/** Indices of the sign-off lines right under the body. */
export function signOffLines(lines: readonly ClassifiedLine[], body: ArticleSpan): number[] {
  const found: number[] = [];
  if (body.first > body.last) return found;
  const end = Math.min(lines.length, body.last + 1 + SIGN_OFF_REACH);
  for (let i = body.last + 1; i < end; i++) if (isSignOff(lines[i]!)) found.push(i);
  return found;
}
