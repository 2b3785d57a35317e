/** The same or nearly the same quotation in other documents of the collection, for the hover and the panel. */
import type * as vscode from 'vscode';
import type { QuoteMatch } from '../corpus/quotations';
import type { Quote } from '../core/types';
import type { CollectionIndex } from './collectionIndex';

export function otherQuotations(collection: CollectionIndex, current: vscode.Uri, quote: Quote): QuoteMatch[] {
  const file = current.toString();
  return collection.quotes.matchesFor({ file, start: quote.start, end: quote.end, text: quote.text, speaker: quote.speaker }).filter((match) => match.occurrence.file !== file);
}
