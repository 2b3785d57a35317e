/**
 * The panel's context-menu commands for the corrections (see features/panelCorrections.ts), without
 * `vscode`, so test/unit/manifest.test.ts checks package.json's `webview/context` menus against them.
 */
import type { NameType } from '../core/types';

export type PanelMenuKind = 'notName' | `type:${NameType}` | 'undoType' | 'sameAs' | 'undoSameAs' | 'undoNotName';

export const PANEL_MENU_COMMANDS: Readonly<Record<PanelMenuKind, string>> = {
  notName: 'sourceReview.panel.notName',
  'type:person': 'sourceReview.panel.typePerson',
  'type:organization': 'sourceReview.panel.typeOrganization',
  'type:place': 'sourceReview.panel.typePlace',
  undoType: 'sourceReview.panel.undoType',
  sameAs: 'sourceReview.panel.sameAs',
  undoSameAs: 'sourceReview.panel.undoSameAs',
  undoNotName: 'sourceReview.panel.undoNotName',
};

/** The `webviewSection` of an entity's entry and of a "not a name" text's entry. */
export const ENTITY_SECTION = 'sourceReview.entity';
export const NOT_NAME_SECTION = 'sourceReview.notName';
