// Times loading dist/extension.js and calling activate() outside VS Code, with every vscode API replaced by
// an inert stand-in: the cost of the extension's own start-up code, which is what activation time is made of.
// Then the time to the first facts of a 4 KB seed (what its first highlights wait for): loading the engine
// file the extension loads after activation (dist/engineNode.js) and analysing the seed.
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { vscode } = require('../test/support/inertVscode.cjs');

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const root = join(__dirname, '..');
const startedCpu = process.cpuUsage();
const started = performance.now();
const extension = require(join(root, 'dist/extension.js'));
const loaded = performance.now();
const context = { subscriptions: [], extensionUri: vscode, globalStorageUri: vscode, storageUri: vscode, extension: { packageJSON: { version: '0' } }, extensionMode: 1 };
Promise.resolve(extension.activate(context)).then(
  () => {
    const activated = performance.now();
    // CPU time of this thread's load and activation: on a loaded machine the wall time is mostly waiting for a core.
    const activationCpu = process.cpuUsage(startedCpu);
    const seed = readFileSync(join(root, 'test/fixtures/000_93e29ae284e8c2f5.txt'), 'utf8');
    const { engine } = require(join(root, 'dist/engineNode.js'));
    const facts = engine.analyze(seed);
    const firstFacts = performance.now();
    if (facts.names.length === 0) throw new Error('the seed has no names: not a fair first analysis');
    process.stdout.write(JSON.stringify({ loadMs: loaded - started, activateMs: activated - loaded, firstFactsMs: firstFacts - activated, activationCpuMs: (activationCpu.user + activationCpu.system) / 1000 }) + '\n');
  },
  (error) => {
    process.stdout.write(JSON.stringify({ error: String(error && error.message) }) + '\n');
  },
);
