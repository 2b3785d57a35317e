/** Reads CoNLL-2003 files (token, POS, chunk, IOB1 entity tag) into documents of BIO-labelled sentences. */
import { LABELS, casingOf, normalizeWord } from '../src/core/names/features';

export interface ConllSentence {
  words: string[];
  /** Indexes into LABELS. */
  labels: number[];
}

const TYPES: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** Documents (split at -DOCSTART-) of sentences; MISC and unknown types become O. */
export function readConll(text: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [[]];
  let sentence: ConllSentence = { words: [], labels: [] };
  let previousTag = 'O';
  const endSentence = () => {
    if (sentence.words.length > 0) docs[docs.length - 1]!.push(sentence);
    sentence = { words: [], labels: [] };
    previousTag = 'O';
  };
  for (const line of text.split('\n')) {
    const columns = line.trim().split(' ');
    if (columns[0] === '-DOCSTART-') {
      endSentence();
      if (docs[docs.length - 1]!.length > 0) docs.push([]);
    } else if (columns.length < 4) {
      endSentence();
    } else {
      const tag = columns[3]!;
      sentence.words.push(columns[0]!);
      sentence.labels.push(bioLabel(tag, previousTag));
      previousTag = tag;
    }
  }
  endSentence();
  return docs.filter((doc) => doc.length > 0);
}

/** IOB1 to BIO: I-X opens a name unless the word before was inside a name of the same type. */
function bioLabel(tag: string, previousTag: string): number {
  if (tag === 'O') return 0;
  const [prefix, kind] = tag.split('-') as [string, string];
  const type = TYPES[kind];
  if (!type) return 0;
  const continues = prefix === 'I' && previousTag !== 'O' && previousTag.slice(2) === kind;
  return LABELS.indexOf(`${continues ? 'I' : 'B'}-${type}` as (typeof LABELS)[number]);
}

const B_PERSON = LABELS.indexOf('B-person');
const I_PERSON = LABELS.indexOf('I-person');

/**
 * First names: words that open a person's name of two words or more ("Vladimir Putin") at least
 * `minimum` times in the sentences, written with an initial capital, and not common words.
 */
export function firstNamesOf(sentences: readonly ConllSentence[], commonWords: ReadonlySet<string>, minimum: number): Set<string> {
  const counts = new Map<string, number>();
  for (const { words, labels } of sentences) {
    labels.forEach((label, index) => {
      if (label !== B_PERSON || labels[index + 1] !== I_PERSON || casingOf(words[index]!) !== 'init') return;
      const lower = normalizeWord(words[index]!);
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    });
  }
  return new Set([...counts].filter(([lower, count]) => count >= minimum && !commonWords.has(lower)).map(([lower]) => lower));
}
