import type { SeedDocument } from './document';
import type { Amount } from './types';

export function detectAmounts(_document: SeedDocument): Amount[] {
  return [];
}
