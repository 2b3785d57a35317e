/**
 * The article's closing line: the tags or filing line that blogs and news sites put right under the
 * last paragraph ("Filed Under: Startups, Tech", "Tagged With: …", "Explore related topics: …"), and
 * the newspaper's sign-off ("A version of this article appeared in print on …", "Write to A at a@b.com"),
 * and the expander of a company's press release quoted whole under a blog's short article ("Show full PR text").
 * What follows it is the page's tail (sidebars, job ads, sponsor posts, comments), never more of the
 * article. Only a closing line after the article's first paragraphs counts: the same line above the
 * article is a section path.
 */
import { type PageReading } from './lineFeatures';

const CLOSING_LINE = /^(?:filed under|tagged with|tags|topics|categories|explore related topics|posted in)\s*:|^a version of this article appeared\b|^write to .+ at \S+@\S+|^show (?:the )?full (?:pr|press release)\b/i;
const CLOSING_MAX_LENGTH = 300;

/** The index of the first closing line at or after `from`; the page's length when none. */
export function closingLineAt(page: PageReading, from: number): number {
  for (let i = from; i < page.lines.length; i++) {
    const f = page.lines[i]!.features;
    if (f.length <= CLOSING_MAX_LENGTH && CLOSING_LINE.test(f.text)) return i;
  }
  return page.lines.length;
}
