/**
 * Names joined by slashes are each a name: "Bulgaria/Israel/Hungary/Romania" (one of several teams
 * to come), "Gannett/GateHouse" (a merged company). The tokenizer keeps such a word whole and the
 * tagger, which never saw one, reads it as nothing or as one name. A slashed word whose parts are
 * all capitalized words is cut into its parts; each part that is a country, or a form the document
 * gives alone as a name, takes that type, and the others the type the tagger gave the whole word.
 */
import { COUNTRIES } from './countries';
import { isBeginLabel, isInsideLabel, LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import { shapeCue, wordCuesOf } from './wordCues';

const PART = /^\p{Lu}[\p{L}’'-]+$/u;
const FOOTNOTE = /[*†]+$/u;
const PLACE_BEGIN = LABELS.indexOf('B-place');
const SLASHED = shapeCue(isSlashed);

export function splitSlashedNames(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  if (!lines.some((line) => (line.cues.line & SLASHED) !== 0)) return lines;
  const types = typesOfForms(lines);
  return relabelLines(lines, (line) => {
    if ((line.cues.line & SLASHED) === 0) return line;
    const tokens: Token[] = [];
    const labels: number[] = [];
    line.tokens.forEach((token, index) => {
      const label = line.labels[index]!;
      if ((line.cues.words[index]! & SLASHED) === 0 || isInsideLabel(label) || isInsideLabel(line.labels[index + 1] ?? 0)) {
        tokens.push(token);
        labels.push(label);
        return;
      }
      // A footnote mark after the last part comes off it ("Romania*").
      const text = token.text.replace(FOOTNOTE, '');
      let start = token.start;
      for (const part of text.split('/')) {
        tokens.push({ text: part, start, end: start + part.length });
        labels.push(COUNTRIES.has(part.toLowerCase()) ? PLACE_BEGIN : (types.get(part) ?? label));
        tokens.push({ text: '/', start: start + part.length, end: start + part.length + 1 });
        labels.push(0);
        start += part.length + 1;
      }
      tokens.pop();
      labels.pop();
      if (text.length < token.text.length) {
        tokens.push({ text: token.text.slice(text.length), start: token.start + text.length, end: token.end });
        labels.push(0);
      }
    });
    return { ...line, tokens, labels: Uint8Array.from(labels), cues: wordCuesOf(tokens) };
  });
}

/** Two or more capitalized words joined by slashes, nothing else ("Gannett/GateHouse", not "24/7" or "and/or"). */
function isSlashed(text: string): boolean {
  if (!text.includes('/')) return false;
  const parts = text.replace(FOOTNOTE, '').split('/');
  return parts.length >= 2 && parts.every((part) => PART.test(part));
}

/** One-word names as written -> the B- label most of their mentions have. */
function typesOfForms(lines: readonly TaggedLine[]): Map<string, number> {
  const votes = new Map<string, Map<number, number>>();
  for (const { tokens, labels } of lines) {
    labels.forEach((label, index) => {
      if (!isBeginLabel(label) || isInsideLabel(labels[index + 1] ?? 0)) return;
      const counts = votes.get(tokens[index]!.text) ?? new Map<number, number>();
      counts.set(label, (counts.get(label) ?? 0) + 1);
      votes.set(tokens[index]!.text, counts);
    });
  }
  const types = new Map<string, number>();
  for (const [form, counts] of votes) types.set(form, [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]);
  return types;
}
