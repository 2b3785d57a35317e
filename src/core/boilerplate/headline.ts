/**
 * Copies of the headline. The first line holding it is the headline itself (not boilerplate);
 * later exact copies are duplicate headlines (related-story lists, sticky headers), later lines
 * holding it inside a little more text are breadcrumbs ("HomeWorld<headline>").
 */
import type { BodySpan } from './body';
import type { ClassifiedLine } from './classify';
import { normalizeLine } from './normalize';

/** Shorter titles ("News", a site name) would match too much prose. */
const MIN_TITLE_LENGTH = 15;
/** How much longer than the headline a breadcrumb may be. */
const BREADCRUMB_SLACK = 30;
/**
 * Longer titles are a text's first paragraph or all of a text without line breaks, which no page
 * repeats as a menu or a related story: not normalized (a megabyte on one line: 4 % of its analysis in a profile).
 */
const MAX_TITLE_LENGTH = 1_000;

export class HeadlineCopies {
  private readonly title: string | null;
  private headlineIndex = -1;

  constructor(title: string | null) {
    const normalized = title && title.length <= MAX_TITLE_LENGTH ? normalizeLine(title) : '';
    this.title = normalized.length >= MIN_TITLE_LENGTH ? normalized : null;
  }

  /** Call in document order. The kind of a copy of the headline; null for others and the headline. */
  kindOf(index: number, normalized: string): string | null {
    const title = this.title;
    if (!title || normalized.length > title.length + BREADCRUMB_SLACK || !normalized.includes(title)) return null;
    if (this.headlineIndex < 0) {
      this.headlineIndex = index;
      return null;
    }
    return normalized === title ? 'duplicate-headline' : 'navigation';
  }

  isHeadline(index: number): boolean {
    return index === this.headlineIndex;
  }

  /** True when the headline line lies inside the article body, after its first line. */
  isWithin(lines: readonly ClassifiedLine[], body: BodySpan): boolean {
    for (let i = body.first + 1; i <= body.last; i++) if (this.isHeadline(lines[i]!.features.index)) return true;
    return false;
  }
}
