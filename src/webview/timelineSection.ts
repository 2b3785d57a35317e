/**
 * The Timeline section: above, the coverage chart (documents per day or week by publication date;
 * a bar filters the INDEX to its days); then the collection's dated events (the articles' own) on
 * a vertical time axis, one mark per date (years, months and days in order), each event with its
 * sentence and document, filterable by document; events told elsewhere with another date are
 * marked. Choosing an event reveals it in its document.
 */
import { coverage } from './coverage';
import { element, enableArrowKeys } from './dom';
import type { IndexRow, Located, TimelineItem, TimelineState } from './messages';

export interface TimelineCallbacks {
  reveal(target: Located): void;
  refresh(): void;
  /** Shows the INDEX with the documents published in these days. */
  filterIndex(from: string, to: string): void;
}

export class TimelineSection {
  readonly root = element('div', { class: 'timeline' });
  private readonly status = element('p', { class: 'status', role: 'status' });
  private readonly chart = element('div', { class: 'coverage', role: 'group', 'aria-label': 'Documents by publication date' });
  private readonly document = element('select', { 'aria-label': 'Events of document' });
  private readonly axis = element('ol', { class: 'axis', role: 'list' });
  private state: TimelineState = { status: 'not-loaded' };

  constructor(private readonly callbacks: TimelineCallbacks) {
    const refreshButton = element('button', { type: 'button', class: 'secondary' }, 'Refresh');
    refreshButton.addEventListener('click', () => callbacks.refresh());
    this.document.addEventListener('change', () => this.show(this.state));
    enableArrowKeys(this.axis);
    this.root.append(this.chart, element('div', { class: 'toolbar' }, this.document, refreshButton), this.status, this.axis);
  }

  /** The coverage chart of the INDEX rows. */
  showCoverage(rows: readonly IndexRow[]): void {
    const { size, bins } = coverage(rows);
    const most = Math.max(1, ...bins.map((bin) => bin.count));
    const bars = bins.map((bin) => {
      const days = bin.from === bin.to ? bin.from : `${bin.from} to ${bin.to}`;
      const label = `${days}: ${bin.count} ${bin.count === 1 ? 'document' : 'documents'}`;
      const bar = element('button', { type: 'button', class: 'bar', title: label, 'aria-label': label });
      const fill = element('span', { class: 'fill' });
      // Through the CSSOM: the page's CSP allows no style attribute.
      fill.style.height = `${Math.round((bin.count / most) * 100)}%`;
      bar.append(fill);
      bar.addEventListener('click', () => this.callbacks.filterIndex(bin.from, bin.to));
      return bar;
    });
    const caption = bins.length === 0 ? 'No document is dated to the day.' : `Documents per ${size} by publication date; a bar shows them in the INDEX.`;
    this.chart.replaceChildren(element('p', { class: 'detail' }, caption), element('div', { class: 'bars' }, ...bars));
  }

  show(state: TimelineState): void {
    this.state = state;
    if (state.status !== 'ready') {
      this.status.textContent = state.status === 'loading' ? 'Reading dated events…' : 'Not loaded yet.';
      return;
    }
    this.fillDocuments(state.events);
    const events = this.document.value === '' ? state.events : state.events.filter((event) => event.file === this.document.value);
    const conflicts = events.filter((event) => event.conflicts.length > 0).length;
    const shown = state.events.length < state.total ? ` (the first ${state.events.length} shown)` : '';
    const of = this.document.value === '' ? '' : ` in ${this.document.value}`;
    this.status.textContent = `${this.document.value === '' ? state.total : events.length} dated events${of}${shown}${conflicts > 0 ? `, ${conflicts} with conflicting dates` : ''}.`;
    const byDate = new Map<string, TimelineItem[]>();
    for (const event of events) byDate.set(event.value, [...(byDate.get(event.value) ?? []), event]);
    this.axis.replaceChildren(...[...byDate].map(([value, events]) => this.renderDate(value, events)));
  }

  private fillDocuments(events: readonly TimelineItem[]): void {
    const chosen = this.document.value;
    const files = [...new Set(events.map((event) => event.file))].sort();
    this.document.replaceChildren(element('option', { value: '' }, 'All documents'), ...files.map((file) => element('option', { value: file }, file)));
    this.document.value = files.includes(chosen) ? chosen : '';
  }

  private renderDate(value: string, events: TimelineItem[]): HTMLLIElement {
    const list = element('ul', { role: 'list' }, ...events.map((event) => element('li', {}, this.renderEvent(event))));
    return element('li', { class: 'tick' }, element('h3', { class: 'date' }, value), list);
  }

  private renderEvent(event: TimelineItem): HTMLButtonElement {
    const conflicting = event.conflicts.length > 0;
    const button = element('button', { type: 'button', class: conflicting ? 'item event conflict' : 'item event', title: `Reveal in ${event.file}` });
    button.append(element('span', { class: 'label' }, event.sentence), element('span', { class: 'detail' }, `“${event.text}” · ${event.file}`));
    if (conflicting) {
      const others = event.conflicts.map((conflict) => `${conflict.value} in ${conflict.file}`).join('; ');
      button.append(element('span', { class: 'warning' }, `⚠ conflicting date: ${others}`));
    }
    button.addEventListener('click', () => this.callbacks.reveal(event));
    return button;
  }
}
