import type { SeedDocument } from './document';

export interface DocumentMetadata {
  title: string | null;
  published: string | null;
  source: string | null;
  authors: string[];
}

export function readMetadata(document: SeedDocument): DocumentMetadata {
  const first = document.lines.find((line) => line.text.trim() !== '');
  return { title: first ? first.text.trim() : null, published: null, source: null, authors: [] };
}
