/**
 * An acronym given in brackets after a name ("National Alliance (AN)") names the same thing
 * wherever the document uses it ("AN leader Gianfranco Fini"). Alone, a short run of capitals tells
 * the tagger little; the definition gives it the type of the name it follows. All-caps lines are
 * left out, where "AN" may be an article.
 */
import { isAcronym } from './cues';
import { isInsideLabel } from './features';
import type { RawMention } from './mentions';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';

/** Capitals and a plural "s": "LEDs", "SUVs", "IRAs". */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/**
 * The mentions less those of one plural acronym ("more LEDs", "traditional IRAs"): a name has no
 * plural, a thing counted is no name. The tagger reads an acronym it never saw as an organization.
 */
export function dropPluralAcronyms(mentions: readonly RawMention[]): readonly RawMention[] {
  const plural = ({ tokens }: RawMention) => tokens.length === 1 && PLURAL_ACRONYM.test(tokens[0]!.text);
  return mentions.some(plural) ? mentions.filter((mention) => !plural(mention)) : mentions;
}

/** The lines with every use of a bracketed acronym labelled as the name it followed (labels copied where changed). */
export function markDefinedAcronyms(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  const defined = definedAcronyms(lines);
  if (defined.size === 0) return lines;
  return relabelLines(lines, (line) => {
    if (line.style === 'caps') return line;
    let labels: Uint8Array | null = null;
    for (let index = 0; index < line.tokens.length; index++) {
      const begin = line.labels[index] === 0 ? defined.get(line.tokens[index]!.text) : undefined;
      if (begin === undefined) continue;
      labels ??= line.labels.slice();
      labels[index] = begin;
    }
    return labels ? { ...line, labels } : line;
  });
}

/** Acronym -> the B- label of the name before its brackets, from "Name (ACR)" anywhere but a line's first name. */
function definedAcronyms(lines: readonly TaggedLine[]): Map<string, number> {
  const defined = new Map<string, number>();
  for (const { tokens, labels, style } of lines) {
    if (style === 'caps') continue;
    for (let index = 2; index + 2 < tokens.length; index++) {
      const label = labels[index - 2]!;
      // Labels first: they are cheaper to read than words.
      if (label === 0 || labels[index] !== 0 || tokens[index - 1]!.text !== '(' || tokens[index + 1]!.text !== ')') continue;
      if (!isAcronym(tokens[index]!.text) || opensLine(labels, index - 2)) continue;
      // The name's B- label: I-x follows B-x in LABELS.
      defined.set(tokens[index]!.text, isInsideLabel(label) ? label - 1 : label);
    }
  }
  return defined;
}

/** Whether the name ending at `end` starts the line ("WASHINGTON (AP)" is a dateline, not a definition). */
function opensLine(labels: Uint8Array, end: number): boolean {
  let start = end;
  while (start > 0 && isInsideLabel(labels[start]!)) start--;
  return start === 0;
}
