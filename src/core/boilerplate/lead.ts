/**
 * The article's first paragraph above the densest run. News pages print a photo, its caption,
 * related links or the byline and share buttons between it and the rest of the article, so it stands
 * alone among the furniture, where the model reads it as a teaser. Two shapes name it:
 * - it opens with a dateline: the city in capitals and a dash ("LONDON — To many in Britain …",
 *   "CENTENNIAL, Colo.—The alleged gunman …", "AMMAN (Reuters) - Syrian rebels …"). No teaser, menu or
 *   caption opens so (isDatelineLead);
 * - it is the first prose under the page's headline, with only short lines between (the byline, the date,
 *   share buttons, the outlet's name, a teaser's title): the lead, and the paragraphs right under it
 *   (headlineLeadLines). A teaser's summary stands under its own title, further down, after other prose.
 */
import { isProse, type ClassifiedLine } from './classify';
import { isStandfirst } from './standfirst';

const DATELINE = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})? ?(?:\([^)]{1,30}\) ?)?(?:—|–|--| - )/u;
/** How far above the body the dateline paragraph may stand (a photo, its caption, related links between). */
export const DATELINE_LEAD_REACH = 15;

export function isDatelineLead(line: ClassifiedLine): boolean {
  return isProse(line) && line.features.endsSentence && DATELINE.test(line.features.text);
}

/**
 * How many lines under the headline the lead may stand: a byline, a date, a row of share buttons
 * ("Text Size", "Print", "E-mail", "Reprints") and the outlet's name fill about ten.
 */
export const HEADLINE_LEAD_REACH = 12;

/**
 * The lead's lines: the first prose line under the headline (`headlineAt`, -1 when none) within
 * HEADLINE_LEAD_REACH and above the body, when it is a full sentence of the standfirst's kind (no call to
 * the reader, no note about the writer, not a title), and the lines of such prose right under it.
 */
export function headlineLeadLines(lines: readonly ClassifiedLine[], headlineAt: number, bodyFirst: number): number[] {
  if (headlineAt < 0) return [];
  const end = Math.min(bodyFirst, headlineAt + 1 + HEADLINE_LEAD_REACH);
  let i = headlineAt + 1;
  while (i < end && !isProse(lines[i])) i++;
  const found: number[] = [];
  if (i >= end) return found;
  for (; i < bodyFirst && isLeadParagraph(lines[i]!); i++) found.push(i);
  return found;
}

function isLeadParagraph(line: ClassifiedLine): boolean {
  return isProse(line) && line.features.endsSentence && isStandfirst(line);
}
