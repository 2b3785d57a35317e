/**
 * The Timeline section: the collection's dated events on a vertical time axis, one mark per date
 * (years, months and days in order), each event with its sentence and document; events told
 * elsewhere with another date are marked. Choosing an event reveals it in its document.
 */
import { element, enableArrowKeys } from './dom';
import type { Located, TimelineItem, TimelineState } from './messages';

export class TimelineSection {
  readonly root = element('div', { class: 'timeline' });
  private readonly status = element('p', { class: 'status', role: 'status' });
  private readonly axis = element('ol', { class: 'axis', role: 'list' });

  constructor(private readonly reveal: (target: Located) => void, refresh: () => void) {
    const refreshButton = element('button', { type: 'button', class: 'secondary' }, 'Refresh');
    refreshButton.addEventListener('click', refresh);
    enableArrowKeys(this.axis);
    this.root.append(element('div', { class: 'toolbar' }, refreshButton), this.status, this.axis);
  }

  show(state: TimelineState): void {
    if (state.status !== 'ready') {
      this.status.textContent = state.status === 'loading' ? 'Reading dated events…' : 'Not loaded yet.';
      return;
    }
    const conflicts = state.events.filter((event) => event.conflicts.length > 0).length;
    const shown = state.events.length < state.total ? ` (the first ${state.events.length} shown)` : '';
    this.status.textContent = `${state.total} dated events${shown}${conflicts > 0 ? `, ${conflicts} with conflicting dates` : ''}.`;
    const byDate = new Map<string, TimelineItem[]>();
    for (const event of state.events) byDate.set(event.value, [...(byDate.get(event.value) ?? []), event]);
    this.axis.replaceChildren(...[...byDate].map(([value, events]) => this.renderDate(value, events)));
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
    button.addEventListener('click', () => this.reveal(event));
    return button;
  }
}
