// Runs the same integration suites in a desktop VS Code through @vscode/test-electron, for
// machines that have one (set VSCODE_EXECUTABLE) or can download one (VSCODE_VERSION, default
// the oldest version the extension supports). Here, without either, use run-integration.mjs.
// Usage: node scripts/build-integration.mjs && node scripts/vscode/run-electron.mjs
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './harness.mjs';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
// A copy, so the suites may write files (quick fixes, INDEX.yaml, .sourcereview.yaml).
const workspace = join(mkdtempSync(join(tmpdir(), 'source-review-electron-')), 'workspace');
cpSync(join(repoRoot, 'test/integration/workspace'), workspace, { recursive: true });

try {
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out/test/integration/index.js'),
    ...(process.env.VSCODE_EXECUTABLE
      ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE }
      : { version: process.env.VSCODE_VERSION ?? manifest.engines.vscode.replace(/^\^/, '') }),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`\nFAILED: ${error?.message ?? error}`);
  process.exit(1);
}
