/**
 * Lines that rules flag whatever the line model says: shapes that need the whole page to see and
 * that the model, trained on few pages, under-weighs. Comment threads and dated teasers (thread.ts), teaser lists and
 * the tail after the article's closing line (teasers.ts, closing.ts) are looked for only after the
 * article's first paragraphs; labels repeated under a gallery's photos anywhere.
 */
import { type ClassifiedLine, isProse } from './classify';
import { authorNoteLines } from './bio';
import { closingLineAt } from './closing';
import { type PageReading } from './lineFeatures';
import { GALLERY, isNewsletterPrompt } from './phrases';
import { teaserListLines } from './teasers';
import { afterArticleOpening, commentThreadLines, datedTeaserLines } from './thread';

/** Each line's kind when a rule flags it ('' when its kind is to be named by its place), null otherwise. */
export function ruledKinds(page: PageReading): (string | null)[] {
  const kinds: (string | null)[] = page.lines.map(() => null);
  if (page.body.first > page.body.last) return kinds;
  const from = afterArticleOpening(page);
  const thread = commentThreadLines(page);
  const dated = datedTeaserLines(page);
  const teasers = teaserListLines(page, from);
  const closing = closingLineAt(page, from);
  const notes = authorNoteLines(page, from);
  page.lines.forEach((line, i) => {
    if (thread[i]) kinds[i] = 'comments';
    // A teaser list's copy of the page's headline keeps its own name (a duplicate headline).
    else if (teasers[i]) kinds[i] = line.kind ?? 'related-links';
    else if (dated[i]) kinds[i] = 'related-links';
    else if (notes[i]) kinds[i] = 'author-note';
    else if (i >= closing) kinds[i] = page.ruleKinds[i] ?? line.kind ?? 'footer';
    else if (line.kind !== null && SURE_KINDS.has(line.kind)) kinds[i] = line.kind;
    else if (i >= from && isNewsletterPrompt(line.features.text)) kinds[i] = 'subscription';
    else if (isManyCopies(line, page.lines[i - 1], page.lines[i + 1])) kinds[i] = page.ruleKinds[i] ?? line.kind ?? '';
  });
  return kinds;
}

/**
 * Kinds the phrases name from the line's whole text, never an article's sentence: a photo viewer's
 * controls, a publisher's licence or reprint notice, a video's transcript, a prompt to follow the site. The model, which reads
 * only whether a line has a kind, keeps them when they stand among the paragraphs.
 */
const SURE_KINDS: ReadonlySet<string> = new Set([GALLERY, 'licence', 'transcript', 'social-prompt']);

/**
 * A line that is not prose and stands three times or more on one page is a gallery's or a widget's
 * label ("Election 2012: The best photos" under each of 80 photos), never the article's own text.
 * In a list its copies must stand side by side: a shopping list's repeated "Available from Amazon"
 * is the article's in the benchmark's labels. Cells of one or two words ("Yes", "N/A") and header
 * rows of field names without a function word ("Pos Player Plays % Stats") repeat in the article's
 * own tables: they are left to the model.
 */
const MANY_COPIES = 3;
const LABEL_MIN_WORDS = 3;

function isManyCopies(line: ClassifiedLine, previous?: ClassifiedLine, next?: ClassifiedLine): boolean {
  const original = line.original ?? line;
  if (original.copies < MANY_COPIES || isProse(line) || line.features.words < LABEL_MIN_WORDS) return false;
  if (line.features.stopWords === 0) return false;
  return !line.listItem || isCopyOf(previous, original) || isCopyOf(next, original);
}

function isCopyOf(line: ClassifiedLine | undefined, original: ClassifiedLine): boolean {
  return line !== undefined && (line.original ?? line) === original;
}
