// VS Code for the Web runs package.json's "browser" bundle in a web worker: no Node globals and no
// module but vscode. The bundle is tested as built (npm test builds first): loaded into a context
// holding only what a worker has, then activated against a stand-in vscode API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createContext, runInContext } from 'node:vm';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { browser: string };
const bundlePath = join(root, manifest.browser);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { vscode } = require('../support/inertVscode.cjs') as { vscode: unknown };

/** The globals a web worker offers that the bundle may use; no process, Buffer, require or __dirname. */
function workerGlobals(requested: string[]) {
  const exports = {};
  return {
    console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextDecoder, TextEncoder, URL, performance,
    module: { exports },
    exports,
    require: (request: string) => {
      requested.push(request);
      if (request === 'vscode') return vscode;
      throw new Error(`a web worker cannot load "${request}"`);
    },
  };
}

test('the browser bundle asks for no module but vscode', () => {
  const requires = [...readFileSync(bundlePath, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]);
  assert.ok(requires.length > 0, 'the bundle should import vscode');
  assert.deepEqual([...new Set(requires)], ['vscode']);
});

test('the browser bundle loads and activates with only a web worker\'s globals', async () => {
  const requested: string[] = [];
  const globals = workerGlobals(requested);
  const context = createContext(globals);
  runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: bundlePath });
  const extension = globals.module.exports as { activate?: (context: unknown) => unknown; deactivate?: () => unknown };
  assert.equal(typeof extension.activate, 'function');
  const subscriptions: unknown[] = [];
  const extensionContext = { subscriptions, extensionUri: vscode, globalStorageUri: vscode, storageUri: vscode, extension: { packageJSON: { version: '0' } }, extensionMode: 1 };
  await extension.activate!(extensionContext);
  assert.ok(subscriptions.length > 0, 'activate registers its features');
  assert.deepEqual([...new Set(requested)], ['vscode']);
});
