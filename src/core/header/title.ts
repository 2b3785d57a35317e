/** The headline: the title-like line that heads the article's first dense prose. */
import type { Line } from '../document';
import { bylineAuthors, isLabelledByline } from './byline';
import { parseFullDate } from './dateline';
import { datedListLines } from './datedList';
import { LineMemo } from './lineMemo';
import { titleLineHeadlines } from './titleCopy';
import { isProse, isTitleCase, readingWords } from './text';

/** How far above the story's first paragraph the headline may stand (standfirst, byline, share bar, caption). */
const HEADLINE_REACH = 24;
const HEADLINE_MAX_WORDS = 30;
/** A headline written as a sentence is short; a story's opening sentence is longer. */
const SENTENCE_HEADLINE_MAX_WORDS = 16;
/** A copy of the headline with the site's name (the page's title line) weighs as a byline under it. */
const TITLE_LINE_WEIGHT = 2;
/** Body lines whose words the headline usually shares. */
const BODY_SAMPLE_LINES = 6;
/** Lists, images and ads break a story; its paragraphs stand at most this many lines apart. */
const PROSE_GAP = 12;

/**
 * Page furniture that is never a headline: skip links, links to the next story, reading time, galleries, credits, breadcrumbs.
 * "Back to top" and "More in Politics" are links by their opening words; inside a line they are a headline's ("… gives back to Africa").
 * A spaced ">" or "/" parts a breadcrumb or a section path ("Infinite Loop / The Apple Ecosystem").
 */
const FURNITURE = /\b(?:(?:skip|jump) to|(?:next|previous) (?:story|article|post)|(?:illustration|graphic|video|photograph) by|copy link|tweet this|sign(?:ed)? (?:in|out|up)|log ?in|you are here|min(?:ute)?s? read|reading time|tempo de leitura|gallery|image \d|enlarge this|photo|getty|reprints?|permissions|view more|read more|click here|advertisement|adchoices)\b|^\W*(?:back to|more in)\b|\bcaption|©|\bcopyright\b|all rights reserved|\bcredit\b|\s[>»›/]\s/i;
/**
 * Words of share bars, sign-up boxes and footers ("Share on Facebook", "Subscribe to our newsletter"): furniture on a
 * short line, but a headline may name them ("Kinvey Adds Facebook Open Graph Integration For Mobile Apps").
 */
const SHORT_LINE_FURNITURE = /\b(?:share|sharing|facebook|twitter|whatsapp|linkedin|e-?mail|print|subscribe|newsletter|comments?|advertise|cookies?|contact us|home page)\b/i;
/** A line of fewer words that holds a share or sign-up word is such a bar or box. */
const FURNITURE_LINE_MAX_WORDS = 7;
/** A link's arrow or a counter closing the line ("Find New »", "Responses (0)"): a link or a label, not a headline. */
const LINK_OR_COUNTER = /[»›]\s*$|\(\d+\)\s*$/;
const BYLINE_START = /^(?:by|von|por|par|updated|published|posted|written|reporting|source|author)\b|\b(?:staff|writer|reporter|correspondent|contributor|columnist)\s*$/i;
/**
 * A caption's credit in parentheses: "(Reed Saxon / Associated Press)", alone or closing the caption's sentence
 * ("Ann Lee scores the winner. (UPI/Bo Park)").
 */
