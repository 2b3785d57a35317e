/** Entry of the side panel page: tabs for Document and INDEX, fed by messages from the extension. */
import { renderDocument } from './documentSection';
import { element, enableArrowKeys } from './dom';
import { IndexSection, type IndexViewState } from './indexSection';
import type { FromWebview, IndexState, ToWebview } from './messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PageState | undefined;
  setState(state: PageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Tab = 'document' | 'index';
interface PageState {
  tab: Tab;
  index: IndexViewState;
}

const vscode = acquireVsCodeApi();
let page: PageState = vscode.getState() ?? { tab: 'document', index: { sortKey: 'file', descending: false, filter: '' } };
let indexState: IndexState = { status: 'not-loaded' };
let indexRequested = false;

const documentPanel = element('div', { role: 'tabpanel', id: 'panel-document', 'aria-labelledby': 'tab-document' });
const indexSection = new IndexSection(page.index, {
  open: (uri) => vscode.postMessage({ type: 'open', uri }),
  refresh: () => vscode.postMessage({ type: 'loadIndex' }),
  remember: (index) => save({ ...page, index }),
});
const indexPanel = element('div', { role: 'tabpanel', id: 'panel-index', 'aria-labelledby': 'tab-index' }, indexSection.root);
const tabs: Record<Tab, HTMLButtonElement> = {
  document: element('button', { type: 'button', role: 'tab', id: 'tab-document', 'aria-controls': 'panel-document' }, 'Document'),
  index: element('button', { type: 'button', role: 'tab', id: 'tab-index', 'aria-controls': 'panel-index' }, 'INDEX'),
};

function save(next: PageState): void {
  page = next;
  vscode.setState(page);
}

function selectTab(tab: Tab): void {
  save({ ...page, tab });
  for (const [name, button] of Object.entries(tabs)) {
    const selected = name === tab;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
  }
  documentPanel.hidden = tab !== 'document';
  indexPanel.hidden = tab !== 'index';
  if (tab === 'index') requestIndexOnce();
}

/** The INDEX is analysed lazily: only once someone looks at it. */
function requestIndexOnce(): void {
  if (indexRequested || indexState.status !== 'not-loaded') return;
  indexRequested = true;
  vscode.postMessage({ type: 'loadIndex' });
}

function buildPage(): void {
  const tabList = element('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Source Review' }, tabs.document, tabs.index);
  tabs.document.addEventListener('click', () => selectTab('document'));
  tabs.index.addEventListener('click', () => selectTab('index'));
  tabList.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next: Tab = page.tab === 'document' ? 'index' : 'document';
    selectTab(next);
    tabs[next].focus();
  });
  enableArrowKeys(documentPanel);
  document.getElementById('app')?.append(tabList, documentPanel, indexPanel);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'document') {
    documentPanel.replaceChildren(renderDocument(message.state, (target) => vscode.postMessage({ type: 'reveal', target })));
    const rendered = {
      title: documentPanel.querySelector('h2')?.textContent ?? null,
      items: documentPanel.querySelectorAll('.item').length,
      images: document.querySelectorAll('img').length,
    };
    vscode.postMessage({ type: 'rendered', document: rendered });
  } else {
    indexState = message.state;
    indexSection.show(indexState);
  }
});

buildPage();
selectTab(page.tab);
vscode.postMessage({ type: 'ready' });
