/** Entry of the side panel page: tabs for Document, INDEX and Timeline, fed by messages from the extension. */
import { renderDocument } from './documentSection';
import { element, enableArrowKeys } from './dom';
import { emptyQuery } from './indexQuery';
import { IndexSection, type IndexViewState } from './indexSection';
import type { FromWebview, IndexState, TimelineState, ToWebview } from './messages';
import { TimelineSection } from './timelineSection';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PageState | undefined;
  setState(state: PageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Tab = 'document' | 'index' | 'timeline';
const TAB_ORDER: readonly Tab[] = ['document', 'index', 'timeline'];
interface PageState {
  tab: Tab;
  index: IndexViewState;
}

const vscode = acquireVsCodeApi();
let page: PageState = vscode.getState() ?? { tab: 'document', index: { sortKey: 'file', descending: false } };
let indexState: IndexState = { status: 'not-loaded' };
let indexRequested = false;
let timelineState: TimelineState = { status: 'not-loaded' };
let timelineRequested = false;

const documentPanel = element('div', { role: 'tabpanel', id: 'panel-document', 'aria-labelledby': 'tab-document' });
const indexSection = new IndexSection(page.index, {
  open: (uri) => vscode.postMessage({ type: 'open', uri }),
  refresh: () => vscode.postMessage({ type: 'loadIndex' }),
  setStatus: (uri, status) => vscode.postMessage({ type: 'setStatus', uri, status }),
  tag: (uri) => vscode.postMessage({ type: 'tag', uri }),
  exportCsv: () => vscode.postMessage({ type: 'exportCsv' }),
  shown: (uris) => vscode.postMessage({ type: 'shown', uris }),
  compare: (original, copy) => vscode.postMessage({ type: 'compare', original, copy }),
  remember: (index) => save({ ...page, index }),
});
const indexPanel = element('div', { role: 'tabpanel', id: 'panel-index', 'aria-labelledby': 'tab-index' }, indexSection.root);
const timelineSection = new TimelineSection({
  reveal: (target) => vscode.postMessage({ type: 'reveal', target }),
  refresh: () => vscode.postMessage({ type: 'loadTimeline' }),
  filterIndex: (from, to) => {
    indexSection.filter({ ...emptyQuery(), from, to });
    selectTab('index');
  },
});
const timelinePanel = element('div', { role: 'tabpanel', id: 'panel-timeline', 'aria-labelledby': 'tab-timeline' }, timelineSection.root);
const tabs: Record<Tab, HTMLButtonElement> = {
  document: element('button', { type: 'button', role: 'tab', id: 'tab-document', 'aria-controls': 'panel-document' }, 'Document'),
  index: element('button', { type: 'button', role: 'tab', id: 'tab-index', 'aria-controls': 'panel-index' }, 'INDEX'),
  timeline: element('button', { type: 'button', role: 'tab', id: 'tab-timeline', 'aria-controls': 'panel-timeline' }, 'Timeline'),
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
  timelinePanel.hidden = tab !== 'timeline';
  if (tab === 'index') requestIndexOnce();
  if (tab === 'timeline') {
    // The coverage chart counts the INDEX's documents.
    requestIndexOnce();
    requestTimelineOnce();
  }
}

/** The INDEX is analysed lazily: only once someone looks at it. */
function requestIndexOnce(): void {
  if (indexRequested || indexState.status !== 'not-loaded') return;
  indexRequested = true;
  vscode.postMessage({ type: 'loadIndex' });
}

function requestTimelineOnce(): void {
  if (timelineRequested || timelineState.status !== 'not-loaded') return;
  timelineRequested = true;
  vscode.postMessage({ type: 'loadTimeline' });
}

function buildPage(): void {
  const tabList = element('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Source Review' }, ...TAB_ORDER.map((tab) => tabs[tab]));
  for (const tab of TAB_ORDER) tabs[tab].addEventListener('click', () => selectTab(tab));
  tabList.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const step = event.key === 'ArrowRight' ? 1 : TAB_ORDER.length - 1;
    const next = TAB_ORDER[(TAB_ORDER.indexOf(page.tab) + step) % TAB_ORDER.length] ?? 'document';
    selectTab(next);
    tabs[next].focus();
  });
  enableArrowKeys(documentPanel);
  document.getElementById('app')?.append(tabList, documentPanel, indexPanel, timelinePanel);
}

/** The editor injects a script of its own beside the panel's; only scripts beyond these would be document text made live. */
const SCRIPTS_AT_LOAD = document.querySelectorAll('script').length;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'document') {
    documentPanel.replaceChildren(renderDocument(message.state, (target) => vscode.postMessage({ type: 'reveal', target })));
    const rendered = {
      title: documentPanel.querySelector('h2')?.textContent ?? null,
      items: documentPanel.querySelectorAll('.item').length,
      images: document.querySelectorAll('img').length,
      addedScripts: document.querySelectorAll('script').length - SCRIPTS_AT_LOAD,
      activeElements: countActiveElements(),
      menus: [...documentPanel.querySelectorAll('[data-vscode-context]')].map((entry) => entry.getAttribute('data-vscode-context') ?? ''),
    };
    vscode.postMessage({ type: 'rendered', document: rendered });
  } else if (message.type === 'index') {
    indexState = message.state;
    indexSection.show(indexState);
    if (indexState.status === 'ready') timelineSection.showCoverage(indexState.rows);
  } else if (message.type === 'comparison') {
    indexSection.showComparison(message.copy, message.difference);
  } else {
    timelineState = message.state;
    timelineSection.show(timelineState);
  }
});

buildPage();
selectTab(page.tab);
vscode.postMessage({ type: 'ready' });

/** Elements that could run code if document text had become markup: event handlers and javascript: URLs. */
function countActiveElements(): number {
  return [...document.querySelectorAll('*')].filter((element) =>
    [...element.attributes].some((attribute) => /^on/i.test(attribute.name) || (/^(?:href|src)$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value))),
  ).length;
}