const CREDIT = /^\(.*\/.*\)$|\/\s*(?:getty|reuters|ap|afp)\b|[.!?]["”’]?\s*\([^()]*\/[^()]*\)\s*$/i;
const CONTENT_WORD = /[\p{L}\d]{4,}/gu;
const LETTER = /\p{L}/u;

export interface HeadlineCandidate {
  index: number;
  text: string;
  /** A byline or stamp under it, or a copy of it nearby: the page's structure marks it as the headline. */
  marked: boolean;
}

/** Index of the story's first paragraph: the first prose line outside boilerplate that another prose line soon follows. */
export function bodyStart(lines: readonly Line[], isBoilerplate: (line: Line) => boolean): number {
  // A line is looked at once: the window of following lines overlaps from one prose line to the next.
  const prose: (boolean | undefined)[] = [];
  const isStoryProse = (index: number) => (prose[index] ??= !isBoilerplate(lines[index]!) && isProse(lines[index]!.text));
  let lone = -1;
  for (let index = 0; index < lines.length; index++) {
    if (!isStoryProse(index)) continue;
    if (lone < 0) lone = index;
    for (let next = index + 1; next < lines.length && next <= index + PROSE_GAP; next++) {
      if (isStoryProse(next)) return index;
    }
  }
  return lone;
}

const titleLike = new LineMemo((text) => readTitleLike(text, false));
const signedTitleLike = new LineMemo((text) => readTitleLike(text, true));

/** The heading of a part of the page around the story, alone on its line: "About the author", "Show transcript". */
const SECTION_HEADING = /^\W*(?:about the (?:authors?|writers?|reporters?|columnists?)|(?:show |hide |full |read (?:the )?)?transcript)\W*$/i;

/** A line that may be a headline: a few words, no furniture, byline or date (`signed`: a share word may stand late in it). */
export function isTitleLike(text: string, signed = false): boolean {
  return (signed ? signedTitleLike : titleLike).get(text);
}

function readTitleLike(text: string, signed: boolean): boolean {
  const words = readingWords(text);
  if (words < 2 || words > HEADLINE_MAX_WORDS) return false;
  if (FURNITURE.test(text) || (words <= FURNITURE_LINE_MAX_WORDS && SHORT_LINE_FURNITURE.test(text) && !(signed && namesShareWordLate(text)))) return false;
  if (BYLINE_START.test(text) || CREDIT.test(text) || SECTION_HEADING.test(text) || parseFullDate(text)) return false;
  // A teaser cut short ("…", "..") is a related story's, not the page's headline.
  return !/[:|]$|\.\.\s*$|…\s*$/.test(text) && !LINK_OR_COUNTER.test(text) && LETTER.test(text);
}

/** The page names the line again in another line ("13 Responses to “…”", a related list): a headline, not a bar's label. */
function repeatedElsewhere(lines: readonly Line[], index: number, text: string): boolean {
  return lines.some((line, other) => other !== index && line.text.includes(text));
}

/** A signed headline says more than a share bar. */
const SIGNED_HEADLINE_MIN_WORDS = 5;
/** A share bar or a sign-up box opens with its action or its service ("Share on Facebook", "Email this post", "13 Comments"). */
const SHARE_WORD_OPENS = 2;

/**
 * "Police replace spokesman over Facebook slurs": a short line that names a share or sign-up word only after its
 * opening words; with a byline under it and named again on the page, it is a headline that names a service, not a share bar.
 */
function namesShareWordLate(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= SIGNED_HEADLINE_MIN_WORDS && !SHORT_LINE_FURNITURE.test(words.slice(0, SHARE_WORD_OPENS).join(' '));
}

/** Share of a line's content words (each counted once) that the story's first paragraphs use too. */
function bodyOverlap(lineWords: readonly string[], body: Set<string>): number {
  const words = new Set(lineWords);
  if (words.size === 0) return 0;
  let shared = 0;
  for (const word of words) if (body.has(word)) shared++;
  return shared / words.size;
}

/** What the rules weigh of a headline candidate (scripts/train-header.ts reads them as features too). */
export interface RuleMeasures {
  /** Lines above the story's first paragraph (a related list between not counted). */
  distance: number;
  words: number;
  /** Share of its content words the story's first paragraphs use. */
  overlap: number;
  /** A byline or stamp just below it. */
  cueBelow: boolean;
  /** A byline opening with its label ("By Ann Lee") just below it. */
  signedBelow: boolean;
  /** Under the dateline of a title-like line above it. */
  belowBlock: boolean;
  /** A short name right above the date, or a line of people's names, under a headline: it signs the story. */
  signature: boolean;
  /** Right under a shorter title-like line: a standfirst under its headline. */
  standfirst: boolean;
  /** Right over a longer title-case line: a kicker or label over its headline. */
  kicker: boolean;
  /** The same heading nearby, or a breadcrumb ending with it. */
  copied: boolean;
  boilerplate: boolean;
  /** Ends with a full stop, as a standfirst or a caption does. */
  period: boolean;
  /** The page's title line names it with the site's name. */
  titled: boolean;
}

export interface MeasuredCandidate extends HeadlineCandidate {
  measures: RuleMeasures;
  score: number;
}

/**
 * The words of `lines[from, to)` in one set. Added word by word: `new Set(lines.slice().flat())`
 * cost about 20 µs a document (Array.prototype.flat is slow on small arrays), 1-2 % of a 4 KB seed.
 */
function wordSet(lines: readonly (readonly string[])[], from: number, to: number): Set<string> {
  const words = new Set<string>();
  for (let index = from; index < Math.min(to, lines.length); index++) for (const word of lines[index]!) words.add(word);
  return words;
}

/**
 * Each title-like line above the story, nearest first, measured and scored: a byline or stamp just
 * below it, a copy of it (breadcrumb, repeated heading), words shared with the story, nearness; a boilerplate line loses.
 */
export function headlineCandidates(lines: readonly Line[], body: number, isBoilerplate: (line: Line) => boolean, isHeaderCue: (index: number) => boolean): MeasuredCandidate[] {
  if (body < 0) return [];
  const page = pageReadingOf(lines, isHeaderCue);
  const sample = lines.slice(body, body + 1 + BODY_SAMPLE_LINES * 2).map((_, offset) => page.contentWords(body + offset));
  const bodyWords = wordSet(sample, 0, BODY_SAMPLE_LINES * 2);
  // A headline written as a sentence ("Markets on a high; time to be careful?") reads as the first prose line:
  // its words are compared with the lines after it (needed only when that line is a candidate).
  let afterBody: Set<string> | undefined;
  const afterBodyWords = () => (afterBody ??= wordSet(sample, 1, sample.length));
  // A related-stories list between the header and the story is skipped: its items are not
  // candidates and its lines do not count in the headline's distance from the story.
  const list = datedListLines(lines, body - 3 * HEADLINE_REACH, body, (index) => page.titleLike(index), (index) => page.datedCue(index));
  const candidates: MeasuredCandidate[] = [];
  let distance = -1;
  for (let index = body; index >= 0 && distance < HEADLINE_REACH; index--) {
    if (list.has(index)) continue;
    const text = lines[index]!.text.trim();
    if (!text) continue;
    distance++;
    const layout = page.layout(index);
    if (!layout || (index === body && layout.words > SENTENCE_HEADLINE_MAX_WORDS)) continue;
    const overlap = bodyOverlap(page.contentWords(index), index === body ? afterBodyWords() : bodyWords);
    const measures: RuleMeasures = {
      distance,
      words: layout.words,
      overlap,
      cueBelow: layout.cueBelow,
      signedBelow: layout.signedBelow,
      belowBlock: layout.belowBlock,
      signature: layout.signature,
      standfirst: layout.standfirst,
      kicker: layout.kicker,
      copied: layout.copied,
      boilerplate: isBoilerplate(lines[index]!),
      period: layout.period,
      titled: layout.titled,
    };
    candidates.push({ index, text, marked: measures.titled || measures.cueBelow || measures.copied, measures, score: ruleScore(measures) });
  }
  return candidates;
}

/** The measures of a candidate that the page's lines decide alone, whatever the story's start and the boilerplate. */
type LineLayout = Omit<RuleMeasures, 'distance' | 'overlap' | 'boilerplate'>;

/**
 * What headlineCandidates reads of the page's lines, read once per page: the boilerplate detector
 * looks for the headline before any line is flagged (boilerplate/pageHeadline.ts), the header
 * again after, over the same lines and cues (pageParts and headerCues keep theirs per page); only
 * the story's start, the distances, the overlap and the boilerplate flags may differ between them.
 */
class PageReading {
  private readonly words: (readonly string[] | undefined)[] = [];
  private readonly titleLikes: (boolean | undefined)[] = [];
  private readonly datedCues: (boolean | undefined)[] = [];
  /** Null for a line that is no candidate (not title-like, or a labelled field's value). */
  private readonly layouts: (LineLayout | null | undefined)[] = [];
  private titled: Set<string> | undefined;

  constructor(
    private readonly lines: readonly Line[],
    readonly isHeaderCue: (index: number) => boolean,
  ) {}

  /** The content words of the line, lower-cased, as often as it holds them (not to be changed: they are kept). */
  contentWords(index: number): readonly string[] {
    return (this.words[index] ??= lineContentWords.get(this.lines[index]!.text));
  }

  titleLike(index: number): boolean {
    return (this.titleLikes[index] ??= isTitleLike(this.lines[index]!.text.trim()));
  }

  datedCue(index: number): boolean {
    return (this.datedCues[index] ??= this.isHeaderCue(index) && parseFullDate(this.lines[index]!.text) !== null);
  }

  layout(index: number): LineLayout | null {
    let layout = this.layouts[index];
    if (layout === undefined) {
      layout = this.readLayout(index);
      this.layouts[index] = layout;
    }
    return layout;
  }

  private readLayout(index: number): LineLayout | null {
    const { lines, isHeaderCue } = this;
    const text = lines[index]!.text.trim();
    const below = cueBelow(lines, index, isHeaderCue);
    if (!isTitleLike(text, below && repeatedElsewhere(lines, index, text)) || isLabelledValue(lines, index) || labelsSeriesNearby(lines, index, text)) return null;
    // The page's title line names this headline with the site's name: the page confirms it.
    this.titled ??= titleLineHeadlines(lines.map((line) => line.text));
    return {
      words: readingWords(text),
      cueBelow: below,
      // A byline opening with its label ("By Ann Lee") among them.
      signedBelow: below && cueBelow(lines, index, (next) => isHeaderCue(next) && isLabelledByline(lines[next]!.text)),
      belowBlock: belowHeaderBlock(lines, index, isHeaderCue),
      signature: isSignature(lines, index, text, isHeaderCue),
      standfirst: isUnderShorterHeadline(lines, index, text),
      // A series' name over the story ("X" under "Series: X") is a label over its headline, as a kicker is.
      kicker: isOverLongerHeadline(lines, index, text, isHeaderCue) || seriesNamedNearby(lines, index, text),
      copied: copiedNearby(lines, index, text),
      period: /[.。]\s*$/.test(text),
      titled: this.titled.has(text.toLowerCase()),
    };
  }
}

/**
 * The story's first paragraphs are read for their words on every analysis: kept too, up to a long paragraph,
 * for the few documents being edited (a dozen paragraphs each; their words weigh far more than a test's answer).
 */
const PARAGRAPH_MAX_CHARS = 4_000;
const KEPT_PARAGRAPHS = 64;
const lineContentWords = new LineMemo((text): readonly string[] => text.toLowerCase().match(CONTENT_WORD) ?? [], PARAGRAPH_MAX_CHARS, KEPT_PARAGRAPHS);

const pageReadings = new WeakMap<readonly Line[], PageReading>();

/** The page's reading for these lines and cues: made again when another cue test is given. */
function pageReadingOf(lines: readonly Line[], isHeaderCue: (index: number) => boolean): PageReading {
  let page = pageReadings.get(lines);
  if (page?.isHeaderCue !== isHeaderCue) {
    page = new PageReading(lines, isHeaderCue);
    pageReadings.set(lines, page);
  }
  return page;
}

/** The best-scored candidate (the nearest to the story on a tie) as the page's headline, by `score` (the rules' by default). */
export function pickHeadline(candidates: readonly MeasuredCandidate[], lines: readonly Line[], score: (candidate: MeasuredCandidate) => number = (candidate) => candidate.score): HeadlineCandidate | null {
  let best: MeasuredCandidate | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const candidateScore = score(candidate);
    if (!best || candidateScore > bestScore) {
      best = candidate;
      bestScore = candidateScore;
    }
  }
  return best && withEdition(lines, { index: best.index, text: best.text, marked: best.marked });
}

