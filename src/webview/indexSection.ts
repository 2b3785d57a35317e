/**
 * The INDEX section: every seed document of the workspace as cards (searched, faceted and sorted
 * as indexQuery.ts says; click to open) with its review status and tags, changeable here; the live
 * count and review progress; then the collection's numbering gaps and groups of duplicate documents.
 */
import { element, enableArrowKeys } from './dom';
import { CopyDifferences } from './indexCopies';
import { IndexFilters } from './indexFilters';
import { countLabel, emptyQuery, filterRows, groupCopies, type IndexQuery, type SortKey, sortRows } from './indexQuery';
import { type CollectionFacts, type IndexRow, type IndexState, REVIEW_STATUSES, type ReviewStatus, type WordChange } from './messages';

export interface IndexViewState {
  sortKey: SortKey;
  descending: boolean;
  /** Absent in a state saved by an older page. */
  query?: IndexQuery;
}

const SORT_FIELDS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'file', label: 'File', numeric: false },
  { key: 'published', label: 'Published', numeric: false },
  { key: 'title', label: 'Title', numeric: false },
  { key: 'outlet', label: 'Outlet', numeric: false },
  { key: 'source', label: 'Source', numeric: false },
  { key: 'language', label: 'Language', numeric: false },
  { key: 'status', label: 'Status', numeric: false },
  { key: 'tags', label: 'Tags', numeric: false },
  { key: 'names', label: 'Names', numeric: true },
  { key: 'dates', label: 'Dates', numeric: true },
  { key: 'quotes', label: 'Quotes', numeric: true },
];

export interface IndexSectionCallbacks {
  open(uri: string): void;
  refresh(): void;
  setStatus(uri: string, status: ReviewStatus): void;
  tag(uri: string): void;
  exportCsv(): void;
  /** Asks for the word difference of a wire copy from its original. */
  compare(original: string, copy: string): void;
  /** The documents shown, in their order, each time they change. */
  shown(uris: string[]): void;
  /** Persists sort and filter across reloads of the page. */
  remember(state: IndexViewState): void;
}

export class IndexSection {
  readonly root = element('div', { class: 'index' });
  private readonly status = element('p', { class: 'status', role: 'status' });
  private readonly direction = element('button', { type: 'button', class: 'secondary', 'aria-label': 'Sort direction' });
  private readonly list = element('ul', { role: 'list', class: 'documents' });
  private readonly collection = element('div', { class: 'collection' });
  private readonly filters: IndexFilters;
  private readonly copies: CopyDifferences;
  private rows: IndexRow[] = [];
  private loaded = false;

  constructor(
    private view: IndexViewState,
    private readonly callbacks: IndexSectionCallbacks,
  ) {
    this.copies = new CopyDifferences(callbacks.compare);
    this.filters = new IndexFilters(view.query ?? emptyQuery(), (query) => this.update({ ...this.view, query }));
    const refresh = element('button', { type: 'button', class: 'secondary' }, 'Refresh');
    refresh.addEventListener('click', () => callbacks.refresh());
    const exportCsv = element('button', { type: 'button', class: 'secondary', title: 'Export the documents shown as CSV' }, 'Export CSV');
    exportCsv.addEventListener('click', () => callbacks.exportCsv());
    // A narrow side bar has no room for a table: entries are cards, sorted with a select.
    const sort = element('select', { 'aria-label': 'Sort by' }, ...SORT_FIELDS.map((field) => element('option', { value: field.key }, `Sort by ${field.label.toLowerCase()}`)));
    sort.value = view.sortKey;
    sort.addEventListener('change', () => {
      const field = SORT_FIELDS.find((candidate) => candidate.key === sort.value) ?? SORT_FIELDS[0]!;
      this.update({ ...this.view, sortKey: field.key, descending: field.numeric });
    });
    this.direction.addEventListener('click', () => this.update({ ...this.view, descending: !this.view.descending }));
    enableArrowKeys(this.list);
    this.root.append(this.filters.root, element('div', { class: 'toolbar' }, sort, this.direction), element('div', { class: 'toolbar' }, exportCsv, refresh), this.status, this.collection, this.list);
    this.renderDirection();
  }

