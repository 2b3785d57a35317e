/**
 * The headline as the page's structure marks it (header/title.ts: the title-like line over the story's
 * first paragraphs, with a byline or stamp under it or a copy of it nearby). The title the boilerplate
 * is given comes from the metadata's guess, which on scraped pages is often a menu's or a teaser's line
 * ("Turn autoplay off", the first headline of a "Latest Headlines" box): protected as the headline, it
 * stays among the menu it stands in, and the real headline's copies and standfirst go unrecognised.
 * Read before any line is known to be boilerplate, so it costs one pass over the page's head.
 */
import type { SeedDocument } from '../document';
import { headerCues } from '../header/cues';
import { bodyStart, headlineCandidates, pickHeadline } from '../header/title';
import { pageParts } from '../header/window';

const NOTHING_IS_BOILERPLATE = (): boolean => false;

/**
 * The title to protect as the headline: `given` when the header weighs it as a headline candidate too, else the
 * headline the header picks, else `given`.
 */
export function pageHeadline(document: SeedDocument, given: string | null): string | null {
  const lines = pageParts(document).head;
  const { isCue } = headerCues(lines);
  const start = bodyStart(lines, NOTHING_IS_BOILERPLATE);
  const candidates = headlineCandidates(lines, start, NOTHING_IS_BOILERPLATE, isCue);
  // A given title the header would weigh too (a title-like line near the story) stays: the header, which reads
  // the lines this detector flags, may then weigh it otherwise; only a title it would not weigh at all is replaced.
  if (given && candidates.some((candidate) => candidate.text.includes(given.trim()))) return given;
  return pickHeadline(candidates, lines)?.text.trim() ?? given;
}
