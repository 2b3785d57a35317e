/**
 * The article's own mentions: a scraped page holds other stories' names, dates and quotations in
 * its boilerplate (related headlines, menus), which `analyze` marks `boilerplate: true`.
 */
import type { PageMention } from './types';

export function isArticleMention(mention: PageMention): boolean {
  return mention.boilerplate !== true;
}
