/**
 * Sides named by their place in a sport's tables, where the tagger reads a county or a city as a
 * person or a place. Two kinds of row name the team and nothing else:
 * - a baseball standings row, wins, losses and the winning percentage: "BALTIMORE 71 63 .530 4"
 *   (a golfer's or a runner's row has no percentage);
 * - a cricket side on a scorecard: "Essex 372 and 100-5", "Kent 244 (C. Hooper 58; C. Tolley 4-68)",
 * "Tasmania 481 for eight declared". A county or a state that plays is named like a place or, as
 * "Kent" and "Durham" are also people's names, like a person; the tagger reads it so. An innings'
 * total is written only after a side: a player's score is one number and stands alone ("J. Russell
 * 56 not out"), a bowler's figures are a pair ("4-28"). So a name followed by a total and a second
 * innings ("and 100-5"), the wickets fallen ("for eight") or its batsmen's scores in brackets is the
 * team.
 * Every other mention of a side's form in the document is the team too. Countries stay places: CoNLL's
 * labels (like news) call a national side its country.
 */
import { COUNTRIES } from './countries';
import type { RawMention } from './mentions';
import { mentionEnd } from './mentions';

const WICKETS = 'one|two|three|four|five|six|seven|eight|nine|\\d';
/** A total of two or three figures, then a second innings, the wickets or a batsman's name opening a bracket. */
const INNINGS_AFTER = new RegExp(`^ \\d{2,3}(?: and \\d{1,3}(?:-\\d{1,2})?\\b| for (?:${WICKETS})\\b| \\((?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+ \\p{Lu}))`, 'u');
const AFTER = 24;
/** Wins, losses, perhaps ties, and the winning percentage after a name. */
const STANDING_AFTER = /^ \d{1,3} \d{1,3}(?: \d{1,3})? \.\d{3}\b/;
/** A total or a standing after a name anywhere: most documents have neither, and then no mention needs a look. */
const ANY_ROW = /\p{L} \d{2,3} (?:and|for|\()|\d \.\d{3}\b/u;

/** The mentions with every form a standing or an innings follows typed organization, all its mentions alike. */
export function markTableSides(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  if (!ANY_ROW.test(text)) return mentions;
  const sides = new Set<string>();
  for (const mention of mentions) {
    if (COUNTRIES.has(mention.key)) continue;
    if (sideRowFollows(text, mentionEnd(mention))) sides.add(mention.key);
  }
  if (sides.size === 0) return mentions;
  return mentions.map((mention) => (sides.has(mention.key) && mention.type !== 'organization' ? { ...mention, type: 'organization' as const } : mention));
}

/** Whether a standing (STANDING_AFTER) or an innings' total (INNINGS_AFTER) follows text[end]: a side's name ends there. */
export function sideRowFollows(text: string, end: number): boolean {
  const after = text.slice(end, end + AFTER);
  return STANDING_AFTER.test(after) || INNINGS_AFTER.test(after);
}
