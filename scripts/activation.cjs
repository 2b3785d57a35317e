// Times loading dist/extension.js and calling activate() outside VS Code, with every vscode API replaced by
// an inert stand-in: the cost of the extension's own start-up code, which is what activation time is made of.
const Module = require('node:module');
const { join } = require('node:path');

/** Any property, call or construction gives the stand-in again; it is never a promise and iterates as empty. */
function inert() {
  const target = function () {};
  const handler = {
    get(_, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'length') return 0;
      return stand;
    },
    set: () => true,
    apply: () => stand,
    construct: () => stand,
  };
  const stand = new Proxy(target, handler);
  return stand;
}

// esbuild copies a module into an object with the same prototype, so the stand-in sits behind a plain object.
const vscode = Object.create(inert());
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
