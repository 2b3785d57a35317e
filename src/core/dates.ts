import type { SeedDocument } from './document';
import type { DateMention } from './types';

export function detectDates(_document: SeedDocument, _published: string | null): DateMention[] {
  return [];
}
