/** Reads CoNLL-2003 files (token, POS, chunk, IOB1 entity tag) into documents of BIO-labelled sentences. */
import { LABELS } from '../src/core/names/features';

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
