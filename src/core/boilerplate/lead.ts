/**
 * The article's first paragraph opens with a dateline: the city in capitals and a dash ("LONDON — To
 * many in Britain …", "CENTENNIAL, Colo.—The alleged gunman …", "AMMAN (Reuters) - Syrian rebels …").
 * News pages print a photo, its caption and related links between it and the rest of the article, so
 * it stands alone above the densest run, where the model reads it as a teaser. No teaser, menu or
 * caption opens so.
 */
import { isProse, type ClassifiedLine } from './classify';

const DATELINE = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})? ?(?:\([^)]{1,30}\) ?)?(?:—|–|--| - )/u;
/** How far above the body the dateline paragraph may stand (a photo, its caption, related links between). */
export const DATELINE_LEAD_REACH = 15;

export function isDatelineLead(line: ClassifiedLine): boolean {
  return isProse(line) && line.features.endsSentence && DATELINE.test(line.features.text);
}
