/**
 * Ranges in documents that are not open: engine offsets (UTF-16) become line and character by
 * reading the text once per document, without opening an editor document for it.
 */
import * as vscode from 'vscode';
import type { Span } from '../core/types';
import { readSeedText } from './collection';

export type RangeOf = (span: Span) => vscode.Range;

/** Offset to position over a text, by binary search in its line starts. */
function positionsIn(text: string): (offset: number) => vscode.Position {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return new vscode.Position(low, offset - lineStarts[low]!);
  };
}

/** A converter per document, reading each document once; null for a document that cannot be read. */
export async function rangeConverters(uris: readonly vscode.Uri[]): Promise<Map<string, RangeOf | null>> {
  const converters = new Map<string, RangeOf | null>();
  for (const uri of uris) {
    const key = uri.toString();
    if (converters.has(key)) continue;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    if (open) {
      converters.set(key, (span) => new vscode.Range(open.positionAt(span.start), open.positionAt(span.end)));
      continue;
    }
    const text = await readSeedText(uri);
    const at = text.ok ? positionsIn(text.text) : null;
    converters.set(key, at && ((span) => new vscode.Range(at(span.start), at(span.end))));
  }
  return converters;
}
