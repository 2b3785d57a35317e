// Runs the integration suites (a test-electron style `run()` entry) inside a real VS Code:
// the VS Code server from the code-server npm package, opened in headless Chromium with the
// smoke-test driver, which honours extensionDevelopmentPath/extensionTestsPath.
// Builds nothing itself: `npm run test:vscode` builds the extension and the suites first.
// Usage: node scripts/vscode/run-integration.mjs [--tests <index.js>] [--workspace <dir>] [--extension <dir>]
//   [--timeout <s>] [--verbose]
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, format, stripVTControlCharacters } from 'node:util';
import {
  fail, freeLoopbackPort, launchBrowser, makeRunDir, node24Dir, repoRoot, requireSetup, setDeadline, startServer,
  timed, vscodeServerMain, waitForServer,
} from './harness.mjs';

const { values: options } = parseArgs({
  options: {
    tests: { type: 'string', default: join(repoRoot, 'out/test/integration/index.js') },
    workspace: { type: 'string', default: join(repoRoot, 'test/integration/workspace') },
    extension: { type: 'string', default: repoRoot },
    timeout: { type: 'string', default: '300' },
    verbose: { type: 'boolean', default: false },
  },
});
const testsPath = resolve(options.tests);
const workspaceSource = resolve(options.workspace);
const extensionPath = resolve(options.extension);
const extensionMain = join(extensionPath, JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8')).main);

requireSetup();
if (!existsSync(testsPath)) fail(`${testsPath} is missing: run \`node scripts/build-integration.mjs\` first`);
if (!existsSync(workspaceSource)) fail(`${workspaceSource} (the test workspace) is missing`);
if (!existsSync(extensionMain)) fail(`${extensionMain} is missing: run \`npm run build\` first`);
setDeadline(Number(options.timeout) * 1000, 'the integration run');

// The workbench logs its own start-up through the same channel as the suites: component-tagged
// lines and connection chatter. Shown only with --verbose.
const workbenchChatter = /^(\[[\w:. -]+\] |Ignoring fetching |Creating a socket |Resolv(ing|ed) connection token |Updating additional builtin|Creation of workbench contribution |Timed out waiting for authentication provider )/;

/** Mocha's closing lines ("12 passing", "1 failing"), summed over every suite run. */
function countResults(lines) {
  const counts = { passing: 0, failing: 0, pending: 0 };
  for (const line of lines) {
    const match = /^\s*(\d+) (passing|failing|pending)\b/.exec(stripVTControlCharacters(line));
    if (match) counts[match[2]] += Number(match[1]);
  }
  return counts;
}

async function runSuites() {
  const { dir, env } = makeRunDir('source-review-integration');
  // A copy, so the suites may write files (quick fixes, INDEX.yaml, .sourcereview.yaml).
  const workspace = join(dir, 'workspace');
  cpSync(workspaceSource, workspace, { recursive: true });

  const port = await freeLoopbackPort();
  const server = startServer('VS Code server', join(node24Dir, 'bin/node'), [vscodeServerMain,
    '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--telemetry-level', 'off', '--disable-workspace-trust',
    '--server-data-dir', join(dir, 'server'), '--user-data-dir', join(dir, 'user'), '--extensions-dir', join(dir, 'ext'),
  ], { env, logFile: join(dir, 'server.log') });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(server, `${origin}/version`);

  const { browser, context } = await launchBrowser();
  const page = await context.newPage();
  const output = [];
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let finished = false;
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    output.push(line);
    if (options.verbose || (!finished && !workbenchChatter.test(line))) console.log(line);
  });
  const exitCode = new Promise((done) => page.exposeFunction('codeAutomationExit', (code) => {
    finished = true;
    done(Number(code));
  }));

  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['extensionTestsPath', remote(testsPath)]];
  await page.goto(`${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 180_000 });
  const code = await exitCode;

  if (code !== 0 && output.length === 0) fail(`the suite exited with ${code} without output; page errors:\n${pageErrors.slice(-10).join('\n')}`);
  await browser.close();
  server.stop();
  return { code, counts: countResults(output) };
}

const { result: { code, counts }, seconds } = await timed(runSuites);
// A suite that fails before Mocha reports still counts as one failure.
const failed = code !== 0 && counts.failing === 0 ? 1 : counts.failing;
console.log(`\nintegration run: ${seconds} s, exit code ${code}`);
console.log(`${counts.passing} passed, ${failed} failed${counts.pending ? `, ${counts.pending} pending` : ''}`);
process.exit(code === 0 && failed === 0 ? 0 : 1);
