/**
 * The author's note under the article: a bio ("Jane Doe is a staff writer for …", "Lee Smith / Lee is
 * the Senior Reviews Editor at …") or how to reach the author ("Jane Doe can be reached at …",
 * "Reach the reporters on Twitter at …", "Follow her on Twitter"). Its sentence is prose to the model,
 * which keeps it as the article's last paragraph; what it says is about the writer, not the story.
 * Only after the article's opening paragraphs: above them, the same sentence opens a profile.
 */
import { LineMemo } from '../header/lineMemo';
import { type PageReading } from './lineFeatures';

/** One to four capitalised words (and a name's particles: "van", "de"), optionally "/ First" repeating the name, then "is/was a|an|the". */
const NAMED_SUBJECT = /^(?:(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|del|der|bin|al)\s+){1,4}(?:\/\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,2})?(?:is|was)\s+(?:a|an|the)\s/u;
/** What the subject is, within the sentence's first words: a trade of the newsroom. */
const NEWSROOM_ROLE = /^(?:\S+\s+){0,14}?\S*?(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|blogger|fellow|critic|photographer|producer)s?\b/iu;
/** How a reader reaches the author, anywhere in a short line. */
const CONTACT = /\b(?:can|may) be reached at\b|^reach (?:the )?(?:reporters?|writers?|authors?)\b|\bfollow (?:him|her|them) on twitter\b|^have a tip\?/iu;
const MAY_BE_NOTE = /\bis\b|\bwas\b|reach|follow|tip\?/i;
const NOTE_MAX_LENGTH = 400;

/** Kept for the lines that come back: the editor analyses the page again on every edit, and most prose lines pass MAY_BE_NOTE. */
const authorNotes = new LineMemo(readAuthorNote, NOTE_MAX_LENGTH);

export function isAuthorNote(text: string): boolean {
  return text.length <= NOTE_MAX_LENGTH && authorNotes.get(text);
}

function readAuthorNote(text: string): boolean {
  if (!MAY_BE_NOTE.test(text)) return false;
  const subject = NAMED_SUBJECT.exec(text);
  if (subject && NEWSROOM_ROLE.test(text.slice(subject[0].length))) return true;
  return CONTACT.test(text);
}

/** True for each author's note after the article's opening (`from`). */
export function authorNoteLines(page: PageReading, from: number): boolean[] {
  return page.lines.map((line, i) => i >= from && isAuthorNote(line.features.text));
}
