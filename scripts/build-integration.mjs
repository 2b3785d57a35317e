// Bundles the integration suites into one CommonJS file, out/test/integration/index.js, which an
// editor loads as its extensionTestsPath (test-electron, or the code-server harness in scripts/vscode).
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['test/integration/index.ts'],
  outfile: 'out/test/integration/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
