/**
 * The corrections offered for a name, shared by the code actions (features/correctionActions.ts) and
 * the panel's context menus (features/panelCorrections.ts), and what the panel attaches to an
 * entry for its menu. No `vscode`: unit-tested in test/unit/name-corrections.test.ts.
 */
import { type Corrections, NAME_TYPES, nameKey } from '../core/corrections';
import type { FactsRecord, NameMention, NameType } from '../core/types';
import type { CorrectionChange } from '../corpus/correctionsEdit';
import type { MenuContext, NotNameItem } from '../webview/messages';
import { ENTITY_SECTION, NOT_NAME_SECTION } from './panelMenuIds';

/** What a correction of one name does, named the same in the code actions and the panel's context menu. */
export type NameCorrectionKind = 'notName' | `type:${NameType}` | 'undoType' | 'sameAs' | 'undoSameAs';

export interface NameCorrection {
  kind: NameCorrectionKind;
  title: string;
  /** The edit of .sourcereview.yaml; none for "Same as …", which asks for the entity first. */
  change?: CorrectionChange;
}

/** The corrections offered for a name, with the reviewer's corrections that already apply to it. */
export function nameCorrections(mention: NameMention, applied: Corrections): NameCorrection[] {
  const corrections: NameCorrection[] = [{ kind: 'notName', title: `Not a name: “${mention.text}”`, change: { kind: 'notName', text: mention.text, add: true } }];
  const typedAs = typeCorrectionOf(mention, applied);
  for (const type of NAME_TYPES.filter((other) => other !== mention.type)) {
    corrections.push({ kind: `type:${type}`, title: `Change type to ${type}: “${mention.canonical}”`, change: { kind: 'nameType', text: typedAs?.text ?? mention.canonical, type } });
  }
  if (typedAs) corrections.push({ kind: 'undoType', title: `Undo: Change type to ${typedAs.type}: “${typedAs.text}”`, change: { kind: 'nameType', text: typedAs.text, type: null } });
  corrections.push({ kind: 'sameAs', title: `Same as …: “${mention.canonical}”` });
  for (const [canonical, forms] of Object.entries(applied.aliases ?? {})) {
    const keys = new Set([nameKey(mention.text), nameKey(mention.canonical)]);
    const form = forms.find((candidate) => keys.has(nameKey(candidate)));
    if (form !== undefined) corrections.push({ kind: 'undoSameAs', title: `Undo: Same as “${canonical}”: “${form}”`, change: { kind: 'alias', canonical, form, add: false } });
  }
  return corrections;
}

/** The reviewer's type for this name, if one applies: by its canonical form first, as the engine applies it. */
function typeCorrectionOf(mention: NameMention, applied: Corrections): { text: string; type: NameType } | undefined {
  const entries = Object.entries(applied.nameTypes ?? {});
  const match = (form: string) => entries.find(([text]) => nameKey(text) === nameKey(form));
  const found = match(mention.canonical) ?? match(mention.text);
  return found && { text: found[0], type: found[1] };
}

/** The context of an entity's entry: its type and which Undo entries apply, for the `when` clauses. */
export function entityMenu(seed: string, facts: FactsRecord, start: number, applied: Corrections | undefined): MenuContext | undefined {
  const mention = facts.names.find((name) => name.start === start);
  if (!mention) return undefined;
  const kinds = new Set(nameCorrections(mention, applied ?? {}).map((correction) => correction.kind));
  return {
    webviewSection: ENTITY_SECTION,
    preventDefaultContextMenuItems: true,
    seed,
    start,
    sourceReviewType: mention.type,
    sourceReviewRetyped: kinds.has('undoType'),
    sourceReviewAliased: kinds.has('undoSameAs'),
  };
}

/** The texts the reviewer said are no name that this document holds, at their first place. */
export function notNameItems(seed: string, text: string, applied: Corrections | undefined): NotNameItem[] {
  const lowered = text.toLowerCase();
  return (applied?.notNames ?? []).flatMap((notName) => {
    const start = lowered.indexOf(notName.toLowerCase());
    if (start < 0 || nameKey(notName) === '') return [];
    return [{ uri: seed, start, end: start + notName.length, text: notName, menu: { webviewSection: NOT_NAME_SECTION, preventDefaultContextMenuItems: true, seed, text: notName } }];
  });
}