  show(state: IndexState): void {
    this.loaded = state.status === 'ready';
    if (state.status === 'ready') {
      this.rows = state.rows;
      this.collection.replaceChildren(...renderCollection(state.collection));
    }
    if (state.status !== 'ready') this.status.textContent = state.status === 'loading' ? 'Reading seed documents…' : 'Not loaded yet.';
    this.renderRows();
  }

  /** Replaces the filters (from the Timeline's coverage chart). */
  filter(query: IndexQuery): void {
    this.filters.apply(query);
  }

  private update(view: IndexViewState): void {
    this.view = view;
    this.callbacks.remember(view);
    this.renderDirection();
    this.renderRows();
  }

  private renderDirection(): void {
    this.direction.textContent = this.view.descending ? '▾ descending' : '▴ ascending';
  }

  private renderRows(): void {
    const shown = sortRows(filterRows(this.rows, this.view.query ?? emptyQuery()), this.view.sortKey, this.view.descending);
    this.filters.render(this.rows, shown);
    if (this.loaded) this.status.textContent = `${countLabel(shown, this.rows)}.`;
    this.list.replaceChildren(...groupCopies(shown).map(({ row, copies }) => {
      const item = this.renderRow(row);
      if (copies.length > 0) item.append(this.copies.render(row, copies, (copy) => this.renderRow(copy)));
      return item;
    }));
    if (this.loaded) this.callbacks.shown(shown.map((row) => row.uri));
  }

  /** The extension's word difference of a copy from its original. */
  showComparison(copy: string, difference: WordChange[]): void {
    this.copies.show(copy, difference);
  }

  private renderRow(row: IndexRow): HTMLElement {
    const open = element('button', { type: 'button', class: 'item document-entry', title: `Open ${row.file}` }, element('span', { class: 'file' }, row.file));
    open.append(element('span', { class: 'title' }, row.title ?? 'Untitled'));
    const counts = (['names', 'dates', 'quotes'] as const).map((key) => {
      const count = row[key];
      return count === null ? null : `${count} ${count === 1 ? key.slice(0, -1) : key}`;
    });
    const language = row.language !== null && row.language !== 'eng' ? row.language : null;
    const meta = [row.published ?? 'no date', row.outlet, row.source !== row.outlet ? row.source : null, language, ...counts].filter((part) => part !== null).join(' · ');
    open.append(element('span', { class: 'detail' }, meta));
    if (row.tags.length > 0) open.append(element('span', { class: 'tags' }, row.tags.map((tag) => `#${tag}`).join(' ')));
    if (row.duplicateOf) open.append(element('span', { class: 'detail' }, `copy of ${row.duplicateOf}`));
    if (row.problem) open.append(element('span', { class: 'warning' }, row.problem));
    open.addEventListener('click', () => this.callbacks.open(row.uri));
    const tag = element('button', { type: 'button', class: 'secondary tag-button', 'aria-label': `Tag ${row.file}` }, 'Tag…');
    tag.addEventListener('click', () => this.callbacks.tag(row.uri));
    return element('li', { class: 'document-row' }, element('div', { class: 'row-main' }, open, element('div', { class: 'row-actions' }, this.statusSelect(row), tag)));
  }

  /** Without an entry in INDEX.yaml the select shows "unreviewed"; choosing a status writes one. */
  private statusSelect(row: IndexRow): HTMLSelectElement {
    const select = element('select', { class: 'review-status', 'aria-label': `Review status of ${row.file}` }, ...REVIEW_STATUSES.map((status) => element('option', { value: status }, status)));
    select.value = row.status ?? 'unreviewed';
    select.addEventListener('change', () => {
      const status = REVIEW_STATUSES.find((candidate) => candidate === select.value);
      if (status) this.callbacks.setStatus(row.uri, status);
    });
    return select;
  }
}

function renderCollection(facts: CollectionFacts): HTMLElement[] {
  const parts: HTMLElement[] = facts.problems.map((problem) => element('p', { class: 'warning' }, problem));
  parts.push(element('p', { class: 'detail' }, `Missing numbers: ${facts.gaps.length > 0 ? facts.gaps.join(', ') : 'none'}`));
  if (facts.duplicates.length > 0) {
    const groups = element('ul', { role: 'list', class: 'duplicates' }, ...facts.duplicates.map((group) => element('li', {}, group.join(' = '))));
    parts.push(element('h3', {}, `Duplicate groups (${facts.duplicates.length})`), groups);
  }
  return parts;
}
