/**
 * The article's own facts: a scraped page holds other stories' names, dates and quotations in its
 * boilerplate (related headlines, menus), which the engine marks `boilerplate: true`. Every count,
 * list and cross-reference of a document is of the article's mentions only. No vscode.
 */
import type { BoilerplateRegion, FactsRecord, PageMention, Span } from '../core/types';

export function isArticleMention(mention: PageMention): boolean {
  return mention.boilerplate !== true;
}

/** The record with only the article's names, dates and quotations (regions and header kept). */
export function articleFacts(record: FactsRecord): FactsRecord {
  return { ...record, names: record.names.filter(isArticleMention), dates: record.dates.filter(isArticleMention), quotes: record.quotes.filter(isArticleMention) };
}

/** The record's mentions that lie in boilerplate: the page's, shown apart from the article's. */
export function pageFacts(record: FactsRecord): Pick<FactsRecord, 'names' | 'dates' | 'quotes'> {
  const onPage = <T extends PageMention>(list: readonly T[]) => list.filter((mention) => !isArticleMention(mention));
  return { names: onPage(record.names), dates: onPage(record.dates), quotes: onPage(record.quotes) };
}

/**
 * The record with fewer boilerplate regions (the reviewer said some are not boilerplate): mentions
 * in a region taken away are the article's again. Each list and the regions are sorted by start.
 */
export function withRegions(record: FactsRecord, regions: readonly BoilerplateRegion[]): FactsRecord {
  const remark = <T extends Span & PageMention>(list: readonly T[]): T[] =>
    list.map((mention) => {
      const inside = regions.some((region) => region.start <= mention.start && mention.end <= region.end);
      if (inside === !isArticleMention(mention)) return mention;
      const { boilerplate: _dropped, ...rest } = mention;
      return (inside ? { ...rest, boilerplate: true } : rest) as T;
    });
  return { ...record, boilerplate: [...regions], names: remark(record.names), dates: remark(record.dates), quotes: remark(record.quotes) };
}
