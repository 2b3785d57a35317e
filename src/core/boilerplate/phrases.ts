/**
 * Page furniture recognisable from its words alone. Kept small and generic on purpose: position
 * and line shape find most boilerplate; these phrases catch what sits inside the article body
 * (an "Advertisement" line, a "Read Also" teaser, share buttons) where position cannot help.
 * Phrases are in `normalizeLine` form.
 */
/** A photo viewer's controls inside the article: what the body crosses freely (body.ts). */
export const GALLERY = 'gallery';

const WHOLE_LINE = new Map<string, string>();
const LEADING = new Map<string, string>();

function add(table: Map<string, string>, kind: string, phrases: string): void {
  for (const phrase of phrases.split('|')) table.set(phrase, kind);
}

add(WHOLE_LINE, 'advertisement',
  'advertise adchoices|adchoices|ad choices|ad feedback|advertisement|advertising|ad|ads|sponsored|sponsored content|promoted|publicidade|publicidad|pubblicità|' +
  'publicité|anzeige|iklan|реклама|광고|広告|story continues below|article continues below|' +
  'continue reading below|continue reading the main story|story continues below advertisement');
add(WHOLE_LINE, 'share',
  'share|share this|share this article|share this story|share on facebook|share on twitter|tweet|facebook|' +
  'twitter|linkedin|email|e mail|print|whatsapp|reddit|pinterest|instagram|youtube|telegram|copy link|' +
  'compartilhe|compartilhar|condividi|bagikan|поделиться|share close extra sharing options|' +
  'show more sharing options|like this|like loading');
add(WHOLE_LINE, 'related-links',
  'related|related articles|related stories|related news|related posts|related content|related topics|' +
  'related tags|see also|more from|most read|most popular|popular|recent|recent stories|recent posts|' +
  'latest|latest news|latest stories|top stories|trending|trending now|recommended|recommended for you|' +
  'you may also like|you might also like|more stories|more news|more on this|also read|read also|' +
  'read more|must read|leia também|leggi anche|baca juga|читайте также|관련기사|関連記事|fpj shorts');
add(WHOLE_LINE, 'app-prompt', 'get app|get the app|download the app|download our app|e paper get app');
add(WHOLE_LINE, 'navigation',
  'home|menu|search|skip to content|skip to main content|back to top|next|previous|next article|' +
  'previous article|back to main menu|sections|close|more|topics|tags');
add(WHOLE_LINE, 'comments',
  'comments|comment|view comments|post comment|leave a comment|leave a reply|add comment|show comments|' +
  'reply|share your thoughts');
add(WHOLE_LINE, 'footer',
  'privacy policy|privacy|terms of use|terms of service|terms and conditions|contact|contact us|about|' +
  'about us|sitemap|site map|cookie policy|all rights reserved');
add(WHOLE_LINE, 'subscription', 'subscribe|subscribe now|sign up|sign in|log in|newsletter|newsletters');
add(WHOLE_LINE, GALLERY,
  'enlarge this image|click to enlarge|view slideshow|launch slideshow|view gallery|view interactive|' +
  'previous next|prev next|loading photos|next page|previous page|next slide|previous slide');

add(LEADING, 'related-links',
  'read also|also read|read more|related|see also|more from|watch|recommended|leia também|leggi anche|baca juga');
add(LEADING, 'share', 'follow us|share this|share on|like us on');
add(LEADING, 'navigation', 'tags|filed under|topics|categories');
add(LEADING, 'byline-furniture', 'original author|author|written by|posted by');
add(LEADING, 'subscription', 'subscribe to|sign up for|get our');

/**
 * A link to the comments with their count ("Reader comments 17", "View All Comments (48)", "0 comments"),
 * in `normalizeLine` form: where the article ends and the thread begins, or under the headline.
 */
const COMMENT_COUNT = /^(?:(?:reader|view|read|show|see|all|jump to) )*comments? \d+$|^\d+ (?:reader )?comments?$/;
const COMMENT_COUNT_MAX_LENGTH = 40;