/** Filled lines around a series name where its dated headline stands. */
const EDITION_REACH = 3;
/** "11.18.19", "2019-11-18", "#42": the issue a series' headline names after the series' name. */
const EDITION = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|#?\d{1,4})$/;

/**
 * "Opening Bell" over "Opening Bell 11.18.19": a dated line is no candidate (it reads as a stamp), but
 * when it is the chosen line followed by an issue date or number, it is the headline and the short one the series' label.
 */
function withEdition(lines: readonly Line[], chosen: HeadlineCandidate): HeadlineCandidate {
  for (const step of [1, -1] as const) {
    let seen = 0;
    for (let other = chosen.index + step; other >= 0 && other < lines.length && seen < EDITION_REACH; other += step) {
      const text = lines[other]!.text.trim();
      if (!text) continue;
      seen++;
      if (text.startsWith(`${chosen.text} `) && EDITION.test(text.slice(chosen.text.length + 1).trim())) return { index: other, text, marked: true };
    }
  }
  return chosen;
}

/**
 * The rules' score, weights set by hand. Learned weights over these measures and more (`npm run train:header`)
 * did no better by cross-validation by site, so the hand-set ones stay.
 */
function ruleScore(m: RuleMeasures): number {
  let score = 2 * m.overlap - 0.08 * m.distance;
  if (m.words >= 4) score += 1;
  if (m.cueBelow) score += 2;
  // Under the dateline of a headline above it, an unmarked title-like line is the standfirst or a subheading.
  else if (m.belowBlock) score -= BELOW_BLOCK_PENALTY;
  // A short name right above the date ("The Coast Desk", "Ann Lee") signs the story: a byline or brand.
  if (m.signature) score -= SIGNATURE_PENALTY;
  if (m.standfirst || m.kicker) score -= BELOW_BLOCK_PENALTY;
  if (m.copied) score += 1.5;
  if (m.boilerplate) score -= 1;
  // A standfirst or caption is a sentence; a headline rarely ends with a full stop.
  if (m.period) score -= 1.5;
  return score + (m.titled ? TITLE_LINE_WEIGHT : 0);
}

