/** Bylines: the article's authors as whole names, from the lines of the page header. */

/** A name word: capitalized (or all capitals), or an initial ("C."). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’-]*$|^\p{Lu}\.$|^(?:Jr|Sr)\.$/u;
/** Lower-case particles inside a name ("Ludwig van Beethoven"). */
const PARTICLE = /^(?:van|von|de|del|della|da|di|du|der|den|la|le|bin|al|el|dos|das)$/;
/** "JamesStaff": a word glued to the next by the scraper (not "McCarthy", "MacDonald", "DeAndre"). */
const GLUED = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{3,}.*)$/u;
const NAME_PREFIX = /^(?:Mac|Van|Von|Del|Della|Fitz)$/;
/** Words that make a byline part a job, an organization or a date, not a person. */
const NOT_A_NAME = /^(?:by|staff|writer|writers|reporter|reports|correspondent|contributor|columnist|editor|editors|desk|team|news|press|media|times|post|wire|wires|service|services|bureau|agency|agencies|network|magazine|daily|online|digital|tv|radio|published|updated|posted|read|minute|minutes|more|view|follow|share|app|get|the|our|comments?|admin|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;
const MAX_NAME_WORDS = 4;

/** The leading whole name of a byline part, or null: it stops at the first word that is not a name word. */
export function leadingName(text: string, minWords = 2): string | null {
  const words: string[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    const glued = GLUED.exec(raw);
    const isGlued = glued !== null && !NAME_PREFIX.test(glued[1]!);
    const word = isGlued ? glued![1]! : raw.replace(/[,;:]$/, '');
    if (NOT_A_NAME.test(word.replace(/\.$/, ''))) return words.length >= minWords ? words.join(' ') : null;
    if (PARTICLE.test(word) && words.length > 0) {
      words.push(word);
      continue;
    }
    if (!NAME_WORD.test(word)) break;
    words.push(word);
    if (isGlued || words.length === MAX_NAME_WORDS || /[,;:]$/.test(raw)) break;
  }
  while (words.length > 0 && PARTICLE.test(words[words.length - 1]!)) words.pop();
  return words.length >= minWords ? words.join(' ') : null;
}

/** Names listed in a byline: "Anna Smith, John Doe and Ann Lee", up to the first part that is not a name. */
function namesIn(list: string, minWords: number): string[] {
  const names: string[] = [];
  for (const part of list.split(/\s*(?:,|;|\band\b|&)\s*/)) {
    const name = leadingName(part, minWords);
    // After the first name, a part with more than a name is a job or a desk ("Ap National Political Writer").
    if (!name || (names.length > 0 && name !== part.trim())) break;
    if (!names.includes(name)) names.push(name);
    // A part with more than a name ends the list: "Mike Wall 2019-11-18 Science & Astronomy".
    if (name !== part.trim()) break;
  }
  return names;
}

/** "Ann Lee, Harbour Gazette": a second part after a comma, with no "and" in the list, is the desk or outlet. */
function withoutCredit(list: string, names: string[]): string[] {
  return names.length === 2 && !/\band\b|&/.test(list) && list.split(',').length === 2 ? names.slice(0, 1) : names;
}

/** "By Ann Lee", "11/19/2019 by Ann Lee", "October 9, 2018 | by Ann Lee": the names after "by". */
const BY = /(?:^|[\s|/•·-])(?<!(?:photo|photograph|image|illustration|graphic|video|courtesy|photos|images)\s)(?:by|written by|author:?)\s+(.+)$/i;
/** "@handle" glued to a byline name. */
const HANDLES = /@\w+/g;
/** "Chris Davies - Nov 19, 2019": a name, a dash or bar, then the rest of the stamp. */
const NAME_BEFORE_STAMP = /^\s*([^|–—-]{3,60}?)\s+[|–—-]\s+\S/;
/** A line of a name and one handle, nothing else. */
const NAME_WITH_HANDLE = /^\s*([^@,]{3,40}?)\s+@\w+\s*$/;
/** "Nishant Kumar @handle": a name line with its social handle. */
const HANDLE = /\s+@\w+.*$/;

/**
 * The authors a header line names, or null when the line is no byline. `nearStamp` says that the
 * next or previous line is a date or time stamp: then a line of names alone ("Ann Lee, Reuters") is a byline.
 */
export function bylineAuthors(text: string, nearStamp: boolean, stamp: boolean): string[] | null {
  const by = BY.exec(text.replace(HANDLES, ' '));
  if (by) {
    const names = withoutCredit(by[1]!, namesIn(by[1]!, 1));
    return names.length > 0 ? names : null;
  }
  if (stamp) {
    const before = NAME_BEFORE_STAMP.exec(text);
    const names = before ? namesIn(before[1]!, 2) : [];
    return names.length > 0 ? names : null;
  }
  // "Nishant Kumar @nkumar": a whole name signed with its social handle is a byline without a stamp.
  const signed = NAME_WITH_HANDLE.exec(text);
  if (signed && leadingName(signed[1]!, 2) === signed[1]) return [signed[1]!];
  if (!nearStamp) return null;
  const line = text.replace(HANDLE, '').trim();
  // Every word before the first comma must belong to a name: "Police said on Monday" is no byline.
  const headWords = line.split(',')[0]!.split(/\s+/).filter((word) => word && word !== 'and' && word !== '&');
  const headNames = namesIn(line.split(',')[0]!, 2);
  if (headNames.join(' ').split(' ').length !== headWords.length) return null;
  const names = withoutCredit(line, namesIn(line, 2));
  return names.length > 0 ? names : null;
}
