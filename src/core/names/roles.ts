/**
 * A person's role or a share "of" a body is no part of the body's name: "CEO and Founder of Ceres
 * Robotics", "Vice President of Varnox Industries", "Shares of Kesh Holdings". Press releases and
 * business pages capitalize roles, and the tagger then runs the organization's name back over the
 * role to the capital that opens it. Words that are all roles (or "and") before the first "of" come
 * off the name; the body after "of" stays ("Bank of England" opens with no role).
 */
import { rawMention, type RawMention } from './mentions';

const ROLE_WORDS = new Set([
  'founder', 'co-founder', 'cofounder', 'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chair', 'president', 'vice',
  'executive', 'managing', 'director', 'general', 'manager', 'senior', 'chief', 'officer', 'head', 'owner', 'partner',
  'spokesman', 'spokeswoman', 'spokesperson', 'member', 'members', 'professor', 'dean', 'shares', 'stake', 'and', '&',
]);
/** Words before "of" the roles may take ("Senior Vice President and General Manager of"). */
const MAX_ROLE_WORDS = 6;

/** The mentions with organizations opened by roles and "of" cut to the body after "of". */
export function dropRolePrefixes(mentions: readonly RawMention[]): readonly RawMention[] {
  let changed = false;
  const cut = mentions.map((mention) => {
    const at = bodyStart(mention);
    if (at < 0) return mention;
    changed = true;
    return rawMention(mention.tokens.slice(at), mention.type, mention.style, mention.words.slice(at));
  });
  return changed ? cut : mentions;
}

/** Where the body starts after the roles and "of", or -1. */
function bodyStart({ type, words }: RawMention): number {
  if (type !== 'organization') return -1;
  const of = words.indexOf('of');
  if (of < 1 || of > MAX_ROLE_WORDS || of + 1 >= words.length || words[0] === 'and') return -1;
  for (let index = 0; index < of; index++) if (!ROLE_WORDS.has(words[index]!)) return -1;
  // "the" after "of" is the sentence's, not the body's ("President of the Kesh Council").
  return words[of + 1] === 'the' && of + 2 < words.length ? of + 2 : of + 1;
}