/** The next (step 1) or previous (step -1) filled line's index; out of range (-1 or lines.length) when none. */
export function nextFilled(lines: readonly Line[], index: number, step: 1 | -1): number {
  let next = index + step;
  while (next >= 0 && next < lines.length && !lines[next]!.text.trim()) next += step;
  return next;
}

/** Filled lines a standfirst or subheading may stand under the dateline. */
const BLOCK_REACH = 6;
const BELOW_BLOCK_PENALTY = 2;
/** A headline above a dateline has a few words at least; a one-word section label over the date does not head the story. */
const BLOCK_HEADLINE_MIN_WORDS = 4;

/** A dated stamp a few filled lines above, itself under a title-like line: this line comes after the page's header block. */
function belowHeaderBlock(lines: readonly Line[], index: number, isHeaderCue: (index: number) => boolean): boolean {
  let seen = 0;
  for (let stamp = index - 1; stamp >= 0 && seen < BLOCK_REACH; stamp--) {
    if (!lines[stamp]!.text.trim()) continue;
    seen++;
    if (!isHeaderCue(stamp) || parseFullDate(lines[stamp]!.text) === null) continue;
    // The headline stands right over its stamp.
    const above = nextFilled(lines, stamp, -1);
    const text = above < 0 ? '' : lines[above]!.text.trim();
    return readingWords(text) >= BLOCK_HEADLINE_MIN_WORDS && isTitleLike(text);
  }
  return false;
}

