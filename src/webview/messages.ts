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

/**
 * What the page attaches to an entry as data-vscode-context: VS Code reads its keys in the `when`
 * clauses of the panel's context menu and passes it to the command chosen.
 */
export type MenuContext = Record<string, string | number | boolean>;

export interface EntityItem extends Located {
  name: string;
  mentions: number;
  /** The corrections menu of the entity's entry. */
  menu?: MenuContext;
}

/** A text of the document the reviewer said is no name (its menu offers "Undo: Not a name"). */
export interface NotNameItem extends Located {
  text: string;
  menu: MenuContext;
}

export interface DateItem extends Located {
  text: string;
  value: string | null;
}

/** One piece of a word-by-word difference, from this document's wording to the other's. */
export interface WordChange {
  value: string;
  change: 'same' | 'added' | 'removed';
}

/** The same or nearly the same words quoted in another document. */
export interface QuoteElsewhere extends Located {
  /** Workspace-relative path. */
  file: string;
  text: string;
  speaker: string | null;
  exact: boolean;
  /** Both speakers known and not the same person. */
  differentSpeaker: boolean;
  /** Empty when exact. */
  difference: WordChange[];
}

export interface QuoteItem extends Located {
  text: string;
  speaker: string | null;
  elsewhere: QuoteElsewhere[];
}

export interface AmountItem extends Located {
  text: string;
}

/** A name, date or quotation of the page outside the article (a related headline, a menu). */
export interface PageItem extends Located {
  kind: 'person' | 'organization' | 'place' | 'date' | 'quotation';
  text: string;
}

export interface DocumentView {
  uri: string;
  file: string;
  title: string | null;
  published: string | null;
  source: string | null;
  /** The site or publication whose page it is. */
  outlet?: string | null;
  authors: string[];
  people: EntityItem[];
  organizations: EntityItem[];
  places: EntityItem[];
  dates: DateItem[];
  quotes: QuoteItem[];
  amounts: AmountItem[];
  /** The page's mentions in boilerplate, shown apart and folded; every list above is the article's. */
  onPage: PageItem[];
  /** Texts of the document the reviewer's corrections say are no name. */
  notNames?: NotNameItem[];
  /** "12%" of lines. */
  boilerplateShare: string;
  warnings: string[];
}

export type DocumentState =
  | { kind: 'none' }
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'facts'; view: DocumentView };

export type ReviewStatus = 'unreviewed' | 'reviewed' | 'flagged';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'reviewed', 'flagged'];

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
  /** Why the file could not be read or analysed. */
  problem: string | null;
  /** The review status in INDEX.yaml; null when the file has no entry there yet. */
  status: ReviewStatus | null;
  outlet: string | null;
  authors: string[];
  /** Canonical names the article mentions (all of them, for search and facets). */
  people: string[];
  organizations: string[];
  places: string[];
  /** ISO 639-3 code; null when unknown. */
  language: string | null;
  /** The entry's `tags` in INDEX.yaml. */
  tags: string[];
  /** Workspace-relative path of the original when this document is a near-duplicate copy of it. */
  duplicateOf: string | null;
}

export interface CollectionFacts {
  /** Missing numbers in the file names ("seeds/001"). */
  gaps: string[];
  /** Groups of workspace-relative paths of the same or nearly the same document. */
  duplicates: string[][];
  /** Malformed INDEX.yaml files, with line and column; they are never overwritten. */
  problems: string[];
}

export type IndexState = { status: 'not-loaded' } | { status: 'loading' } | { status: 'ready'; rows: IndexRow[]; collection: CollectionFacts };

export interface TimelineItem extends Located {
  /** Workspace-relative path. */
  file: string;
  /** ISO date of any precision. */
  value: string;
  /** The date as written. */
  text: string;
  sentence: string;
  /** The same event told with another date elsewhere. */
  conflicts: { file: string; value: string }[];
}

/** `events` is the start of the time axis when the collection has more than the page can draw; `total` counts them all. */
export type TimelineState = { status: 'not-loaded' } | { status: 'loading' } | { status: 'ready'; events: TimelineItem[]; total: number };

export type ToWebview =
  | { type: 'document'; state: DocumentState }
  | { type: 'index'; state: IndexState }
  | { type: 'timeline'; state: TimelineState }
  /** A wire copy's word difference from its original (empty: the same words). */
  | { type: 'comparison'; copy: string; difference: WordChange[] };

/** What the page drew for a document: lets the tests check rendering, escaping included. */
export interface RenderedDocument {
  /** The heading's textContent. */
  title: string | null;
  /** Entries that reveal something in the editor. */
  items: number;
  /** <img> elements in the page: document text must never create one. */
  images: number;
  /** <script> elements added since the page loaded (the panel's own and the editor's are there before). */
  addedScripts: number;
  /** Elements with an on… event-handler attribute or a javascript: href or src. */
  activeElements: number;
  /** The data-vscode-context of each entry that has a context menu. */
  menus?: string[];
}

export type FromWebview =
  | { type: 'ready' }
  | { type: 'rendered'; document: RenderedDocument }
  | { type: 'reveal'; target: Located }
  | { type: 'open'; uri: string }
  | { type: 'loadIndex' }
  | { type: 'setStatus'; uri: string; status: ReviewStatus }
  /** Asks for the tag picker of one document. */
  | { type: 'tag'; uri: string }
  /** The documents the INDEX tab shows, in its order (filter and sort applied): Next Unreviewed and the CSV export follow it. */
  | { type: 'shown'; uris: string[] }
  | { type: 'exportCsv' }
  /** Asks for a wire copy's word difference from its original (URIs). */
  | { type: 'compare'; original: string; copy: string }
  | { type: 'loadTimeline' };
