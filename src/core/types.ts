/** The facts record of `../shared/eval/FORMAT.md` (schema facts/1) and the engine's own span types. */

/** Offsets are UTF-16 code units into the text as given (a BOM is kept); `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type NameType = 'person' | 'organization' | 'place';

/** A mention inside a boilerplate region carries `boilerplate: true`; the document's own lists count only the others. */
export interface PageMention {
  boilerplate?: true;
}

export interface NameMention extends Span, PageMention {
  text: string;
  type: NameType;
  /** The fullest form of the same entity in the document ("Putin" -> "Vladimir Putin"). */
  canonical: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention extends Span, PageMention {
  text: string;
  /** ISO calendar date as precise as the text allows, or null for vague expressions ("recently"). */
  value: string | null;
  precision: DatePrecision | null;
  /** True when the value was resolved against the publication date ("on Sunday", "ten years ago"). */
  relative: boolean;
  /** Set when the page gives no publication date and the year was inferred from the text (an anniversary, the latest year it names). */
  inferred?: true;
}

export interface Quote extends Span, PageMention {
  text: string;
  /** Canonical name of the person or body quoted, or null when the text does not say. */
  speaker: string | null;
  /** False for quotations without quote marks (scraped block quotes). */
  marked: boolean;
  /** Paragraphs of one multi-paragraph quotation share a group number. */
  group: number;
}

export interface BoilerplateRegion extends Span {
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  /** navigation, related-links, share, app-prompt, disclaimer, duplicate-headline, footer, advertisement, comments, ... */
  kind: string;
  /** How sure the engine is that the region is boilerplate, 0..1 (the mean of its lines' probabilities). */
  confidence?: number;
  /** Sure enough to remove without a look: "Remove all boilerplate" removes only these. */
  certain?: boolean;
}

export interface Amount extends Span {
  text: string;
}

export interface FactsRecord {
  schema: 'facts/1';
  file: string | null;
  title: string | null;
  published: string | null;
  /** Where `published` came from: the document's own text, or the caller (an INDEX.yaml). */
  publishedFrom: 'text' | 'given' | null;
  source: string | null;
  /** The site or publication whose page the document is (FPJ, Orda.kz); null when the text does not say. */
  outlet: string | null;
  authors: string[];
  /** ISO 639-3 code of the article's language ("eng", "por"), or null when too little text to tell. */
  language?: string | null;
  dates: DateMention[];
  names: NameMention[];
  quotes: Quote[];
  boilerplate: BoilerplateRegion[];
  amounts: Amount[];
  /** What the engine skipped or could not do, in words a user can read. */
  warnings: string[];
}
