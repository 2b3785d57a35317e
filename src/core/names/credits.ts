/**
 * News-agency credits: the acronym a page gives as its story's source, where nothing else stands
 * ("PTI Updated: Friday ...", "... the ministry said. (PTI)", "— IANS", "Source: ANI", "With inputs
 * from AFP"). Written alone in page furniture, they give the tagger no sentence to read; their
 * place says they are the organization that filed the story.
 */
import { isAcronym, keptWordInfo } from './cues';
import { LABELS } from './features';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';

const ORGANIZATION = LABELS.indexOf('B-organization');
/** Words that follow an agency's credit in a byline ("PTIUpdated:", "AFP Published"). */
const BYLINE_AFTER = new Set(['updated', 'published', 'posted', 'last']);
/** Words that lead up to a credit ("Source: PTI", "inputs from IANS"). */
const CREDIT_BEFORE = new Set(['source', 'sources', 'inputs', 'input', 'credit', 'courtesy', 'agency']);
const DASHES = new Set(['-', '—', '–', '--']);
const CLOSERS = new Set(['.', ')']);

/** The lines with each agency credit labelled an organization (labels copied where changed). */
export function markAgencyCredits(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    const credit = creditIndex(line.tokens);
    // "- VIDEO", "(LIVE)": page furniture in capitals, no agency.
    if (credit < 0 || line.labels[credit] !== 0 || keptWordInfo(line.tokens[credit]!.text, commonWords).common) return line;
    const labels = line.labels.slice();
    labels[credit] = ORGANIZATION;
    return { ...line, labels };
  });
}

/** Index of the token that credits an agency in this line, or -1. */
function creditIndex(tokens: readonly Token[]): number {
  const count = tokens.length;
  if (count === 0) return -1;
  if (count >= 2 && isAcronym(tokens[0]!.text) && BYLINE_AFTER.has(tokens[1]!.text.toLowerCase())) return 0;
  let last = count - 1;
  // A closing period or bracket after the credit: "(PTI)", "(PTI).", "- PTI."
  while (last > 0 && CLOSERS.has(tokens[last]!.text) && count - last <= 2) last--;
  if (!isAcronym(tokens[last]!.text) || last === 0) return -1;
  const before = tokens[last - 1]!.text;
  if (before === '(' && tokens[last + 1]?.text === ')' && (last === 1 || isSentenceEnd(tokens[last - 2]!.text))) return last;
  if (DASHES.has(before)) return last;
  if ((before === ':' || before.toLowerCase() === 'from') && last >= 2 && CREDIT_BEFORE.has(tokens[last - 2]!.text.toLowerCase())) return last;
  return -1;
}

function isSentenceEnd(word: string): boolean {
  return word === '.' || word === '!' || word === '?' || word === '"' || word === '”';
}
