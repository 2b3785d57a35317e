/**
 * Cricket sides on a scorecard: "Essex 372 and 100-5", "Kent 244 (C. Hooper 58; C. Tolley 4-68)",
 * "Tasmania 481 for eight declared". A county or a state that plays is named like a place or, as
 * "Kent" and "Durham" are also people's names, like a person; the tagger reads it so. An innings'
 * total is written only after a side: a player's score is one number and stands alone ("J. Russell
 * 56 not out"), a bowler's figures are a pair ("4-28"). So a name followed by a total and a second
 * innings ("and 100-5"), the wickets fallen ("for eight") or its batsmen's scores in brackets is the
 * team, and so is every other mention of its form in the document. Countries stay places: CoNLL's
 * labels (like news) call a national side its country.
 */
import { COUNTRIES } from './countries';
import type { RawMention } from './mentions';
import { mentionEnd } from './mentions';

const WICKETS = 'one|two|three|four|five|six|seven|eight|nine|\\d';
/** A total of two or three figures, then a second innings, the wickets or a batsman's name opening a bracket. */
const INNINGS_AFTER = new RegExp(`^ \\d{2,3}(?: and \\d{1,3}(?:-\\d{1,2})?\\b| for (?:${WICKETS})\\b| \\((?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+ \\p{Lu}))`, 'u');
const AFTER = 24;
/** A total after a name anywhere: most documents have none, and then no mention needs a look. */
const ANY_TOTAL = /\p{L} \d{2,3} (?:and|for|\()/u;

/** The mentions with every form an innings follows (INNINGS_AFTER) typed organization, all its mentions alike. */
export function markInningsTeams(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  if (!ANY_TOTAL.test(text)) return mentions;
  const sides = new Set<string>();
  for (const mention of mentions) {
    if (mention.type === 'organization' || COUNTRIES.has(mention.key)) continue;
    if (inningsFollows(text, mentionEnd(mention))) sides.add(mention.key);
  }
  if (sides.size === 0) return mentions;
  return mentions.map((mention) => (sides.has(mention.key) && mention.type !== 'organization' ? { ...mention, type: 'organization' as const } : mention));
}

/** Whether an innings' total (INNINGS_AFTER) follows text[end]: a side's name ends there. */
export function inningsFollows(text: string, end: number): boolean {
  return INNINGS_AFTER.test(text.slice(end, end + AFTER));
}
