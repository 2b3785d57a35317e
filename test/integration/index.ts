/**
 * Integration test entry in the style of @vscode/test-electron: the editor loads this file in the
 * extension host (with test/integration/workspace open) and awaits run().
 */
import Mocha from 'mocha';
import { boilerplateSuite } from './suites/boilerplate.test';
import { collectionSuite } from './suites/collection.test';
import { commandsSuite } from './suites/commands.test';
import { correctionsSuite } from './suites/corrections.test';
import { editorSuite } from './suites/editor.test';
import { grammarSuite } from './suites/grammar.test';
import { hostileSuite } from './suites/hostile.test';
import { indexConcurrencySuite } from './suites/indexConcurrency.test';
import { languageSuite } from './suites/language.test';
import { panelSuite } from './suites/panel.test';
import { panelCorrectionsSuite } from './suites/panelCorrections.test';
import { reviewSuite } from './suites/review.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000 });
  // The suites are bundled into this file, so Mocha's globals are installed by hand, not by loadFiles.
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  editorSuite();
  grammarSuite();
  boilerplateSuite();
  commandsSuite();
  correctionsSuite();
  panelCorrectionsSuite();
  indexConcurrencySuite();
  panelSuite();
  collectionSuite();
  reviewSuite();
  // Last: it adds seed files, which the other suites' counts do not expect.
  hostileSuite();
  languageSuite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
