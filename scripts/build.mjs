// One esbuild script for every bundle: the engine (dist/core.js), the command line (dist/cli.js),
// and the extension (dist/extension.js) when its entry exists.
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  minify: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const bundles = [
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/cli/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
];
if (existsSync('src/extension/main.ts')) {
  bundles.push({ entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
  // VS Code for the Web runs the same extension in a web worker (package.json "browser").
  bundles.push({ entryPoints: ['src/extension/main.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], platform: 'browser', format: 'cjs' });
}
if (existsSync('src/webview/panel.ts')) {
  bundles.push({ entryPoints: ['src/webview/panel.ts'], outfile: 'dist/webview/panel.js', platform: 'browser', format: 'iife', target: 'es2022' });
}

if (watch) {
  for (const options of bundles) await (await esbuild.context({ ...common, ...options })).watch();
} else {
  await Promise.all(bundles.map((options) => esbuild.build({ ...common, ...options })));
}
