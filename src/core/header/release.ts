/** The header lines (headline, byline, dateline) are the article's: boilerplate regions are split around them. */
import type { SeedDocument } from '../document';
import type { BoilerplateRegion } from '../types';

/** `regions` with the given 1-based lines cut out; a piece left with only blank lines goes. */
export function releaseLines(document: SeedDocument, regions: readonly BoilerplateRegion[], numbers: readonly number[]): BoilerplateRegion[] {
  if (numbers.length === 0) return [...regions];
  const released = new Set(numbers);
  const out: BoilerplateRegion[] = [];
  for (const region of regions) {
    let pieceStart: number | null = null;
    for (let number = region.startLine; number <= region.endLine + 1; number++) {
      const cut = number > region.endLine || released.has(number);
      if (!cut && pieceStart === null) pieceStart = number;
      if (cut && pieceStart !== null) {
        const piece = trimmed(document, pieceStart, number - 1, region);
        if (piece) out.push(piece);
        pieceStart = null;
      }
    }
  }
  return out;
}

/** A piece of `region` keeps its kind and confidence: "Remove all boilerplate" keeps the uncertain ones. */
function trimmed(document: SeedDocument, first: number, last: number, region: BoilerplateRegion): BoilerplateRegion | null {
  const blank = (number: number) => !document.lines[number - 1]!.text.trim();
  while (first <= last && blank(first)) first++;
  while (last >= first && blank(last)) last--;
  if (first > last) return null;
  const { start: _start, end: _end, startLine: _startLine, endLine: _endLine, ...kept } = region;
  return { ...kept, start: document.lines[first - 1]!.start, end: document.lines[last - 1]!.end, startLine: first, endLine: last };
}
