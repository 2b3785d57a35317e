/**
 * The outlet: the site or publication whose page the document is. Candidates come from the
 * copyright line, the logo and account lines ("Follow X", "Search X", "X homepage"), domain-like
 * tokens ("Cleveland.com") and the site naming itself ("X's editorial team"); the candidate the
 * page supports most, counting how many lines name it, wins.
 */
import { ownText, type SeedDocument } from '../document';
import { isAgency } from '../metadata';
import { LineMemo } from './lineMemo';
import { fullForm, spelledOut } from './shortForm';
import { hasMoreWords, wordCount } from './text';

const COPYRIGHT = /©|ⓒ|\(c\)|\bcopyright\b/i;
/** Legal and corporate tails of a copyright holder: the outlet's name stands before them. */
const LEGAL_TAIL = /[,\s]+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Pty|Pvt\.?|Private|Corp\.?|Corporation|Co\.|GmbH|S\.A\.|plc|AG)\b.*$/i;
/** A holder named as a company (a parent group rather than the page's own title) weighs less. */
const CORPORATE = /\b(?:Media|Interactive|Communications?|Publishing|Publications|Newspapers|Broadcasting|Holdings|Group|Enterprises|Network|Company)\b/i;
/** A breadcrumb's first crumb: "Harbour Gazette Home / Business / News / …" (a long line, read whole). */
const BREADCRUMB_HOME = /^(.{2,30}?)\s+Home\s*[/>»›|]/;
/** A link that opens with its action on the site: "Follow X", "About X", "Subscribe to X". */
const ACTION_LABEL = /^(?:follow|search|subscribe to|about|contact|more from|advertise on|advertise with|welcome to|why you can trust|want more|sign up for|talk to)\s+(?:all\s+)?(?:the\s+)?(.{2,40}?)[\s:?!.]*$/i;
/** "By Harbour Gazette Staff": the newsroom's byline; its name is of two words or more, or in capitals ("WXYZ"), not "Web Staff". */
const NEWSROOM_BYLINE = /^(?:[Bb]y\s+|BY\s+)?(?:[Tt]he\s+)?(?!(?:[Bb]y|BY)\s)((?:\S+\s+)+?\S+|\p{Lu}{3,}|\S+\.[a-z]{2,3})\s+(?:(?:[Ss]taff|STAFF)(?:\s+(?:[Rr]eports?|[Ww]riters?))?|[Nn]ews\s*[Dd]esk|[Nn]ewsroom)$/u;
/** A site's own lines: its logo, account and service links name it. */
const SITE_LABELS = [
  ACTION_LABEL,
  /^(?:visit\s+|go to\s+)?(.{2,40}?)(?:['’]s)?\s+(?:homepage|home page|newsletters?|store|archives|worldwide|main menu|online:?)\b/i,
  // The author's note names the site they write for: "Ann Lee is a reporter at X", "Ann currently works as a writer for X".
  /\b(?:(?:is|works as) a (?:\w+ )?(?:reporter|writer|editor|columnist|correspondent) (?:for|at)|this article has not been edited by|originally published on)\s+(?:the\s+)?(.{2,40}?)(?:['’]s\b|[.,]|$)/i,
  /^(.{2,30}?)['’]s editorial (?:team|staff|board|standards)/i,
  BREADCRUMB_HOME,
  // The site's own app offered to the reader: "Harbour Gazette for iPhone - get the app now!".
  /^(.{2,30}?)\s+for\s+(?:iPhone|iPad|iOS|Android|Windows(?: Phone)?|BlackBerry|webOS|Kindle|Nokia|Symbian)\b.*\bapps?\b/i,
  // The site's newsroom signing a story: "By Harbour Gazette Staff", "Harbour Gazette News Desk".
  NEWSROOM_BYLINE,
  // The site named with its publisher: "Harbour Gazette is published by …".
  /^(.{2,30}?)\s+is (?:published|owned|operated) by\b/i,
  // The logo's alternative text: "Harbour Gazette logo".
  /^(?:the\s+)?(.{2,30}?)\s+(?:logo|masthead)$/i,
  // The reader's account on the site: "Already registered with The Verge? Log in!", "Create a new Harbour Gazette account".
  /^(?:»\s*)?(?:already registered (?:with|at|on)\s+(.{2,30}?)\?|create an? (?:new\s+|free\s+)?(.{2,30}?)\s+account\b)/i,
];
const DOMAIN = /\b(?:www\.)?(\p{L}[\p{L}\d-]{2,}(?:\.[a-z]{2,3})?\.(?:com|net|org|co|kz|in|uk|br|au|ca|de|fr|it|es|ru|jp|kr|ng|ph|info|news))\b(?![@\w]|\.\w)/giu;
/** The end every DOMAIN match has: a line without it holds no domain, and the costlier pattern is not run. */
const DOMAIN_END = /\.(?:com|net|org|co|kz|in|uk|br|au|ca|de|fr|it|es|ru|jp|kr|ng|ph|info|news)\b/iu;
const WEB_SUFFIX = /\.(?:com|net|org|co)(?:\.[a-z]{2})?$/i;
const SHORT_LINE_WORDS = 10;
/** "@HarbourGazette": a social handle, alone, in a brand's letters. */
const HANDLE = /^@\p{Lu}[\p{L}\d]*$/u;
/** The bar between the links of a footer's row. */
const LINK_ROW = /\s+[|•·]\s+/;
/** Words of site furniture that name no site ("About Us", "Back To Top", "Most recent", "RSS feeds", "Email Newsletters"; "Search All X" names X). */
const GENERIC_WORD = /^(?:us|me|our|we|you|to|top|back|more|most|recent|latest|rss|feeds?|mailing|list|page|home|help|all|editorial|news|the|a|an|of|and|in|on|for|online|newsletters?|store|our|e-?mail|mail|alerts)[.:!?]*$/i;
/** Mail and social hosts named on every page are never its outlet. */
const THIRD_PARTY = /^(?:facebook|twitter|instagram|youtube|google|linkedin|pinterest|whatsapp|reddit|tumblr|apple|amazon|microsoft|wikipedia|gmail|yahoo|outlook|disqus|wordpress|blogspot|tiktok|flipboard)\./i;

type Cue = 'copyright' | 'label' | 'domain' | 'header' | 'logo' | 'wire' | 'title';

interface Candidate {
  name: string;
  weights: Map<Cue, number>;
}

/** Each line naming a candidate supports it a little, up to a bound (a menu may repeat a section's name). */
const MENTION_WEIGHT = 0.15;
const MENTIONS_AT_MOST = 12;
const AGREEMENT_BONUS = 1;
/** The site credited in the article's own dateline or byline speaks for this page more than a footer does. */
const HEADER_WEIGHT = 2.5;
/** Labels add up (a site names itself in several links); the other cues count once, at their best. */
const LABELS_AT_MOST = 3;
/** A name, a separator, then a span of years opening the line: the copyright line's shape without "©". */
const YEARS_HOLDER = /^(\p{Lu}[^·|•]{1,40}?)\s+[·|•–—-]\s+(?:19|20)\d{2}\s*[-–]?\s*(?:19|20)\d{2}(?!\d)/u;
/** Every YEARS_HOLDER match holds such a year: most lines hold none, and the costlier pattern is not run. */
const CENTURY_YEAR = /(?:19|20)\d{2}/;
/**
 * The wire-style dateline opening a story: "(CNN) -- ", "DETROIT (WXYZ) — ". The name in parentheses is the newsroom
 * that filed it; on a news agency's story ("(AP) —") that is the agency, which is no outlet and is skipped.
 */
const WIRE_DATELINE = /^(?:\p{Lu}[\p{L}.,']*(?: [\p{Lu}][\p{L}.,']*){0,3}\s)?\((\p{Lu}[\p{L}\d.&]{1,20}(?: \p{Lu}[\p{L}\d.]+){0,2})\)\s*(?:--|[-–—])\s/u;
/** The dateline opens the story's first paragraph, not a headline or a caption ("Song (Remix) - Artist"). */
const WIRE_PARAGRAPH_WORDS = 12;
/** "Harbour Gazette. All rights reserved.", "2019 Harbour Gazette LLC All Rights Reserved", "Harbour Gazette 2019. All rights reserved.": the holder opening a rights line without a mark. */
const RIGHTS_HOLDER = /^(?:(?:19|20)\d{2}\s+)?(\p{Lu}[^|•]{1,40}?)(?:,?\s+(?:19|20)\d{2})?[.,™]?\s+all rights reserved\b/iu;
/** Weaker than a marked copyright line: a span of years may also date a project or an event. */
const UNMARKED_COPYRIGHT_WEIGHT = 1.5;
/** The copyright mark opening its line ("© 2019 X"), not a data or photo credit inside a line. */
const COPYRIGHT_AT_START = /^\W{0,3}(?:copyright|©|ⓒ|\(c\))/i;

/** The page's title line names the site beside its headline ("Headline | Site"): as a copyright line does. */
const TITLE_SITE_WEIGHT = 2;
/** "Follow all Future Tense articles", "Follow the Technology section": a label naming a section of the site, not the site. */
const SECTION_NAME = /\s(?:articles|section|stories|posts|topics?|coverage|columns?|blogs?)$/i;

/** A service of the site named after it: "X newsletter", "X by email", "X app". */
const SERVICE_AFTER_NAME = /\s+(?:(?:by|via)\s+)?(?:newsletters?|alerts?|apps?|e-?mails?|digest|briefing)$/i;
/** The network a link follows the site on: "Follow Harbour Gazette on Twitter" names Harbour Gazette. */
const NETWORK_AFTER_NAME = /\s+on\s+(?:twitter|facebook|instagram|youtube|linkedin|pinterest|tiktok|threads|flipboard|telegram|whatsapp|x)$/i;

/** The site's newsroom a byline names ("By Harbour Gazette Staff" -> "Harbour Gazette"), null for a person's byline. */
export function newsroomOf(byline: string): string | null {
  return NEWSROOM_BYLINE.exec(byline.trim())?.[1] ?? null;
}

/**
 * Lines kept at most: the outlet reads the page's head and tail, several hundred lines of a long page (the memo
 * starts again when full, so it must hold a whole page to keep any of it for the next analysis).
 */
const PROPOSAL_LINES = 2_000;
/** Most lines propose nothing: they share one empty list. */
const NO_PROPOSALS: readonly Proposal[] = [];

/** A name a line proposes, in the form `add` keeps: cleaned, with the key candidates are merged by. */
interface Proposal {
  name: string;
  key: string;
  cue: Cue;
  weight: number;
}

/**
 * The names a line proposes by its own text (copyright, labels, domains), in the order they are counted. A pure reading
 * of the line, kept for the lines that come back: every analysis reads every line of the page's head and tail, and an
 * edited page is analysed again with most of its lines unchanged.
 */
const lineProposals = new LineMemo(readProposals, undefined, PROPOSAL_LINES);

/** A name as `add` keeps it (cleaned, with its key), or null when too little of it is left to name a site. */
function proposalOf(raw: string, cue: Cue, weight: number): Proposal | null {
  const name = cleanName(raw);
  const key = name ? outletKey(name) : '';
  return name && key.length >= 2 ? { name, key, cue, weight } : null;
}

function readProposals(raw: string): readonly Proposal[] {
  const text = raw.trim();
  if (!text) return NO_PROPOSALS;
  const proposals: Proposal[] = [];
  const propose = (rawName: string, cue: Cue, weight: number) => {
    const proposal = proposalOf(rawName, cue, weight);
    // A copy: a kept line's names outlive the page, whose text a slice of it would hold.
    if (proposal) proposals.push({ ...proposal, name: ownText(proposal.name) });
  };
  const readLabel = (label: RegExp, part: string) => {
    // The name is the pattern's one filled group; a lone handle written as a brand ("Follow @HarbourGazette") names
    // the site without its "@" (not "@Desk_News or #tag": a desk's handle or a campaign).
    const group = label.exec(part)?.slice(1).find((filled) => filled !== undefined);
    // "Sign up for the Harbour Gazette newsletter": the site's service named after the site.
    const name = group && HANDLE.test(group) ? group.slice(1) : group?.replace(NETWORK_AFTER_NAME, '').replace(SERVICE_AFTER_NAME, '');
    if (name && !name.startsWith('@') && isNameShaped(name) && !SECTION_NAME.test(name)) propose(name, 'label', 1.5);
  };
  if (COPYRIGHT.test(text)) {
    const holder = copyrightHolder(text);
    // "ScienceAlert Pty Ltd" is the site in its legal form; "Hearst Communications, Inc." is a parent group.
    if (holder) propose(holder, 'copyright', (COPYRIGHT_AT_START.test(text) ? 3 : 1) * (CORPORATE.test(holder.replace(LEGAL_TAIL, '')) ? 0.5 : 1));
  } else {
    // "Harbour Gazette · 2013–2019" or glued "20132019", "Harbour Gazette. All rights reserved.": a footer's rights line without its mark.
    const holder = (CENTURY_YEAR.test(text) ? YEARS_HOLDER.exec(text)?.[1] : undefined) ?? RIGHTS_HOLDER.exec(text)?.[1];
    if (holder && isNameShaped(holder)) propose(holder, 'copyright', UNMARKED_COPYRIGHT_WEIGHT);
  }
  if (!hasMoreWords(text, SHORT_LINE_WORDS) || SITE_LABELS[2]!.test(text) || BREADCRUMB_HOME.test(text)) {
    for (const label of SITE_LABELS) readLabel(label, text);
  }
  // A footer's row of links ("About Harbour Gazette | Contact Us | Donate"): each link that opens with its action
  // is read as a line of its own.
  if (LINK_ROW.test(text)) {
    for (const link of text.split(LINK_ROW)) if (!hasMoreWords(link, SHORT_LINE_WORDS)) readLabel(ACTION_LABEL, link.trim());
  }
  if (!DOMAIN_END.test(text)) return proposals.length > 0 ? proposals : NO_PROPOSALS;
  for (const match of text.matchAll(DOMAIN)) {
    // A link address ("https://www.shop.com") points elsewhere; the site writes its own name without a scheme.
    if (THIRD_PARTY.test(match[1]!) || text.slice(0, match.index).endsWith('//')) continue;
    // A line that is only the domain is the site's logo or home link.
    propose(match[1]!, match[0].length === text.length ? 'label' : 'domain', match[0].length === text.length ? 1.5 : 0.75);
  }
  return proposals.length > 0 ? proposals : NO_PROPOSALS;
}

export function readOutlet(document: SeedDocument, headerCredits: readonly string[], authors: readonly string[] = [], titleSite: string | null = null): string | null {
  const candidates = new Map<string, Candidate>();
  const authorKeys = new Set(authors.map(outletKey));
  const addProposal = ({ name, key, cue, weight }: Proposal) => {
    // The author's own page links ("More from Ann Lee") name a person, not the site.
    if (authorKeys.has(key)) return;
    const candidate = candidates.get(key) ?? { name, weights: new Map<Cue, number>() };
    candidates.set(key, candidate);
    const known = candidate.weights.get(cue) ?? 0;
    candidate.weights.set(cue, cue === 'label' ? Math.min(LABELS_AT_MOST, known + weight) : Math.max(known, weight));
  };
  const add = (raw: string, cue: Cue, weight: number) => {
    const proposal = proposalOf(raw, cue, weight);
    if (proposal) addProposal(proposal);
  };
  // A credit in the byline counts only when the page names it again elsewhere (a category or a weekday does not),
  // or when it is written as a brand ("LinkNaija", "NJ.com"), which no category is.
  // Lower-cased only when a credit or a candidate is to be counted: most news wire and many pages have neither.
  let loweredText: string | undefined;
  const lowered = () => (loweredText ??= document.text.toLowerCase());
  for (const credit of headerCredits) {
    if (isBrandShaped(credit) || occurrences(lowered(), credit.toLowerCase(), 2) >= 2) add(credit, 'header', HEADER_WEIGHT);
  }
  // A section ("Opinion") may stand where the site does: counted as other cues are, by the page's support.
  if (titleSite && isNameShaped(titleSite)) add(titleSite, 'title', TITLE_SITE_WEIGHT);
  let wireSeen = false;
  for (const line of document.lines) {
    // The story's own dateline, the first on the page (later ones open teasers of other stories); named again on the page.
    // Every dateline holds the newsroom's parenthesis: the literal search comes before counting words.
    if (!wireSeen && line.text.includes('(')) {
      const text = line.text.trim();
      const wire = hasMoreWords(text, WIRE_PARAGRAPH_WORDS) ? WIRE_DATELINE.exec(text) : null;
      if (wire) {
        wireSeen = true;
        if (!isAgency(wire[1]!) && occurrences(lowered(), wire[1]!.toLowerCase(), 2) >= 2) add(wire[1]!, 'wire', HEADER_WEIGHT);
      }
    }
    for (const proposal of lineProposals.get(line.text)) addProposal(proposal);
  }
  supportLogo(document, candidates, lowered);
  const best = strongest(candidates, lowered);
  if (best === null) return null;
  // "FP" on the logo and in the links, "Foreign Policy" in the page's own lines: the name in full when the page
  // writes it as often as the short form ("CNN" is the name its pages use, "Cable News Network" its legal form).
  const usedAsOften = (name: string) => occurrences(lowered(), name.toLowerCase(), SPELLED_OUT_COUNT) >= occurrences(lowered(), best.toLowerCase(), SPELLED_OUT_COUNT);
  const names = [...candidates.values()].map((candidate) => candidate.name);
  return spelledOut(best, names, usedAsOften) ?? fullForm(best, document.text);
}

/** Uses of a name and of its short form are compared up to this many. */
const SPELLED_OUT_COUNT = 50;

/** The top lines of a page hold its logo: the first that names a candidate supports it, in the logo's spelling (sister sites follow it). */
const LOGO_LINES = 5;
const LOGO_WEIGHT = 1;
/** Uses of the top lines' names are compared up to this many. */
const LOGO_USES_AT_MOST = 50;

function supportLogo(document: SeedDocument, candidates: Map<string, Candidate>, lowered: () => string): void {
  let seen = 0;
  let logo: { candidate: Candidate; text: string; uses: number } | null = null;
  for (const line of document.lines) {
    const text = line.text.trim();
    if (!text) continue;
    const candidate = isNameShaped(text) ? candidates.get(outletKey(text)) : undefined;
    // A menu word ("Home", "News") is named by no other cue, so the logo line only supports, never proposes.
    // The first name is the logo, but a network's bar may name its parent company, the copyright's holder, above
    // it ("AOL", "Mail", then "Engadget"): then a later name the page uses more often is the site's. (Sister
    // sites listed under the logo hold no copyright of the page, and the logo stays first.)
    const uses = candidate ? occurrences(lowered(), mentionForm(candidate.name), LOGO_USES_AT_MOST) : 0;
    if (candidate && (!logo || (logo.candidate.weights.has('copyright') && uses > logo.uses))) logo = { candidate, text, uses };
    if (++seen === LOGO_LINES) break;
  }
  if (logo) {
    logo.candidate.weights.set('logo', LOGO_WEIGHT);
    logo.candidate.name = logo.text;
  }
}

/** The best-supported candidate: its own weight plus how many lines name it (a page repeats its name). */
function strongest(candidates: Map<string, Candidate>, lowered: () => string): string | null {
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const candidate of candidates.values()) {
    let score = MENTION_WEIGHT * occurrences(lowered(), mentionForm(candidate.name), MENTIONS_AT_MOST);
    for (const weight of candidate.weights.values()) score += weight;
    // Cues of different kinds that agree (the copyright line and the logo line) outweigh one strong cue alone.
    score += AGREEMENT_BONUS * (candidate.weights.size - 1);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best?.name ?? null;
}

/** "Moneycontrol.com" is also written "Moneycontrol": count the name without its web suffix unless that is too short to search. */
function mentionForm(name: string): string {
  const bare = name.replace(WEB_SUFFIX, '').toLowerCase();
  return bare.length >= 5 ? bare : name.toLowerCase();
}

/** One word written as a brand: a capital inside it ("LinkNaija") or a web address ("NJ.com"). */
export function isBrandShaped(text: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*$/u.test(text) || /^\p{L}[\p{L}\d-]+\.[a-z]{2,4}(?:\.[a-z]{2})?$/iu.test(text);
}

/** Counts up to `atMost`: the score stops there, and a long page would otherwise be searched to its end for every candidate. */
function occurrences(text: string, needle: string, atMost: number): number {
  if (needle.length < 2) return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && count < atMost; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** "© 2005-2019 SlashGear, All Rights Reserved." -> "SlashGear". */
export function copyrightHolder(text: string): string | null {
  const holder = text
    .replace(/^.*?(?:©|ⓒ|\(c\)|\bcopyright\b)/i, '')
    .replace(/©|ⓒ|\bcopyright\b/gi, ' ')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b|\b(?:19|20)\d{6}\b/g, ' ')
    .replace(/\s*(?:all rights? res[a-z]*|todos os direitos|unless otherwise|powered by|terms of|privacy).*$/i, '')
    // "© 2019 - Harbour Gazette - All rights reserved": the separator after the years opens no second part.
    .replace(/^[\s|–—-]+/, '')
    .replace(/\s*(?:\||\s[-–—]\s|\.\s|,\s+a\s|;).*$/, '')
    .replace(/^[\s.,:]+|[\s.,:]+$/g, '');
  if (!holder || /[/()]/.test(holder) || wordCount(holder) > 6) return null;
  return holder;
}

function cleanName(raw: string): string | null {
  const name = raw.replace(LEGAL_TAIL, '').replace(/^(?:by|the)\s+(?=\p{Lu})/iu, (word) => (word.toLowerCase().startsWith('the') ? word : '')).replace(/['’]s$/, '').replace(/[\s.,:;!?'’-]+$/, '').trim();
  return name && /\p{L}/u.test(name) ? name : null;
}

/** A bar between words parts the links of a row ("Privacy policy | More Newsletters"): no name holds one. */
const LINK_BAR = /[|•·]/;

/** Capitalized words or a domain: "Dawgs By Nature", "NJ.com"; not a sentence fragment. */
export function isNameShaped(text: string): boolean {
  // Counted first without splitting: every line of the page's top is asked, paragraphs included.
  if (hasMoreWords(text, 5)) return false;
  const words = text.trim().split(/\s+/);
  if (!/^\p{Lu}|^\d/u.test(words[0]!) || words.filter((word) => /^\p{Ll}/u.test(word)).length > 1) return false;
  return !text.includes('/') && !LINK_BAR.test(text) && words.some((word) => /\p{L}{2}/u.test(word) && !GENERIC_WORD.test(word));
}

/** The name as the scorer compares outlets: no leading "The", no punctuation or spaces, lower case, no web suffix. */
function outletKey(name: string): string {
  return name.replace(/^the\s+/i, '').replace(WEB_SUFFIX, '').replace(/[^\p{L}\d]+/gu, '').toLowerCase();
}