/** Leading phrases count only on short lines, so that prose opening with "Related" stays prose. */
const LEADING_MAX_WORDS = 8;
const LEADING_MAX_LENGTH = 80;
const COPYRIGHT = /^\s*(?:©|\(c\)|ⓒ|copyright\b)|all rights reserved/iu;
/** A line that is a date or a time stamp and little else: bylines and teaser lists carry them, prose does not. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_LINE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|` +
  `\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d+\\s*(?:minutes?|hours?|days?|weeks?|[mhd])\\s+ago)`,
  'i',
);
const DATE_LINE_MAX_LENGTH = 40;
const BYLINE = /^[Bb]y\s+\p{Lu}/u;
const BYLINE_MAX_WORDS = 6;
/** Photo credits and captions: "| Photo: Twitter", "(Image: GETTY)", "Photo by …/Getty Images". */
const CAPTION = /\b(?:photo|image|picture|credit)s?\s*(?:by\b|:)|getty images|shutterstock|article-image/iu;
const CAPTION_MAX_LENGTH = 200;
/**
 * A prompt to follow the site or its desk on a social network: "Follow @desk for breaking news",
 * "Connect with us on Twitter", "Like us on Facebook. Follow us on Twitter.", "Become a fan of …",
 * "Follow all Future Tense articles." It speaks to the reader about the site, never about the story.
 */
const SOCIAL_PROMPT = /^(?:follow @\w+ for\b|connect with us\b|(?:like|join|find|check) (?:us|[\p{Lu}@][\p{L}@.]*(?: [\p{Lu}][\p{L}.]*){0,2}) (?:on|at|out on) (?:facebook|twitter)\b|follow us (?:on|at|@)|become a fan of\b|twitter list:|follow (?:all|the|stories by)\b.{0,40}$)/iu;
const MAY_BE_SOCIAL = /follow|connect|facebook|twitter|fan of/i;
const SOCIAL_MAX_LENGTH = 160;
/**
 * An instruction to click or tap: "Click here to sign up for …", "Click to view the image", "Clique na
 * imagem acima e veja …". The page's widgets speak so; the article does not tell its reader to click.
 */
const CLICK_PROMPT = /^(?:click|tap|clique|clic|haga clic|klicken sie) (?:here|to|on|the|na|no|aqui|ici|hier|en|sur)\b/iu;
const CLICK_PROMPT_MAX_LENGTH = 200;
/** A link to a video story, its button's words after its title: "Aurora Shooting: Victims Remembered Watch Video". */
const VIDEO_LINK = /\s(?:watch (?:the )?video|play video|watch now)$/iu;
const VIDEO_LINK_MAX_LENGTH = 150;
const AGENCY_DISCLAIMER = /has not been edited by|auto-generated from|syndicated feed|published from a wire/iu;
/**
 * A photo viewer's controls, in `normalizeLine` form: its counter ("1 of 7"), its thumbnails' links
 * ("jump to photo #3") and a pager ("1 2 3 Next >").
 */
const VIEWER_CONTROL = /^(?:\d+ of \d+|(?:jump|go) to (?:photo|image|picture|slide) \d+|(?:\d+ )+(?:next|prev|previous)(?: page)?)$/;
/**
 * The publisher's terms for the copy a reader sees: a reprint notice ("This copy is for your personal,
 * non-commercial use only", "Order a reprint of this article now") or an agency's licence ("This
 * material may not be published, broadcast, rewritten or redistributed"). Its long sentence is
 * prose to the body finder, which on a short article took it for the article.
 */
const LICENCE = /\bnon-?commercial use\b|\bmay not be (?:re)?published, broadcast|\border (?:a )?reprints? of\b|\bpresentation-ready copies\b/iu;
const MAY_BE_LICENCE = /commercial|broadcast|reprint|presentation-ready/i;
const LICENCE_MAX_LENGTH = 400;
/**
 * A broadcast's transcript under an embedded video: its closed captions mark each speaker's turn with
 * ">>" (">> reporter: ..."). Neither prose nor quotation of an article has that mark.
 */
const TRANSCRIPT_TURN = '>>';
const VIEWER_CONTROL_MAX_LENGTH = 40;

/**
 * Literals without "s" or "k" that every match of the pattern after them holds, in any case: a plain
 * case-insensitive scan rules most lines out before the slower Unicode pattern runs ("s" and "k"
 * are left out because in Unicode mode "ſ" and the Kelvin sign match them too).
 */
