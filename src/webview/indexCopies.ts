/**
 * Wire copies under their original in the INDEX tab: folded in a <details>; opening it asks the
 * extension for each copy's word difference from the original (article text only) and shows it,
 * removed words struck and added ones marked. Differences already received are kept.
 */
import { element } from './dom';
import type { IndexRow, WordChange } from './messages';

export class CopyDifferences {
  private readonly received = new Map<string, WordChange[]>();
  private readonly shownIn = new Map<string, HTMLElement>();

  constructor(private readonly compare: (original: string, copy: string) => void) {}

  /** The fold under an original: its copies, each rendered by `renderCopy`, then its difference. */
  render(original: IndexRow, copies: readonly IndexRow[], renderCopy: (copy: IndexRow) => HTMLElement): HTMLDetailsElement {
    const label = `${copies.length} ${copies.length === 1 ? 'copy' : 'copies'} of this document`;
    const list = element('ul', { role: 'list' });
    for (const copy of copies) {
      const difference = element('p', { class: 'difference', 'aria-label': `Differences of ${copy.file} from ${original.file}` });
      this.shownIn.set(copy.uri, difference);
      this.fill(copy.uri);
      list.append(element('li', { class: 'copy' }, renderCopy(copy), difference));
    }
    const fold = element('details', { class: 'copies' }, element('summary', {}, label), list);
    fold.addEventListener('toggle', () => {
      if (!fold.open) return;
      for (const copy of copies) if (!this.received.has(copy.uri)) this.compare(original.uri, copy.uri);
    });
    return fold;
  }

  /** The extension's answer for one copy. */
  show(copy: string, difference: WordChange[]): void {
    this.received.set(copy, difference);
    this.fill(copy);
  }

  private fill(copy: string): void {
    const target = this.shownIn.get(copy);
    const difference = this.received.get(copy);
    if (!target) return;
    if (!difference) target.replaceChildren(element('span', { class: 'detail' }, 'Comparing…'));
    else if (difference.length === 0) target.replaceChildren(element('span', { class: 'detail' }, 'Same words as the original.'));
    else target.replaceChildren(...difference.map((part) => element(part.change === 'added' ? 'ins' : part.change === 'removed' ? 'del' : 'span', {}, part.value)));
  }
}