/** A headline over its standfirst has a few words at least (a section label over the headline does not count). */
const STANDFIRST_HEADLINE_MIN_WORDS = 5;
/** "Infinite Loop / The Apple Ecosystem": labels joined by a separator are a breadcrumb or a section's name, no headline. */
const SEPARATED_LABELS = /\s[/|]\s/;
/** A standfirst says more than its headline. */
const STANDFIRST_MIN_RATIO = 1.25;

/**
 * A line in sentence case right under a title-like line clearly shorter than it: the standfirst that follows its headline.
 * A title-case line under a shorter one is rather a headline under a label ("Most Recent Stories").
 */
function isUnderShorterHeadline(lines: readonly Line[], index: number, text: string): boolean {
  if (isTitleCase(text)) return false;
  const above = nextFilled(lines, index, -1);
  if (above < 0) return false;
  const aboveText = lines[above]!.text.trim();
  const aboveWords = readingWords(aboveText);
  // A deck opening with "But" or "And" goes on from the headline above it, whatever its length.
  const longEnough = CONTINUES.test(text) || readingWords(text) >= STANDFIRST_MIN_RATIO * aboveWords;
  return aboveWords >= STANDFIRST_HEADLINE_MIN_WORDS && longEnough && !SEPARATED_LABELS.test(aboveText) && isTitleLike(aboveText);
}