const MAY_BE_COPYRIGHT = /[©ⓒⒸ]|\(c|opyright|ll right/i;
const MAY_BE_DISCLAIMER = /edited by|auto-generated|yndicated feed|from a wire/i;
const MAY_BE_CAPTION = /photo|image|picture|credit|hutter/i;
/** The three at once: one scan rules out most lines. */
const MAY_BE_ANY = new RegExp([MAY_BE_COPYRIGHT, MAY_BE_DISCLAIMER, MAY_BE_CAPTION].map((pattern) => pattern.source).join('|'), 'i');
const MAY_BE_ANY_MAX_LENGTH = 400;

export function furnitureKind(text: string, normalized: string): string | null {
  const whole = WHOLE_LINE.get(normalized);
  if (whole) return whole;
  if (text.startsWith(TRANSCRIPT_TURN)) return 'transcript';
  if (normalized.length <= COMMENT_COUNT_MAX_LENGTH && normalized.includes('comment') && COMMENT_COUNT.test(normalized)) return 'comments';
  if (text.length <= LICENCE_MAX_LENGTH && MAY_BE_LICENCE.test(text) && LICENCE.test(text)) return 'licence';
  if (normalized.length <= VIEWER_CONTROL_MAX_LENGTH && VIEWER_CONTROL.test(normalized)) return GALLERY;
  if (text.length <= CLICK_PROMPT_MAX_LENGTH && CLICK_PROMPT.test(text)) return 'prompt';
  if (text.length <= VIDEO_LINK_MAX_LENGTH && VIDEO_LINK.test(text)) return 'related-links';
  if (text.length <= SOCIAL_MAX_LENGTH && MAY_BE_SOCIAL.test(text) && SOCIAL_PROMPT.test(text)) return 'social-prompt';
  const mayBeAny = text.length < MAY_BE_ANY_MAX_LENGTH && MAY_BE_ANY.test(text);
  if (mayBeAny && text.length < 300 && MAY_BE_COPYRIGHT.test(text) && COPYRIGHT.test(text)) return 'footer';
  const words = normalized.length <= LEADING_MAX_LENGTH ? wordCount(normalized) : 0;
  if (words > 0 && words <= LEADING_MAX_WORDS) {
    const kind = leadingKind(normalized, Math.min(3, words - 1));
    if (kind) return kind;
  }
  if (mayBeAny && MAY_BE_DISCLAIMER.test(text) && AGENCY_DISCLAIMER.test(text)) return 'disclaimer';
  if (text.length <= DATE_LINE_MAX_LENGTH && DATE_LINE.test(text)) return 'byline-furniture';
  if (mayBeAny && text.length <= CAPTION_MAX_LENGTH && MAY_BE_CAPTION.test(text) && CAPTION.test(text)) return 'caption';
  if (words > 0 && words <= BYLINE_MAX_WORDS && BYLINE.test(text)) return 'byline-furniture';
  return null;
}

/** Words of a line in `normalizeLine` form, which separates them by single spaces. */
function wordCount(normalized: string): number {
  let count = 1;
  for (let at = normalized.indexOf(' '); at >= 0; at = normalized.indexOf(' ', at + 1)) count++;
  return count;
}

/** The kind named by the line's first `most` words, or fewer, longest first. */
function leadingKind(normalized: string, most: number): string | null {
  const ends: number[] = [];
  for (let at = normalized.indexOf(' '); at >= 0 && ends.length < most; at = normalized.indexOf(' ', at + 1)) ends.push(at);
  for (let count = ends.length; count >= 1; count--) {
    const kind = LEADING.get(normalized.slice(0, ends[count - 1]));
    if (kind) return kind;
  }
  return null;
}

/**
 * A newsletter box's sentences: "Stay up to date with … Subscribe to our newsletter", "No spam, you
 * can unsubscribe at any time", "Get the latest updates right in your inbox". A line that speaks to
 * the reader (you, your, our) about a subscription; news about subscribers has no such address.
 */
const NEWSLETTER = /\b(?:subscribe|unsubscribe|newsletters?|(?:in|to) your inbox|activation link)\b/iu;
const READER_ADDRESS = /\b(?:you|your|our)\b/i;
const MAY_BE_NEWSLETTER = /subscri|newsletter|inbox|activation/i;
const NEWSLETTER_MAX_LENGTH = 250;

/**
 * A newsletter box's sentence. Not a furniture kind: above the article the same sentence is often the
 * standfirst of a newsletter's own issue, and as a kind it moves the body below the headline; the rules
 * flag it after the article's opening (ruledLines.ts).
 */
export function isNewsletterPrompt(text: string): boolean {
  return text.length <= NEWSLETTER_MAX_LENGTH && MAY_BE_NEWSLETTER.test(text) && NEWSLETTER.test(text) && READER_ADDRESS.test(text);
}
