/**
 * The standfirst: the sentence or two a news page prints under the headline, above the byline and the
 * photo ("Concerns run of below-inflation wage rises has forced low and middle earners to rely on
 * debt"). It is the article's, but it stands above the densest run, among the menus and share buttons,
 * where the model reads a long line as a teaser; and it often ends without a full stop, and dense in
 * names, so jusText's classes call it bad. Close under the page's headline, a long line that is not a
 * title, furniture, a breadcrumb trail, a note about the writer or a call to the reader ("Get breaking
 * news alerts …", "… See what else made our list") is the standfirst; so is such a line between a title-like
 * line and a byline right above the story, or between a title-like line and the share buttons above it,
 * wherever the headline was guessed (overByline, overShareButtons).
 */
import { isAuthorNote } from './bio';
import type { ClassifiedLine } from './classify';
import { isTitleCase } from './features';
import { isTitleLike } from '../header/title';

/** How many lines after the headline a standfirst may come (a byline or a date between). */
const STANDFIRST_REACH = 4;
/** How many lines the byline may stand above the body's first line (share buttons between). */
const BYLINE_OVER_BODY_REACH = 4;
/** jusText's short-line length: shorter lines under a headline are bylines, dates, labels and slogans ("Sharing is caring!"). */
const STANDFIRST_MIN_LENGTH = 70;
/** "Home / Security / News / …": a site's path to the page, not a sentence. */
const BREADCRUMB = / \/ .* \/ /;
/** A sentence that tells the reader what to do: a promotion's, never a summary of the story. */
const CALL_TO_ACTION = /(?:^|[.!?]\s+)(?:see|get|click|read|watch|listen|sign up|subscribe|follow|join|download|find out|learn)\b/i;

export function isStandfirst(line: ClassifiedLine): boolean {
  const f = line.features;
  return line.kind === null && f.length >= STANDFIRST_MIN_LENGTH && !isTitleCase(f) && !BREADCRUMB.test(f.text) &&
    !CALL_TO_ACTION.test(f.text) && !isAuthorNote(f.text);
}

/**
 * Indices of the standfirst lines above the body's first line: between the headline (`headlineAt`, -1 when
 * none) and the body, over a byline that opens the body (overByline), and over the share buttons (overShareButtons).
 */
export function standfirstLines(lines: readonly ClassifiedLine[], headlineAt: number, bodyFirst: number): number[] {
  const found: number[] = [];
  if (headlineAt >= 0) {
    const end = Math.min(bodyFirst, headlineAt + 1 + STANDFIRST_REACH, lines.length);
    for (let i = headlineAt + 1; i < end; i++) if (isStandfirst(lines[i]!)) found.push(i);
  }
  const over = overByline(lines, bodyFirst);
  if (over >= 0 && !found.includes(over)) found.push(over);
  for (const i of overShareButtons(lines, bodyFirst)) if (!found.includes(i)) found.push(i);
  return found.sort((a, b) => a - b);
}

/**
 * Headline, standfirst, "By Jane Smith | News Service", then the story: a long line between a title-like
 * line and a byline that stands just above the body is the standfirst, wherever the page's headline was
 * guessed (a wrong guess, a menu's or a teaser's line, leaves it unprotected). Under share buttons or a
 * photo's credit instead of a headline, a long line is a caption or a teaser; a date alone signs nothing
 * (dated teaser lists print one over each summary). -1 when none.
 */
function overByline(lines: readonly ClassifiedLine[], bodyFirst: number): number {
  for (let i = bodyFirst - 1; i >= Math.max(2, bodyFirst - BYLINE_OVER_BODY_REACH); i--) {
    const line = lines[i]!;
    if (line.kind !== BYLINE_KIND || !BYLINE.test(line.features.text)) continue;
    return isStandfirst(lines[i - 1]!) && isTitleLike(lines[i - 2]!.features.text) ? i - 1 : -1;
  }
  return -1;
}

/** The kind phrases.ts gives a byline or a date line, and a byline's own words ("By Jane Smith"). */
const BYLINE_KIND = 'byline-furniture';
const BYLINE = /^by\s+\p{Lu}/iu;

/** How far above the body the share buttons under the standfirst may stand (the byline, a date, a photo between). */
const SHARE_OVER_BODY_REACH = 10;
/** The kind phrases.ts gives share buttons ("Share", "Email", "Print"). */
const SHARE_KIND = 'share';

/**
 * Headline, standfirst, then "Share | Tweet this | Email" and the byline over the story: a long line
 * between a title-like line and a share button, not far above the body, is the standfirst wherever the
 * page's headline was guessed. A teaser list's summary stands between its headline and the next
 * teaser's or a date (dated teaser lists), not over the page's share buttons.
 */
function overShareButtons(lines: readonly ClassifiedLine[], bodyFirst: number): number[] {
  const found: number[] = [];
  for (let i = Math.max(1, bodyFirst - SHARE_OVER_BODY_REACH); i < bodyFirst; i++) {
    if (lines[i + 1]?.kind === SHARE_KIND && isStandfirst(lines[i]!) && isTitleLike(lines[i - 1]!.features.text)) found.push(i);
  }
  return found;
}
