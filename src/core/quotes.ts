import type { SeedDocument } from './document';
import type { NameMention, Quote } from './types';

export function detectQuotes(_document: SeedDocument, _names: readonly NameMention[]): Quote[] {
  return [];
}
