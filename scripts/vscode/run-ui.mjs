// Drives the packaged extension as a reviewer would: builds the .vsix, installs it into
// code-server, opens a workspace with copies of the fixture seeds in headless Chromium, and runs
// the steps of each test/ui/*.test.mjs in order (a step that fails skips the rest of its file).
// Screenshots go to <cache>/screenshots; with --readme-screenshots the ones a step marks for the
// README are also copied into media/screenshots/.
// Usage: node scripts/vscode/run-ui.mjs [--vsix <file, instead of building one>] [--timeout <s>]
//   [--readme-screenshots]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  cacheDir, codeServerDir, fail, freeLoopbackPort, launchBrowser, makeRunDir, node24Dir, repoRoot, requireSetup,
  setDeadline, startServer, timed, waitForServer,
} from './harness.mjs';

const { values: options } = parseArgs({
  options: {
    vsix: { type: 'string' },
    timeout: { type: 'string', default: '480' },
    'readme-screenshots': { type: 'boolean', default: false },
  },
});
const node24 = join(node24Dir, 'bin/node');
const codeServer = join(codeServerDir, 'out/node/entry.js');
const uiTestsDir = join(repoRoot, 'test/ui');
const screenshotsDir = join(cacheDir, 'screenshots');
const readmeScreenshotsDir = join(repoRoot, 'media/screenshots');

// A fresh profile shows welcome pages, chat and tips over the editor; these keep the screen to
// the workbench itself and the waits short.
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'files.hotExit': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.hover.delay': 200,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
};

function run(command, args, env, what) {
  const result = spawnSync(command, args, { cwd: repoRoot, env, stdio: 'inherit', timeout: 120_000 });
  if (result.status !== 0) fail(`${what} failed (${result.error?.message ?? `exit code ${result.status}`})`);
}

function prepareWorkspace(dir) {
  const seeds = join(dir, 'workspace/seeds');
  mkdirSync(seeds, { recursive: true });
  for (const file of readdirSync(join(repoRoot, 'test/fixtures')).filter((name) => name.endsWith('.txt'))) {
    cpSync(join(repoRoot, 'test/fixtures', file), join(seeds, file));
  }
  mkdirSync(join(dir, 'user/User'), { recursive: true });
  writeFileSync(join(dir, 'user/User/settings.json'), JSON.stringify(userSettings, null, 2));
  return join(dir, 'workspace');
}

/** Runs one file's steps on a fresh page; returns how many passed, failed and were skipped. */
async function runTestFile(file, { context, url, workspace }) {
  const { steps } = await import(pathToFileURL(join(uiTestsDir, file)).href);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // Loading the workbench is the slowest step on a loaded machine; the steps' own waits stay short.
  await page.goto(url, { timeout: 180_000 });
  const session = {
    page,
    workspace,
    async screenshot(name, { readme = false } = {}) {
      const path = join(screenshotsDir, `${name}.png`);
      await page.screenshot({ path });
      console.log(`    screenshot ${path}`);
      if (readme && options['readme-screenshots']) {
        mkdirSync(readmeScreenshotsDir, { recursive: true });
        copyFileSync(path, join(readmeScreenshotsDir, `${name}.png`));
      }
    },
  };
  console.log(`\n  ${file}`);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const [index, step] of steps.entries()) {
    if (counts.failed > 0) {
      counts.skipped += 1;
      console.log(`    - ${step.name} (skipped)`);
      continue;
    }
    try {
      const { seconds } = await timed(() => step.run(session));
      counts.passed += 1;
      console.log(`    ✔ ${step.name} (${seconds} s)`);
    } catch (error) {
      counts.failed += 1;
      console.log(`    ✖ ${step.name}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
      await session.screenshot(`failed-${file.replace(/\.test\.mjs$/, '')}-${index + 1}`).catch(() => undefined);
    }
  }
  await page.close();
  return counts;
}

async function runUi() {
  const { dir, env } = makeRunDir('source-review-ui');
  // Only this run's screenshots, so a failure's picture is never mistaken for an old one.
  rmSync(screenshotsDir, { recursive: true, force: true });
  mkdirSync(screenshotsDir, { recursive: true });
  const workspace = prepareWorkspace(dir);
  const vsix = options.vsix ? resolve(options.vsix) : join(dir, 'source-review.vsix');
  if (!options.vsix) run('npm', ['run', 'package', '--', '--out', vsix], process.env, '`npm run package`');
  const profile = ['--extensions-dir', join(dir, 'extensions'), '--user-data-dir', join(dir, 'user')];
  run(node24, [codeServer, '--install-extension', vsix, ...profile], env, 'installing the .vsix into code-server');

  const port = await freeLoopbackPort();
  const server = startServer('code-server', node24, [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...profile, workspace,
  ], { env, logFile: join(dir, 'code-server.log') });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(server, `${origin}/healthz`);

  const { browser, context } = await launchBrowser();
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const url = `${origin}/?folder=${encodeURIComponent(workspace)}`;
  for (const file of readdirSync(uiTestsDir).filter((name) => name.endsWith('.test.mjs')).sort()) {
    const counts = await runTestFile(file, { context, url, workspace });
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  if (totals.failed > 0) console.log(`\ncode-server log (last lines):\n${server.logTail()}`);
  await browser.close();
  server.stop();
  return totals;
}

requireSetup();
setDeadline(Number(options.timeout) * 1000, 'the UI run');
const { result: totals, seconds } = await timed(runUi);
console.log(`\nUI run: ${seconds} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
