/** Flagged lines to regions: consecutive lines of one kind make one region, blank lines between them included. */
import type { SeedDocument } from '../document';
import type { BoilerplateRegion } from '../types';
import type { ClassifiedLine } from './classify';

/** `kinds[i]` is the kind of `lines[i]` when it is boilerplate, null when it is content. */
export function toRegions(document: SeedDocument, lines: readonly ClassifiedLine[], kinds: readonly (string | null)[]): BoilerplateRegion[] {
  const regions: BoilerplateRegion[] = [];
  let open: BoilerplateRegion | null = null;
  lines.forEach((line, i) => {
    const kind = kinds[i] ?? null;
    const source = document.lines[line.features.index]!;
    if (open && kind === open.kind) {
      open.end = source.end;
      open.endLine = source.number;
      return;
    }
    open = kind ? { start: source.start, end: source.end, startLine: source.number, endLine: source.number, kind } : null;
    if (open) regions.push(open);
  });
  return regions;
}
