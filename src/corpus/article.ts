/**
 * The article's own facts: a scraped page holds other stories' names, dates and quotations in its
 * boilerplate (related headlines, menus), which the engine marks `boilerplate: true`. Every count,
 * list and cross-reference of a document is of the article's mentions only. No vscode.
 */
import { isArticleMention } from '../core/article';
import type { FactsRecord, PageMention } from '../core/types';

export { isArticleMention };

/** The record with only the article's names, dates and quotations (regions and header kept). */
export function articleFacts(record: FactsRecord): FactsRecord {
  return { ...record, names: record.names.filter(isArticleMention), dates: record.dates.filter(isArticleMention), quotes: record.quotes.filter(isArticleMention) };
}

/** The record's mentions that lie in boilerplate: the page's, shown apart from the article's. */
export function pageFacts(record: FactsRecord): Pick<FactsRecord, 'names' | 'dates' | 'quotes'> {
  const onPage = <T extends PageMention>(list: readonly T[]) => list.filter((mention) => !isArticleMention(mention));
  return { names: onPage(record.names), dates: onPage(record.dates), quotes: onPage(record.quotes) };
}
