/** Small DOM builders. Text always goes in through textContent, never through HTML. */

type Attributes = Record<string, string>;

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** A focusable list entry; Enter and Space activate it like any button. */
export function itemButton(label: string, detail: string | null, onActivate: () => void): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'item' }, element('span', { class: 'label' }, label));
  if (detail) button.append(element('span', { class: 'detail' }, detail));
  button.addEventListener('click', onActivate);
  return button;
}

/** Up/Down (and Home/End) move focus between the `.item` buttons inside `container`. */
export function enableArrowKeys(container: HTMLElement): void {
  container.addEventListener('keydown', (event) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const items = Array.from(container.querySelectorAll<HTMLElement>('.item'));
    if (items.length === 0) return;
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : Math.min(items.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    items[next]?.focus();
    event.preventDefault();
  });
}
