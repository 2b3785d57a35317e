/** Bylines: the article's authors as whole names, from the lines of the page header. */
import { toSeedDocument } from '../document';
import { detectNames, ordinaryNameWords } from '../names';
import { LineMemo } from './lineMemo';

/** A name word: capitalized (or all capitals), or an initial ("C."). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’-]*$|^\p{Lu}\.$|^(?:Jr|Sr)\.$/u;
/** Lower-case particles inside a name ("Ludwig van Beethoven"). */
const PARTICLE = /^(?:van|von|de|del|della|da|di|du|der|den|la|le|bin|al|el|dos|das)$/;
/** "JamesStaff": a word glued to the next by the scraper (not "McCarthy", "MacDonald", "DeAndre"). */
const GLUED = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{3,}.*)$/u;
const NAME_PREFIX = /^(?:Mac|Van|Von|Del|Della|Fitz)$/;
/** Words that make a byline part a job, an organization or a date, not a person. */
const NOT_A_NAME = /^(?:by|staff|writer|writers|reporter|reports|correspondent|contributor|columnist|editor|editors|desk|team|for|associated|reuters|afp|ap|pti|ians|xinhua|published|updated|posted|read|minute|minutes|more|view|follow|share|app|get|the|our|comments?|admin|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;
/**
 * The last word of a news organization's name: after a person's name it closes the name ("Ann Lee Associated Press"),
 * but after one word it names the organization ("By ABC NEWS", "By India Post", "By Us Weekly"), and no person signs.
 */
const OUTLET_WORD = /^(?:news|press|media|times|post|wire|wires|service|services|bureau|agency|agencies|network|magazine|daily|weekly|online|digital|tv|radio)$/i;
const MAX_NAME_WORDS = 4;
/** Short words a heading writes in capitals ("IN ASSOCIATION WITH", "STORY HIGHLIGHTS OF"): never a word of a name. */
const CAPS_FUNCTION_WORD = /^(?:IN|WITH|OF|THE|FOR|TO|AT|ON|AND|FROM|BY|OR|AN|IS)$/;
/** A job that a capitalized word before it names the beat of: "Alan Boyle Science editor", "Ann Lee Senior correspondent". */
const JOB_AFTER_BEAT = /^(?:editor|writer|reporter|correspondent|columnist|contributor)$/i;
/** "NBC's Chuck Todd", "NBC News' Ann Lee": the outlet's possessive before the author's name. */
const OUTLET_POSSESSIVE = /^(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*(?:['’]s|s['’])\s+(?=\p{Lu})/u;
/** A separator that ends the names: "By Fritz Allhoff|Posted Tuesday". */
const NAME_LIST_END = /\s*[|•·]\s*.*$/;

/** The leading whole name of a byline part, or null: it stops at the first word that is not a name word. */
export function leadingName(text: string, minWords = 2): string | null {
  const words: string[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    const glued = GLUED.exec(raw);
    const isGlued = glued !== null && !NAME_PREFIX.test(glued[1]!);
    const word = isGlued ? glued![1]! : raw.replace(/[,;:]$/, '');
    if (OUTLET_WORD.test(word.replace(/\.$/, ''))) return words.length >= Math.max(minWords, 2) ? words.join(' ') : null;
    if (NOT_A_NAME.test(word.replace(/\.$/, ''))) {
      // "Alan Boyle Science editor": the capitalized word before a job is its beat, not a surname.
      if (JOB_AFTER_BEAT.test(word) && /^\p{Ll}/u.test(word) && words.length > minWords && words.length >= 3) words.pop();
      return words.length >= minWords ? words.join(' ') : null;
    }
    if (CAPS_FUNCTION_WORD.test(word)) break;
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
  // "A, B, and C": the serial comma before "and" leaves no part between them.
  for (const raw of list.replace(NAME_LIST_END, '').split(/\s*(?:,\s*and\b|,|;|\band\b|&)\s*/i)) {
    const part = raw.replace(OUTLET_POSSESSIVE, '').replace(HONORIFIC, '');
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
  return names.length === 2 && !/\band\b|&/i.test(list) && list.split(',').length === 2 ? names.slice(0, 1) : names;
}

/** "By Ann Lee", "11/19/2019 by Ann Lee", "October 9, 2018 | by Ann Lee": the names after "by". */
const BY = /(?:^|[\s|/•·-])(?<!(?:photo|photograph|image|illustration|graphic|video|courtesy|photos|images)\s)(?:by|written by|author:?|autora?:)\s+(.+)$/i;
/** "Por Ana Souza", "Par Jean Dupont", "Von Hans Müller": "by" in Portuguese and Spanish, French, German, opening the line. */
const LOCAL_BY = /^\s*(?:por|par|von)\s*:?\s+(?=\p{Lu})(.+)$/iu;
/** Where the label's words open in a BY match. */
const BY_WORDS = /(?:by|written by|author:?|autora?:)\s/i;
const WORD_BEFORE_BY = /(?:^|\s)(\p{L}[\p{L}.'’-]*)\s*$/u;
/**
 * A word right before "by" that leaves the line a byline: a stamp's or a credit's verb ("Posted by", "Story by"), a
 * time ("3 hours ago by", "10:00 am by", "7:10 p.m. ET by"). Any other ("… donated by Asil Nadir", "Polly Peck by
 * Nadir", "Acquired By Rival") makes "by" a word of a sentence, a headline's or a caption's. A separator, a digit or
 * the line's start before "by" leaves it a byline.
 */
const BYLINE_WORD = /^(?:posted|written|published|reported|edited|compiled|contributed|filed|updated|submitted|shared|created|produced|curated|story|words|text|article|report|interview|ago|am|pm|a\.m\.|p\.m\.|et|est|edt|cst|cdt|pst|pdt|gmt|bst|ist|utc|and)$/i;

/** The names after "by" (or its Portuguese, Spanish, French or German word) when the line signs with it. */
function byLabel(text: string): RegExpExecArray | null {
  const clean = text.replace(HANDLES, ' ');
  const by = BY.exec(clean);
  if (by) {
    const word = WORD_BEFORE_BY.exec(clean.slice(0, by.index + by[0].search(BY_WORDS)))?.[1];
    return word === undefined || BYLINE_WORD.test(word) ? by : null;
  }
  return LOCAL_BY.exec(text);
}

/** "Dr. Ann Lee": a title before the name is not part of it. */
const HONORIFIC = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Rev|Sir|Dame)\.?\s+(?=\p{Lu})/u;
/** "Ann Lee Updated Nov 19, 2019": the stamp's label right after the name. */
const NAME_BEFORE_LABEL = /^\s*(.{3,60}?)\s+(?:updated|published|posted)\b/i;
/** "@handle" glued to a byline name. */
const HANDLES = /@\w+/g;
/** "Chris Davies - Nov 19, 2019": a name, a dash or bar, then the rest of the stamp. */
const NAME_BEFORE_STAMP = /^\s*([^|–—-]{3,60}?)\s+[|–—-]\s+\S/;
/** A name, then the link to the author's other stories ("View More Articles", "See all posts"), nothing else. */
const NAME_WITH_AUTHOR_LINK = /^\s*([^,|]{3,40}?)\s*(?:view|see|more|read)\s+(?:more\s+|all\s+)?(?:articles|posts|stories)\s*$/i;
/** A line of a name and one handle, nothing else. */
const NAME_WITH_HANDLE = /^\s*([^@,]{3,40}?)\s+@\w+\s*$/;
/** " in Rome", " in New Delhi" closing a line of names. */
const WRITING_FROM = /\s+in\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s*$/u;
/** "Nishant Kumar @handle": a name line with its social handle. */
const HANDLE = /\s+@\w+.*$/;

/**
 * "Health Industry", "Story Highlights", "Increase Text Size": a section label or a button beside a stamp, written in
 * capitals like a name, but every word of it an ordinary word. A line signed "By" is not tested: it names its author.
 */
function isOrdinaryPhrase(name: string): boolean {
  const commonWords = ordinaryNameWords();
  return name.split(/\s+/).every((word) => commonWords.has(word.toLowerCase()));
}

/**
 * The names model reads the name, alone on a line, as a person's: "Jolie O'Dell" and "Harry J Enten" it does; a
 * place ("New Delhi") or a headline in title case ("Europe Dims German Outlook") it does not.
 */
const personNames = new LineMemo((name: string) => {
  const mentions = detectNames(toSeedDocument(name));
  // "Ana Marie Cox" is read as "Marie Cox": a person's name ending where the name does is enough.
  return mentions.every((mention) => mention.type === 'person');
});

/** Whether the names model reads `name` alone as a person's name. */
export function readsAsPerson(name: string): boolean {
  return personNames.get(name);
}

/** The line signs with a label: "By Ann Lee", "Por Ana Souza", "Author: Ann Lee". */
export function isLabelledByline(text: string): boolean {
  return byLabel(text) !== null;
}

/** Names of an unsigned byline: none when one of them is an ordinary phrase. */
function unsigned(names: string[]): string[] {
  return names.some(isOrdinaryPhrase) ? [] : names;
}

/**
 * "Ann LeeView More Articles": a name with the link to the author's page (glued to it by the scraper) signs the story.
 * Read only in the header zone under the headline: the line alone does not mark the line above it as a headline.
 */
export function authorLinkName(text: string): string | null {
  const linked = NAME_WITH_AUTHOR_LINK.exec(text);
  return linked && leadingName(linked[1]!, 2) === linked[1] ? linked[1]! : null;
}

/**
 * The authors a header line names, or null when the line is no byline. `nearStamp` says that the
 * next or previous line is a date or time stamp: then a line of names alone ("Ann Lee, Reuters") is a byline.
 */
export function bylineAuthors(text: string, nearStamp: boolean, stamp: boolean): string[] | null {
  const by = byLabel(text);
  if (by) {
    const names = withoutCredit(by[1]!, namesIn(by[1]!, 1));
    return names.length > 0 ? names : null;
  }
  if (stamp) {
    const before = NAME_BEFORE_STAMP.exec(text) ?? NAME_BEFORE_LABEL.exec(text);
    const names = before ? unsigned(namesIn(before[1]!, 2)) : [];
    return names.length > 0 ? names : null;
  }
  // "Nishant Kumar @nkumar": a whole name signed with its social handle is a byline without a stamp.
  const signed = NAME_WITH_HANDLE.exec(text);
  if (signed && leadingName(signed[1]!, 2) === signed[1]) return [signed[1]!];
  if (!nearStamp) return null;
  // "Ann Lee in Rome": a correspondent signs with the place they write from.
  const line = text.replace(HANDLE, '').replace(WRITING_FROM, '').trim();
  // Every word before the first comma must belong to a name: "Police said on Monday" is no byline.
  const headWords = line.split(',')[0]!.split(/\s+/).filter((word) => word && word !== 'and' && word !== '&');
  const headNames = namesIn(line.split(',')[0]!, 2);
  if (headNames.join(' ').split(' ').length !== headWords.length) return null;
  const names = unsigned(withoutCredit(line, namesIn(line, 2)));
  return names.length > 0 ? names : null;
}
