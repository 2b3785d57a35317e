/** Which member of a near-duplicate group is the original, decided from the members' analyses. */

/** What names a group's original. */
export interface OriginalCandidate {
  file: string;
  /** ISO date of any precision, or null. */
  published: string | null;
  /** The agency or source the text credits. */
  source: string | null;
  /** The site whose page the document is. */
  outlet?: string | null;
  /** Characters of the article (boilerplate left out). */
  characters?: number;
}

/**
 * The copy a group's others were taken from: the earliest published (undated ones last); among
 * equally early ones, the credited agency's own page (its outlet is the source it credits), then
 * the longest (the others cut it), then the first file name.
 */
export function originalOf<T extends OriginalCandidate>(members: readonly T[]): T | undefined {
  return [...members].sort(compareAsOriginal)[0];
}

function compareAsOriginal(a: OriginalCandidate, b: OriginalCandidate): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  const agency = Number(isAgencyCopy(b)) - Number(isAgencyCopy(a));
  return agency || (b.characters ?? 0) - (a.characters ?? 0) || a.file.localeCompare(b.file);
}

function isAgencyCopy({ source, outlet }: OriginalCandidate): boolean {
  const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return typeof source === 'string' && typeof outlet === 'string' && key(source) !== '' && key(source) === key(outlet);
}
