import type { SeedDocument } from './document';
import type { BoilerplateRegion } from './types';

export interface BoilerplateContext {
  title: string | null;
  repeatedLines?: ReadonlySet<string>;
}

export function detectBoilerplate(_document: SeedDocument, _context: BoilerplateContext): BoilerplateRegion[] {
  return [];
}
