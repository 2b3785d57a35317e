// One esbuild script for every bundle: the engine (dist/core.js), the command line (dist/cli.js),
// and the extension (dist/extension.js) when its entry exists.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');

/** Hash of every file the analyses depend on (src/core, src/corpus): see src/core/build.ts. */
function engineBuild() {
  const hash = createHash('sha256');
  for (const folder of ['src/core', 'src/corpus']) {
    for (const file of readdirSync(folder, { recursive: true }).map(String).sort()) {
      const path = join(folder, file);
      if (!file.endsWith('.ts') && !file.endsWith('.json')) continue;
      hash.update(path).update(readFileSync(path));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  // NO_MINIFY=1 keeps function names, for readable CPU profiles (node --cpu-prof).
  minify: !process.env.NO_MINIFY,
  logLevel: 'warning',
  legalComments: 'none',
  // Node 20 and every VS Code runtime have \p{...} in patterns; left to esbuild, each such literal
  // becomes `new RegExp(...)`, built again on every call of the function holding it.
  supported: { 'regexp-unicode-property-escapes': true },
  // Under --watch the sources change after this runs: every watch session counts as a build of its own.
  define: { __ENGINE_BUILD__: JSON.stringify(watch ? `watch-${Date.now()}` : engineBuild()) },
};

// The names model is shipped once: dist/names-model.json, read on first use by every Node bundle
// from beside itself (all of them live in dist/). The browser bundle (VS Code for the Web) cannot
// require a file: its extension reads the model through the editor's file system before the engine
// loads (src/extension/webNamesModel.ts), and the engine's model module takes it from there.
const NAMES_MODEL_FILE = 'names-model.json';
const NAMES_DATA = /[\\/]src[\\/]core[\\/]names[\\/](model|ordinary)\.json$/;
function writeNamesModel() {
  const read = (name) => JSON.parse(readFileSync(`src/core/names/${name}.json`, 'utf8'));
  mkdirSync('dist', { recursive: true });
  writeFileSync(join('dist', NAMES_MODEL_FILE), JSON.stringify({ model: read('model'), ordinary: read('ordinary') }));
}
const namesModelBesideBundle = {
  name: 'names-model-beside-bundle',
  setup(build) {
    // Both parts come from one module that parses the file when asked and forgets the parse at the
    // end of the task: the engine reads both parts in one call, and parsing the file for each part took
    // ~70 ms at the first document. Not kept: a kept parse held the model's keys, weights and words
    // twice in every thread (3.6 MB), beside what the engine decodes from it.
    build.onResolve({ filter: /^names-model-file$/ }, (args) => ({ path: args.path, namespace: 'names-model' }));
    build.onLoad({ filter: /.*/, namespace: 'names-model' }, () => ({
      contents: `let parsed;
exports.read = () => {
  if (parsed === undefined) {
    parsed = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(NAMES_MODEL_FILE)}), 'utf8'));
    queueMicrotask(() => { parsed = undefined; });
  }
  return parsed;
};`,
      loader: 'js',
    }));
    build.onLoad({ filter: NAMES_DATA }, (args) => {
      const part = NAMES_DATA.exec(args.path)[1];
      const contents = `const { read } = require('names-model-file');
Object.defineProperty(exports, '__esModule', { value: true });
Object.defineProperty(exports, 'default', { enumerable: true, get: () => read().${part} });`;
      return { contents, loader: 'js' };
    });
  },
};

const namesModelFromWebHost = {
  name: 'names-model-from-web-host',
  setup(build) {
    build.onLoad({ filter: NAMES_DATA }, (args) => {
      const part = NAMES_DATA.exec(args.path)[1];
      const contents = `const { namesModelFile } = require(${JSON.stringify(resolve('src/extension/webNamesModel.ts'))});
Object.defineProperty(exports, '__esModule', { value: true });
Object.defineProperty(exports, 'default', { enumerable: true, get: () => namesModelFile().${part} });`;
      return { contents, loader: 'js', resolveDir: resolve('.') };
    });
  },
};

// The Node extension bundle loads these libraries on first use, from files of their own beside it: evaluating
// `yaml` (115 KB) took most of activation, which needs neither (INDEX.yaml and the corrections file are read after).
// Each import of the library becomes an object of getters with the library's export names, known here; the first
// getter read requires dist/<library>.js. The library's code is unchanged, and so are its importers.
const ON_DEMAND_LIBRARIES = ['yaml', 'diff'];
const requireHere = createRequire(import.meta.url);
const librariesOnDemand = {
  name: 'libraries-on-demand',
  setup(build) {
    const filter = new RegExp(`^(${ON_DEMAND_LIBRARIES.join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'on-demand' }));
    build.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => {
      const names = Object.keys(requireHere(args.path)).filter((name) => name !== 'default' && name !== '__esModule');
      const contents = `let library;
const load = () => (library ??= require('./${args.path}.js'));
for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`;
      return { contents, loader: 'js' };
    });
  },
};
const onDemandBundles = ON_DEMAND_LIBRARIES.map((library) => ({ stdin: { contents: `module.exports = require('${library}');`, resolveDir: '.', loader: 'js' }, outfile: `dist/${library}.js` }));

/** Imports (as src/cli/ writes them) that dist/cli.js and dist/cliEngine.js share at run time instead of bundling. */
const CLI_SHARED = ['./seedPaths', './youngGeneration'];

const bundles = [
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  // The commands that analyse are a file of their own (src/cli/cliEngine.ts), loaded when one runs: a warm
  // `index` replays its last run without reading the engine. No dynamic import() in the output: it becomes require().
  // The modules that hold the process's state (names not UTF-8 met by the walk, whether the heap flags are pinned)
  // are files of their own that both bundles require: a copy in each, one copy's state never reached the other.
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['./cliEngine', ...CLI_SHARED, ...ON_DEMAND_LIBRARIES.map((library) => `./${library}.js`)], supported: { ...common.supported, 'dynamic-import': false }, plugins: [librariesOnDemand] },
  { entryPoints: ['src/cli/cliEngine.ts'], outfile: 'dist/cliEngine.js', external: CLI_SHARED },
  ...CLI_SHARED.map((shared) => ({ entryPoints: [`src/cli/${shared.slice(2)}.ts`], outfile: `dist/${shared.slice(2)}.js` })),
  { entryPoints: ['src/cli/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  ...onDemandBundles,
];
if (existsSync('src/extension/main.ts')) {
  // The engine is a file of its own, loaded after activation (src/extension/engine.ts).
  // No dynamic import() in the output: it becomes require(), which the extension host loads as CommonJS.
  const onDemand = ON_DEMAND_LIBRARIES.map((library) => `./${library}.js`);
  bundles.push({ entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode', './engineNode', ...onDemand], supported: { ...common.supported, 'dynamic-import': false }, plugins: [librariesOnDemand] });
  bundles.push({ entryPoints: ['src/extension/engineNode.ts'], outfile: 'dist/engineNode.js' });
  // VS Code for the Web runs the extension in a web worker (package.json "browser"), from one file.
  bundles.push({ entryPoints: ['src/extension/web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], platform: 'browser', format: 'cjs', plugins: [namesModelFromWebHost] });
}
if (existsSync('src/webview/panel.ts')) {
  bundles.push({ entryPoints: ['src/webview/panel.ts'], outfile: 'dist/webview/panel.js', platform: 'browser', format: 'iife', target: 'es2022' });
}

writeNamesModel();
for (const options of bundles) if (options.platform !== 'browser') options.plugins = [namesModelBesideBundle, ...(options.plugins ?? [])];
if (watch) {
  for (const options of bundles) await (await esbuild.context({ ...common, ...options })).watch();
} else {
  await Promise.all(bundles.map((options) => esbuild.build({ ...common, ...options })));
}