/**
 * A line right over a title-case title-like line clearly longer than it: a kicker or a column's label ("I Was
 * Misinformed" over "The GPS Made Me Do It"), the counterpart of a standfirst (a title-case line under a shorter one is
 * the headline under its label, see isUnderShorterHeadline).
 */
function isOverLongerHeadline(lines: readonly Line[], index: number, text: string, isHeaderCue: (index: number) => boolean): boolean {
  let below = nextFilled(lines, index, 1);
  if (below >= lines.length) return false;
  // "U.S. NEWS" / "Updated July 23, 2012" / the headline: a section's short label may stand over the stamp of the
  // headline under it. A longer line over a stamp is a headline with its stamp.
  if (isHeaderCue(below) && readingWords(text) <= SECTION_LABEL_MAX_WORDS && parseFullDate(lines[below]!.text) !== null) below = nextFilled(lines, below, 1);
  if (below >= lines.length || isHeaderCue(below)) return false;
  const belowText = lines[below]!.text.trim();
  const belowWords = readingWords(belowText);
  return belowWords >= STANDFIRST_HEADLINE_MIN_WORDS && belowWords >= STANDFIRST_MIN_RATIO * readingWords(text) && isTitleCase(belowText) && !SEPARATED_LABELS.test(belowText) && isTitleLike(belowText);
}

/** A section's label over a stamp has a word or a few ("BUSINESS", "U.S. NEWS", "Asia Markets"). */
const SECTION_LABEL_MAX_WORDS = 3;

/** A line opening with a conjunction continues what stands before it; a headline stands alone. */
const CONTINUES = /^(?:but|and|or|yet|so|plus)\s/i;

/** A signature is a name of a few capitalized words. */
const SIGNATURE_MAX_WORDS = 3;
const SIGNATURE_PENALTY = 2;
/** Filled lines between a headline and its signature (standfirst, caption). */
const SIGNATURE_REACH = 4;

function isSignature(lines: readonly Line[], index: number, text: string, isHeaderCue: (index: number) => boolean): boolean {
  const words = text.split(/\s+/);
  // "Ann Lee and Bo Park", "Tom Chatfield": a line that reads as people's names signs the story; a short
  // capitalized line that may be a brand ("The Coast Desk") only with the date right below it.
  if (words.length > SIGNATURE_MAX_WORDS) return namesOnly(text) && headlineAbove(lines, index);
  if (!words.every((word) => /^\p{Lu}/u.test(word))) return false;
  return (dateBelow(lines, index, isHeaderCue) || namesOnly(text)) && headlineAbove(lines, index);
}

function dateBelow(lines: readonly Line[], index: number, isHeaderCue: (index: number) => boolean): boolean {
  const next = nextFilled(lines, index, 1);
  return next < lines.length && isHeaderCue(next) && parseFullDate(lines[next]!.text) !== null;
}

