/**
 * Messages between the extension and the side panel, typed once for both sides. Every string in
 * them may come from a document and is shown with textContent only.
 */

export interface Located {
  /** Document URI (string form) the offsets belong to. */
  uri: string;
  start: number;
  end: number;
}

export interface EntityItem extends Located {
  name: string;
  mentions: number;
}

export interface DateItem extends Located {
  text: string;
  value: string | null;
}

export interface QuoteItem extends Located {
  text: string;
  speaker: string | null;
}

export interface AmountItem extends Located {
  text: string;
}

export interface DocumentView {
  uri: string;
  file: string;
  title: string | null;
  published: string | null;
  source: string | null;
  authors: string[];
  people: EntityItem[];
  organizations: EntityItem[];
  places: EntityItem[];
  dates: DateItem[];
  quotes: QuoteItem[];
  amounts: AmountItem[];
  /** "12%" of lines. */
  boilerplateShare: string;
  warnings: string[];
}

export type DocumentState =
  | { kind: 'none' }
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'facts'; view: DocumentView };

export interface IndexRow {
  uri: string;
  /** Workspace-relative path. */
  file: string;
  published: string | null;
  title: string | null;
  source: string | null;
  names: number | null;
  dates: number | null;
  quotes: number | null;
  /** Where the row's fields came from: the folder's INDEX.yaml, or analysing the file. */
  origin: 'index-file' | 'analysis';
  /** Why the file could not be read or analysed. */
  problem: string | null;
}

export type IndexState = { status: 'not-loaded' } | { status: 'loading' } | { status: 'ready'; rows: IndexRow[] };

export type ToWebview = { type: 'document'; state: DocumentState } | { type: 'index'; state: IndexState };

/** What the page drew for a document: lets the tests check rendering, escaping included. */
export interface RenderedDocument {
  /** The heading's textContent. */
  title: string | null;
  /** Entries that reveal something in the editor. */
  items: number;
  /** <img> elements in the page: document text must never create one. */
  images: number;
}

export type FromWebview =
  | { type: 'ready' }
  | { type: 'rendered'; document: RenderedDocument }
  | { type: 'reveal'; target: Located }
  | { type: 'open'; uri: string }
  | { type: 'loadIndex' };
