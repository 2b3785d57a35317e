import type { SeedDocument } from '../document';
import type { NameMention } from '../types';

export function detectNames(_document: SeedDocument): NameMention[] {
  return [];
}
