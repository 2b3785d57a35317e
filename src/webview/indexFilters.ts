/**
 * The INDEX tab's search box and facets: a select per facet listing its values with document
 * counts, names picked (people, organizations, places) shown as removable chips and all required,
 * a publication-date range, and Clear. Every control is a native input, select or button, so the
 * keyboard alone works. Values are document text: they go in through textContent only.
 */
import { element } from './dom';
import { emptyQuery, facetValues, filterRows, type IndexQuery, isFiltered, NAME_FACETS, type NameFacet, VALUE_FACETS, type ValueFacet } from './indexQuery';
import { type IndexRow, REVIEW_STATUSES } from './messages';

const FACET_LABELS: Record<NameFacet | ValueFacet, string> = {
  people: 'person', organizations: 'organization', places: 'place', outlet: 'outlet', source: 'source', language: 'language', status: 'status', tag: 'tag',
};

export class IndexFilters {
  readonly root = element('div', { class: 'filters' });
  private readonly search = element('input', { type: 'search', placeholder: 'Search titles, outlets, sources, authors, names', 'aria-label': 'Search documents' });
  private readonly chips = element('div', { class: 'chips' });
  private readonly clear = element('button', { type: 'button', class: 'secondary' }, 'Clear filters');
  private readonly from = element('input', { type: 'date', 'aria-label': 'Published from' });
  private readonly to = element('input', { type: 'date', 'aria-label': 'Published until' });
  private readonly selects = new Map<NameFacet | ValueFacet, HTMLSelectElement>();

  constructor(private query: IndexQuery, private readonly onChange: (query: IndexQuery) => void) {
    this.search.value = query.text;
    this.search.addEventListener('input', () => this.set({ ...this.query, text: this.search.value }));
    this.from.value = query.from ?? '';
    this.to.value = query.to ?? '';
    this.from.addEventListener('change', () => this.set({ ...this.query, from: this.from.value || null }));
    this.to.addEventListener('change', () => this.set({ ...this.query, to: this.to.value || null }));
    this.clear.addEventListener('click', () => this.set(emptyQuery()));
    const facets = element('div', { class: 'facets' });
    for (const facet of [...NAME_FACETS, ...VALUE_FACETS]) {
      const select = element('select', { 'aria-label': `Filter by ${FACET_LABELS[facet]}`, 'data-facet': facet });
      select.addEventListener('change', () => this.choose(facet, select.value));
      this.selects.set(facet, select);
      facets.append(select);
    }
    const dates = element('div', { class: 'toolbar dates' }, element('label', {}, 'From ', this.from), element('label', {}, 'to ', this.to));
    this.root.append(element('div', { class: 'toolbar' }, this.search), facets, dates, element('div', { class: 'toolbar' }, this.chips, this.clear));
  }

  /** Sets the query from outside (a click on the coverage chart). */
  apply(query: IndexQuery): void {
    this.search.value = query.text;
    this.from.value = query.from ?? '';
    this.to.value = query.to ?? '';
    this.set(query);
  }

  /** Rebuilds the choices: names among the documents shown; a value facet's values among the documents every other filter lets through. */
  render(rows: readonly IndexRow[], shown: readonly IndexRow[]): void {
    for (const facet of NAME_FACETS) {
      const chosen = new Set(this.query[facet]);
      const values = facetValues(shown, facet).filter(({ value }) => !chosen.has(value));
      this.fill(facet, `Add ${FACET_LABELS[facet]}…`, values, '');
    }
    for (const facet of VALUE_FACETS) {
      const values = facetValues(filterRows(rows, { ...this.query, [facet]: null }), facet);
      const chosen = this.query[facet];
      if (facet === 'status') values.sort((a, b) => REVIEW_STATUSES.indexOf(a.value as never) - REVIEW_STATUSES.indexOf(b.value as never));
      if (chosen !== null && !values.some(({ value }) => value === chosen)) values.unshift({ value: chosen, count: 0 });
      this.fill(facet, `Any ${FACET_LABELS[facet]}`, values, chosen ?? '');
    }
    this.chips.replaceChildren(...NAME_FACETS.flatMap((facet) => this.query[facet].map((name) => this.chip(facet, name))));
    this.clear.hidden = !isFiltered(this.query);
  }

  private fill(facet: NameFacet | ValueFacet, prompt: string, values: { value: string; count: number }[], selected: string): void {
    const select = this.selects.get(facet)!;
    select.replaceChildren(element('option', { value: '' }, prompt), ...values.map(({ value, count }) => element('option', { value }, `${value} (${count})`)));
    select.value = selected;
  }

  private choose(facet: NameFacet | ValueFacet, value: string): void {
    if ((NAME_FACETS as readonly string[]).includes(facet)) {
      const names = facet as NameFacet;
      if (value !== '') this.set({ ...this.query, [names]: [...this.query[names], value] });
    } else {
      this.set({ ...this.query, [facet]: value === '' ? null : value });
    }
  }

  private chip(facet: NameFacet, name: string): HTMLButtonElement {
    const chip = element('button', { type: 'button', class: 'chip', 'aria-label': `Remove ${FACET_LABELS[facet]} ${name}` }, `✕ ${name}`);
    chip.addEventListener('click', () => this.set({ ...this.query, [facet]: this.query[facet].filter((other) => other !== name) }));
    return chip;
  }

  private set(query: IndexQuery): void {
    this.query = query;
    this.onChange(query);
  }
}
