/**
 * Command ids, titles and palette visibility, declared once. package.json's `contributes.commands`
 * and `menus.commandPalette` mirror PALETTE_COMMANDS (checked by test/unit/manifest.test.ts), and
 * features/commands.ts must register a handler for every id (checked by the compiler).
 */

export const PALETTE_COMMANDS = {
  'sourceReview.summarizeDocument': { title: 'Summarize Document', needsSeedEditor: true },
  'sourceReview.summarizeCollection': { title: 'Summarize Collection', needsSeedEditor: false },
  'sourceReview.writeIndex': { title: 'Write INDEX', needsSeedEditor: false },
  'sourceReview.removeBoilerplate': { title: 'Remove Boilerplate', needsSeedEditor: true },
  'sourceReview.exportFacts': { title: 'Export Facts (JSON or YAML)', needsSeedEditor: true },
  'sourceReview.showPanel': { title: 'Show Panel', needsSeedEditor: false },
} as const;

export type PaletteCommandId = keyof typeof PALETTE_COMMANDS;

/** Commands over the collection's review: registered by features/collectionReview.ts and features/exportIndexCsv.ts; in package.json like the others. */
export const REVIEW_COMMANDS = {
  'sourceReview.nextUnreviewed': { title: 'Next Unreviewed Document', needsSeedEditor: false },
  'sourceReview.tagDocument': { title: 'Tag Document…', needsSeedEditor: true },
  'sourceReview.exportIndexCsv': { title: 'Export INDEX as CSV', needsSeedEditor: false },
} as const;

export type ReviewCommandId = keyof typeof REVIEW_COMMANDS;

export const COMMAND_CATEGORY = 'Source Review';

/** Commands used by code actions only; not in the palette. */
export const INTERNAL_COMMANDS = {
  markNotBoilerplate: 'sourceReview.markNotBoilerplate',
  /** After "Remove all boilerplate in this file": says which uncertain regions were kept. */
  reportKeptBoilerplate: 'sourceReview.reportKeptBoilerplate',
} as const;

/** Registered only when the extension runs under an integration test (ExtensionMode.Test). */
export const TEST_COMMANDS = {
  highlights: 'sourceReview.test.highlights',
  panelState: 'sourceReview.test.panelState',
  /** Delivers a message as if the page had sent it (a click on an entry). */
  panelMessage: 'sourceReview.test.panelMessage',
  /** Waits for the background indexing and returns the indexed files (workspace-relative), each saying whether it came from the cache. */
  collectionIndexed: 'sourceReview.test.collectionIndexed',
} as const;

export const LANGUAGE_ID = 'seed';
export const VIEW_CONTAINER_ID = 'sourceReview';
export const PANEL_VIEW_ID = 'sourceReview.panel';
export const DIAGNOSTIC_SOURCE = 'Source Review';
