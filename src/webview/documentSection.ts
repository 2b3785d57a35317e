/** The Document section: the active seed file's facts; clicking an entry reveals it in the editor. */
import { element, itemButton } from './dom';
import type { DocumentState, Located, MenuContext, NotNameItem, PageItem, QuoteElsewhere, QuoteItem } from './messages';

export type Reveal = (target: Located) => void;

interface ListEntry {
  label: string;
  detail: string | null;
  target: Located;
  /** The entry's context menu (see src/extension/features/panelCorrections.ts). */
  menu?: MenuContext;
}

function list(title: string, entries: ListEntry[], reveal: Reveal): HTMLElement {
  const section = element('section', { class: 'facts' }, element('h3', {}, `${title} (${entries.length})`));
  if (entries.length === 0) {
    section.append(element('p', { class: 'empty' }, 'None found.'));
    return section;
  }
  const items = element('ul', { role: 'list' });
  for (const entry of entries) items.append(element('li', menuAttributes(entry.menu), itemButton(entry.label, entry.detail, () => reveal(entry.target))));
  section.append(items);
  return section;
}

function menuAttributes(menu: MenuContext | undefined): Record<string, string> {
  return menu ? { 'data-vscode-context': JSON.stringify(menu) } : {};
}

/** The reviewer's "not a name" texts in this document, each with "Undo: Not a name" on its context menu. */
function notNames(items: NotNameItem[], reveal: Reveal): HTMLElement {
  const section = element('section', { class: 'facts not-names' }, element('h3', {}, `Not names (${items.length})`));
  const entries = element('ul', { role: 'list' });
  for (const item of items) entries.append(element('li', menuAttributes(item.menu), itemButton(item.text, 'right-click to undo', () => reveal(item))));
  section.append(entries);
  return section;
}

/** Each quotation found in other documents: where, who said it there, and the wording's difference. */
function quotedElsewhere(quotes: QuoteItem[], reveal: Reveal): HTMLElement {
  const found = quotes.filter((quote) => quote.elsewhere.length > 0);
  const section = element('section', { class: 'facts elsewhere' }, element('h3', {}, `Quoted elsewhere (${found.length})`));
  if (found.length === 0) {
    section.append(element('p', { class: 'empty' }, 'No quotation of this document was found in another one.'));
    return section;
  }
  const items = element('ul', { role: 'list' });
  for (const quote of found) {
    items.append(element('li', { class: 'quote' }, element('p', { class: 'quoted' }, quote.text), ...quote.elsewhere.map((match) => elsewhereButton(match, reveal))));
  }
  section.append(items);
  return section;
}

function elsewhereButton(match: QuoteElsewhere, reveal: Reveal): HTMLButtonElement {
  const speaker = match.speaker ?? 'speaker not stated';
  const button = element('button', { type: 'button', class: 'item match' }, element('span', { class: 'label' }, `${match.file} · ${speaker}`));
  if (match.differentSpeaker) button.append(element('span', { class: 'warning' }, `⚠ different speaker: ${speaker}`));
  if (match.exact) button.append(element('span', { class: 'detail' }, 'same words'));
  else button.append(element('span', { class: 'difference' }, ...match.difference.map((part) => element(part.change === 'added' ? 'ins' : part.change === 'removed' ? 'del' : 'span', {}, part.value))));
  button.addEventListener('click', () => reveal(match));
  return button;
}

/** Names, dates and quotations of the page's boilerplate, folded: they belong to other stories. */
function onPage(items: PageItem[], reveal: Reveal): HTMLElement {
  const group = element('details', { class: 'facts on-page' }, element('summary', {}, `On the page, outside the article (${items.length})`));
  const entries = element('ul', { role: 'list' });
  for (const item of items) entries.append(element('li', {}, itemButton(item.text, item.kind, () => reveal(item))));
  group.append(entries);
  return group;
}

function field(fields: HTMLDListElement, label: string, value: string | null): void {
  fields.append(element('dt', {}, label), element('dd', {}, value && value !== '' ? value : '—'));
}

export function renderDocument(state: DocumentState, reveal: Reveal): HTMLElement {
  const root = element('div', { class: 'document' });
  if (state.kind === 'none') {
    root.append(element('p', { class: 'empty' }, 'Open a seed document to see its dates, names and quotations.'));
    return root;
  }
  if (state.kind === 'skipped') {
    root.append(element('h2', {}, state.file), element('p', { class: 'warning' }, state.reason));
    return root;
  }
  const view = state.view;
  root.append(element('h2', { class: 'title' }, view.title ?? view.file));
  const fields = element('dl', { class: 'fields' });
  field(fields, 'File', view.file);
  field(fields, 'Published', view.published);
  field(fields, 'Source', view.source);
  field(fields, 'Outlet', view.outlet ?? null);
  field(fields, 'Authors', view.authors.join(', '));
  field(fields, 'Boilerplate', `${view.boilerplateShare} of lines`);
  root.append(fields);
  for (const warning of view.warnings) root.append(element('p', { class: 'warning' }, warning));
  const entity = (item: { name: string; mentions: number; menu?: MenuContext } & Located): ListEntry => ({ label: item.name, detail: `×${item.mentions}`, target: item, menu: item.menu });
  root.append(
    list('People', view.people.map(entity), reveal),
    list('Organizations', view.organizations.map(entity), reveal),
    list('Places', view.places.map(entity), reveal),
    list('Dates', view.dates.map((date) => ({ label: date.text, detail: date.value ?? 'no calendar date', target: date })), reveal),
    list('Quotations', view.quotes.map((quote) => ({ label: quote.text, detail: quote.speaker ?? 'speaker not stated', target: quote })), reveal),
    quotedElsewhere(view.quotes, reveal),
    list('Amounts', view.amounts.map((amount) => ({ label: amount.text, detail: null, target: amount })), reveal),
  );
  if (view.notNames && view.notNames.length > 0) root.append(notNames(view.notNames, reveal));
  if (view.onPage.length > 0) root.append(onPage(view.onPage, reveal));
  return root;
}