/** What may stand between and after a byline's names: "and", commas, the place written from ("in Rome"). */
const BETWEEN_NAMES = /^(?:[\s,&]|\band\b)*(?:\bin\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?\s*$/u;

const namesOnlyLines = new LineMemo(readNamesOnly);

/** The line is a list of names and nothing more ("Ann Lee and Bo Park"), not a headline that opens with one. */
function namesOnly(text: string): boolean {
  return namesOnlyLines.get(text);
}

/**
 * A character that neither a byline's name (name words: letters, apostrophes, hyphens, initials' periods) nor what
 * BETWEEN_NAMES leaves between names holds: a digit, a colon, a quotation mark. A line with one is no list of names,
 * and the byline reading (the costliest test of a headline candidate) is not run.
 */
const NEITHER_NAME_NOR_BETWEEN = /[^\p{L}\s,&'’.-]/u;

function readNamesOnly(text: string): boolean {
  if (NEITHER_NAME_NOR_BETWEEN.test(text)) return false;
  const names = bylineAuthors(text, true, false);
  if (!names) return false;
  let rest = text;
  for (const name of names) rest = rest.replace(name, ' ');
  return BETWEEN_NAMES.test(rest);
}

/** A longer title-like line a few lines above: the headline that the signature signs. */
function headlineAbove(lines: readonly Line[], index: number): boolean {
  let seen = 0;
  for (let previous = index - 1; previous >= 0 && seen < SIGNATURE_REACH; previous--) {
    const text = lines[previous]!.text.trim();
    if (!text) continue;
    if (readingWords(text) > SIGNATURE_MAX_WORDS && isTitleLike(text)) return true;
    seen++;
  }
  return false;
}

/** "Author:", "Written by:", "Publisher:": the line under such a label is its value, a name, not the headline. */
const FIELD_LABEL = /^(?:author|authors|by|written by|posted by|writer|publisher|source|credits?)\s*:\s*$/i;

function isLabelledValue(lines: readonly Line[], index: number): boolean {
  let previous = index - 1;
  while (previous >= 0 && !lines[previous]!.text.trim()) previous--;
  return previous >= 0 && FIELD_LABEL.test(lines[previous]!.text.trim());
}

/** A signed headline has a few words at least (as `ruleScore` counts them). */
const SIGNED_HEADLINE_WORDS = 4;
const SIGNED_WEIGHT = 2;

/**
 * The header's score of a candidate: the rules', and a byline under a headline signs the story, where a related
 * story's date or a section's label says less; a label of a word or two ("Stock Quotes") over the byline is a menu's.
 * The boilerplate detector's page headline (boilerplate/pageHeadline.ts) keeps the rules' score alone: its trained
 * line model reads the lines that headline protects, and a new weight there would ask for a retrain.
 */
export function headerScore(candidate: MeasuredCandidate): number {
  const m = candidate.measures;
  return candidate.score + (m.signedBelow && m.words >= SIGNED_HEADLINE_WORDS ? SIGNED_WEIGHT : 0);
}

/** A line that `isCue` holds within the next three non-blank lines (a standfirst or a caption may stand between). */
function cueBelow(lines: readonly Line[], index: number, isCue: (index: number) => boolean): boolean {
  let seen = 0;
  for (let next = index + 1; next < lines.length && seen < 3; next++) {
    if (!lines[next]!.text.trim()) continue;
    if (isCue(next)) return true;
    seen++;
  }
  return false;
}

/**
 * "Series: Notes from the Coast", "Column: Harbour Talk": a label naming the series or section the story
 * belongs to, on the line of the name.
 */
const SERIES_LABEL = /^(?:series|section|column|category|categories|topics?|tags?|filed under|more from|more in)\s*:\s*/i;

/** A series or section named by its label ("Series: X"): the name, not the story's headline. */
function isSeriesLabel(text: string): boolean {
  return SERIES_LABEL.test(text);
}

/** The line the page labels a few lines away as its series or section ("Series: X" near "X"). */
function seriesNamedNearby(lines: readonly Line[], index: number, text: string): boolean {
  return someLineNearby(lines, index, (other) => other.length > text.length && other.endsWith(text) && isSeriesLabel(other.slice(0, -text.length)));
}

/**
 * "Series: X" with X on a line of its own nearby: the label of a series' name. A labelled line naming
 * nothing else on the page ("Column: Why the bridge matters") may be the headline itself, as some sites print it.
 */
function labelsSeriesNearby(lines: readonly Line[], index: number, text: string): boolean {
  const label = SERIES_LABEL.exec(text);
  if (!label) return false;
  const name = text.slice(label[0].length);
  return someLineNearby(lines, index, (other) => other === name);
}

/** The same heading a few lines away, or a breadcrumb that ends with it (not a series label naming it). */
function copiedNearby(lines: readonly Line[], index: number, text: string): boolean {
  return someLineNearby(lines, index, (other) => other === text || (other.length > text.length && other.endsWith(text) && !isSeriesLabel(other.slice(0, -text.length))));
}

/** How far a copy or a label of a heading stands from it, in lines either way. */
const NEARBY_LINES = 6;

/** Whether `test` holds for the trimmed text of a line within NEARBY_LINES of `index`, other than its own. */
function someLineNearby(lines: readonly Line[], index: number, test: (text: string) => boolean): boolean {
  for (let other = Math.max(0, index - NEARBY_LINES); other < lines.length && other <= index + NEARBY_LINES; other++) {
    if (other !== index && test(lines[other]!.text.trim())) return true;
  }
  return false;
}
