/**
 * What the indexing thread keeps of a worker thread's replies, made smaller as they arrive. A cold
 * `index` keeps every profile until the document is analysed and every summary until INDEX.yaml is
 * written, and a structured clone rebuilds both in their bulkiest form: of 10,000 real documents,
 * the profiles' hash lists took 14 MB and the summaries 15 MB of that thread's heap.
 * - Hash lists (line hashes, MinHash signature) arrive as arrays of boxed numbers: a 32-bit hash is
 *   mostly beyond V8's small integers, so each is a 16-byte heap object behind a 4-byte slot.
 *   Copied into arrays of unboxed doubles, 8 bytes a hash, half the size.
 * - A summary's names, authors, source, outlet, language and date arrive as new strings for every
 *   document, although a collection names the same people, places and sources over and over:
 *   each is replaced by the first equal string of the run. So is its title: most are a document's
 *   own (the table then holds the one string the summary kept anyway), but wire copies and pages
 *   saved twice repeat theirs (20,000 copies of two seeds: 3.7 MB of equal titles). Its file name is
 *   the one the request named, which the index keeps anyway.
 */
import type { AnalysisOutput, ProfiledFile } from '../corpus/documentWork';
import type { DocumentSummary } from '../corpus/summary';

/** The summary fields whose values recur across a collection's documents. */
const SHARED_TEXTS = ['title', 'published', 'source', 'outlet', 'language'] as const;
const SHARED_LISTS = ['authors', 'people', 'organizations', 'places'] as const;

export class KeptReplies {
  private readonly texts = new Map<string, string>();

  profile(value: ProfiledFile): ProfiledFile {
    const { profile } = value;
    profile.lineHashes = unboxed(profile.lineHashes);
    profile.signature = unboxed(profile.signature);
    return value;
  }

  /** `file`: the name the request gave, which the summary repeats. */
  analysis(value: AnalysisOutput, file: string): AnalysisOutput {
    const { summary } = value;
    if (summary.file === file) summary.file = file;
    for (const key of SHARED_TEXTS) {
      const text = summary[key];
      if (typeof text === 'string') summary[key] = this.shared(text);
    }
    for (const key of SHARED_LISTS) this.shareAll(summary[key]);
    return value;
  }

  private shareAll(list: DocumentSummary['people']): void {
    for (let i = 0; i < list.length; i++) list[i] = this.shared(list[i]!);
  }

  private shared(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }
}

/**
 * The same numbers in an array V8 stores unboxed: a new array filled by index (not a copy of the
 * clone, which keeps its boxed elements) holds doubles once a value is beyond its small integers.
 */
function unboxed(values: readonly number[]): number[] {
  const copy = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) copy[i] = values[i]!;
  return copy;
}
