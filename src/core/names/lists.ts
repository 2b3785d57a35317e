/**
 * Lists of companies: "clients including Ford, Macy's, Kellogg's, NBC, Fox and others". A list with
 * two or more organizations in it is a list of organizations, so a one-word "person" in it is one too
 * (a shop's name is often its founder's: "Macy's", "Kellogg's"). A possessive with no noun after it,
 * only the list's comma or "and", is part of the company's name. Places stay places: lists of
 * companies also name the cities they work in.
 */
import type { RawMention } from './mentions';
import { mentionEnd, rawMention } from './mentions';

const SEPARATOR = /^(?:['’]s)?(?:,\s(?:and\s)?|\sand\s)$/;
const BARE_POSSESSIVE = /^['’]s(?=,|\sand\b)/;
/** The shortest and the longest text SEPARATOR matches (", " and "'s, and "). */
const SEPARATOR_LENGTH = { min: 2, max: 8 };
const SHORTEST_LIST = 3;
/** Two organizations make a list of them: people in a list are written in full ("Ann Lee, Bo Park"), one-word names are brands. */
const LEAST_ORGANIZATIONS = 2;

/** The mentions with one-word persons in a mostly-organization list retyped organization, a bare possessive joined to the name. */
export function markCompanyLists(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  const result = [...mentions];
  let first = 0;
  for (let index = 1; index <= mentions.length; index++) {
    if (index < mentions.length && separates(text, mentionEnd(mentions[index - 1]!), mentions[index]!.tokens[0]!.start)) continue;
    if (index - first >= SHORTEST_LIST) retypeList(result, first, index, text);
    first = index;
  }
  return result;
}

/** Whether text[start, end) is a list's separator; most text between two names is too long or too short to be one, and is not sliced. */
function separates(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length >= SEPARATOR_LENGTH.min && length <= SEPARATOR_LENGTH.max && SEPARATOR.test(text.slice(start, end));
}

function retypeList(mentions: RawMention[], first: number, end: number, text: string): void {
  const items = mentions.slice(first, end);
  const organizations = items.filter((mention) => mention.type === 'organization').length;
  if (organizations < LEAST_ORGANIZATIONS) return;
  for (let index = first; index < end; index++) {
    const mention = mentions[index]!;
    if (mention.type !== 'person' || mention.tokens.length !== 1) continue;
    const token = mention.tokens[0]!;
    const possessive = BARE_POSSESSIVE.exec(text.slice(token.end, token.end + 8));
    const tokenEnd = token.end + (possessive ? possessive[0].length : 0);
    mentions[index] = rawMention([{ text: text.slice(token.start, tokenEnd), start: token.start, end: tokenEnd }], 'organization', mention.style);
  }
}
