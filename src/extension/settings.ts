/**
 * The extension's settings, declared once. `contributes.configuration` in package.json mirrors
 * SETTING_DEFAULTS (test/unit/manifest.test.ts checks both ways); code reads settings only here.
 */
import type * as vscode from 'vscode';

export const SETTINGS_SECTION = 'sourceReview';

export type BoilerplateSeverity = 'Error' | 'Warning' | 'Information' | 'Hint' | 'Off';

export type HighlightKind = 'dates' | 'people' | 'organizations' | 'places' | 'quotations';

export interface SourceReviewSettings {
  /** Globs of further files opened as Seed Documents. */
  files: string[];
  highlight: Record<HighlightKind, boolean>;
  boilerplate: {
    /** Lower the opacity of boilerplate regions. */
    dim: boolean;
    severity: BoilerplateSeverity;
  };
  analysis: {
    /** Quiet time after the last edit before a document is analysed again. */
    debounceMs: number;
    /** Longer documents (in characters) are skipped, and the user is told. */
    maxFileSize: number;
  };
}

/** Every contributed setting key (without the section) with its default. */
export const SETTING_DEFAULTS = {
  files: [] as string[],
  'highlight.dates': true,
  'highlight.people': true,
  'highlight.organizations': true,
  'highlight.places': true,
  'highlight.quotations': true,
  'boilerplate.dim': true,
  // Hint: boilerplate is marked in the text but does not fill the Problems panel.
  'boilerplate.severity': 'Hint' as BoilerplateSeverity,
  'analysis.debounceMs': 300,
  'analysis.maxFileSize': 2_000_000,
} as const;

type SettingKey = keyof typeof SETTING_DEFAULTS;

export function readSettings(configuration: vscode.WorkspaceConfiguration): SourceReviewSettings {
  const get = <K extends SettingKey>(key: K): (typeof SETTING_DEFAULTS)[K] => configuration.get(key, SETTING_DEFAULTS[key]);
  return {
    files: [...get('files')],
    highlight: {
      dates: get('highlight.dates'),
      people: get('highlight.people'),
      organizations: get('highlight.organizations'),
      places: get('highlight.places'),
      quotations: get('highlight.quotations'),
    },
    boilerplate: { dim: get('boilerplate.dim'), severity: get('boilerplate.severity') },
    analysis: { debounceMs: get('analysis.debounceMs'), maxFileSize: get('analysis.maxFileSize') },
  };
}
