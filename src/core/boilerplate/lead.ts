/**
 * The article's opening paragraphs when they stand apart from the densest run. Two shapes name them:
 * - a dateline: the city in capitals and a dash ("LONDON — To many in Britain …", "CENTENNIAL,
 *   Colo.—The alleged gunman …", "AMMAN (Reuters) - Syrian rebels …"). News pages print a photo, its
 *   caption and related links between it and the rest of the article, so it stands alone above the
 *   densest run, where the model reads it as a teaser. No teaser, menu or caption opens so.
 * - a byline right above them ("By Jane Smith", its date, the paper's name): the story starts under its
 *   byline, and a comments box or a sidebar's teasers between its first paragraphs and the rest leave
 *   them above the densest run. A teaser's summary stands under its own headline, not under a byline.
 */
import type { ArticleSpan } from './body';
import { isProse, type ClassifiedLine } from './classify';

const DATELINE = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})? ?(?:\([^)]{1,30}\) ?)?(?:—|–|--| - )/u;
/** How far above the body the dateline paragraph may stand (a photo, its caption, related links between). */
export const DATELINE_LEAD_REACH = 15;

export function isDatelineLead(line: ClassifiedLine): boolean {
  return isProse(line) && line.features.endsSentence && DATELINE.test(line.features.text);
}

/** The byline's own words; phrases.ts names such a short line `byline-furniture`. */
const BYLINE = /^by\s+\p{Lu}/iu;
const BYLINE_KIND = 'byline-furniture';
/** How far above the body the byline may stand: the first paragraphs, then a sidebar of teasers or a comments box. */
const BYLINE_LEAD_REACH = 25;
/** What may stand between the byline and the first paragraph: its date and the paper's name, or a photo's caption. */
const UNDER_BYLINE_LINES = 2;
/** jusText's short-line length: a shorter line under a byline is a slogan or a label ("Sharing is caring!"). */
const LEAD_MIN_LENGTH = 70;

/** Indices of the paragraphs right under a byline above the body, up to the first line that is not one. */
export function bylineLeadLines(lines: readonly ClassifiedLine[], body: ArticleSpan): number[] {
  const found: number[] = [];
  for (let b = Math.max(0, body.first - BYLINE_LEAD_REACH); b < body.first; b++) {
    const byline = lines[b]!;
    if (byline.kind !== BYLINE_KIND || !BYLINE.test(byline.features.text)) continue;
    let i = b + 1;
    while (i < body.first && i - b <= UNDER_BYLINE_LINES && !isProse(lines[i])) i++;
    for (; i < body.first && isLeadParagraph(lines[i]!); i++) found.push(i);
  }
  return found;
}

/** A paragraph, as the dateline's lead and the lead body.ts takes in: prose that ends its sentence. */
function isLeadParagraph(line: ClassifiedLine): boolean {
  return isProse(line) && line.kind === null && line.features.endsSentence && line.features.length >= LEAD_MIN_LENGTH;
}
