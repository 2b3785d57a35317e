// Times loading dist/extension.js and calling activate() outside VS Code, with every vscode API replaced by
// an inert stand-in: the cost of the extension's own start-up code, which is what activation time is made of.
const Module = require('node:module');
const { join } = require('node:path');

const { vscode } = require('../test/support/inertVscode.cjs');

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const root = join(__dirname, '..');
const started = performance.now();
const extension = require(join(root, 'dist/extension.js'));
const loaded = performance.now();
const context = { subscriptions: [], extensionUri: vscode, globalStorageUri: vscode, storageUri: vscode, extension: { packageJSON: { version: '0' } }, extensionMode: 1 };
Promise.resolve(extension.activate(context)).then(
  () => {
    const activated = performance.now();
    process.stdout.write(JSON.stringify({ loadMs: loaded - started, activateMs: activated - loaded }) + '\n');
  },
  (error) => {
    process.stdout.write(JSON.stringify({ error: String(error && error.message) }) + '\n');
  },
);
