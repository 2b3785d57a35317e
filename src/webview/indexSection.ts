/**
 * The INDEX section: every seed document of the workspace as cards (sortable, filterable, click to
 * open) with its review status, changeable here; then the collection's numbering gaps and groups
 * of duplicate documents.
 */
import { element, enableArrowKeys } from './dom';
import { type CollectionFacts, type IndexRow, type IndexState, REVIEW_STATUSES, type ReviewStatus } from './messages';

export type SortKey = 'file' | 'published' | 'title' | 'source' | 'names' | 'dates' | 'quotes';
export interface IndexViewState {
  sortKey: SortKey;
  descending: boolean;
  filter: string;
}

const SORT_FIELDS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'file', label: 'File', numeric: false },
  { key: 'published', label: 'Published', numeric: false },
  { key: 'title', label: 'Title', numeric: false },
  { key: 'source', label: 'Source', numeric: false },
  { key: 'names', label: 'Names', numeric: true },
  { key: 'dates', label: 'Dates', numeric: true },
  { key: 'quotes', label: 'Quotes', numeric: true },
];

export interface IndexSectionCallbacks {
  open(uri: string): void;
  refresh(): void;
  setStatus(uri: string, status: ReviewStatus): void;
  /** Persists sort and filter across reloads of the page. */
  remember(state: IndexViewState): void;
}

export class IndexSection {
  readonly root = element('div', { class: 'index' });
  private readonly status = element('p', { class: 'status', role: 'status' });
  private readonly direction = element('button', { type: 'button', class: 'secondary', 'aria-label': 'Sort direction' });
  private readonly list = element('ul', { role: 'list', class: 'documents' });
  private readonly collection = element('div', { class: 'collection' });
  private rows: IndexRow[] = [];

  constructor(
    private view: IndexViewState,
    private readonly callbacks: IndexSectionCallbacks,
  ) {
    const filter = element('input', { type: 'search', placeholder: 'Filter by file, title, source, date', 'aria-label': 'Filter documents' });
    filter.value = view.filter;
    filter.addEventListener('input', () => this.update({ ...this.view, filter: filter.value }));
    const refresh = element('button', { type: 'button', class: 'secondary' }, 'Refresh');
    refresh.addEventListener('click', () => callbacks.refresh());
    // A narrow side bar has no room for a table: entries are cards, sorted with a select.
    const sort = element('select', { 'aria-label': 'Sort by' }, ...SORT_FIELDS.map((field) => element('option', { value: field.key }, `Sort by ${field.label.toLowerCase()}`)));
    sort.value = view.sortKey;
    sort.addEventListener('change', () => {
      const field = SORT_FIELDS.find((candidate) => candidate.key === sort.value) ?? SORT_FIELDS[0]!;
      this.update({ ...this.view, sortKey: field.key, descending: field.numeric });
    });
    this.direction.addEventListener('click', () => this.update({ ...this.view, descending: !this.view.descending }));
    enableArrowKeys(this.list);
    this.root.append(element('div', { class: 'toolbar' }, filter, refresh), element('div', { class: 'toolbar' }, sort, this.direction), this.status, this.collection, this.list);
    this.renderDirection();
  }

  show(state: IndexState): void {
    if (state.status === 'ready') {
      this.rows = state.rows;
      this.collection.replaceChildren(...renderCollection(state.collection));
    }
    this.status.textContent =
      state.status === 'loading' ? 'Reading seed documents…' : state.status === 'not-loaded' ? 'Not loaded yet.' : `${state.rows.length} documents.`;
    this.renderRows();
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
    const needle = this.view.filter.trim().toLowerCase();
    const shown = this.rows
      .filter((row) => needle === '' || [row.file, row.title, row.source, row.published].some((value) => value?.toLowerCase().includes(needle)))
      .sort((a, b) => compare(a, b, this.view.sortKey) * (this.view.descending ? -1 : 1));
    this.list.replaceChildren(...shown.map((row) => this.renderRow(row)));
  }

  private renderRow(row: IndexRow): HTMLLIElement {
    const open = element('button', { type: 'button', class: 'item document-entry', title: `Open ${row.file}` }, element('span', { class: 'file' }, row.file));
    open.append(element('span', { class: 'title' }, row.title ?? 'Untitled'));
    const counts = (['names', 'dates', 'quotes'] as const).map((key) => {
      const count = row[key];
      return count === null ? null : `${count} ${count === 1 ? key.slice(0, -1) : key}`;
    });
    const meta = [row.published ?? 'no date', row.source, ...counts].filter((part) => part !== null).join(' · ');
    open.append(element('span', { class: 'detail' }, meta));
    if (row.problem) open.append(element('span', { class: 'warning' }, row.problem));
    open.addEventListener('click', () => this.callbacks.open(row.uri));
    return element('li', { class: 'document-row' }, open, this.statusSelect(row));
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

function compare(a: IndexRow, b: IndexRow, key: SortKey): number {
  const left = a[key];
  const right = b[key];
  if (left === right) return a.file.localeCompare(b.file);
  if (left === null) return 1;
  if (right === null) return -1;
  return typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right));
}
