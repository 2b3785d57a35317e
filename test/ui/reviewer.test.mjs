// A reviewer's first minutes with the installed extension: open a seed, hover a name, summarize
// the document, open the panel. Each step checks an effect a person would see.
import assert from 'node:assert/strict';
import { activeEditorText, hoverWord, pickColorTheme, quickOpen, runCommand, waitForWorkbench, webviewBody } from './workbench.mjs';

const extensionId = 'source-review.source-review';
const seed = '000_93e29ae284e8c2f5.txt';
// Named in the seed as "the Kremlin spokesman Dmitry Peskov".
const person = 'Peskov';

export const steps = [
  {
    name: 'the workbench opens the workspace of seeds',
    async run({ page }) {
      await waitForWorkbench(page);
    },
  },
  {
    name: 'Quick Open opens a seed, and the status bar counts its facts',
    async run({ page }) {
      await quickOpen(page, seed);
      assert.match(await activeEditorText(page), /Russia Values/);
      await page.locator('.part.statusbar .statusbar-item:has(.codicon-calendar)').waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'hovering a name shows what the extension knows of it',
    async run(session) {
      const hover = await hoverWord(session.page, person);
      assert.match(hover, /person/i);
      assert.match(hover, /Peskov/);
      await session.screenshot('editor-hover', { readme: true });
    },
  },
  {
    name: 'Summarize Document opens a summary beside the seed',
    async run(session) {
      const { page } = session;
      await page.mouse.move(5, 300);
      await runCommand(page, 'Source Review: Summarize Document');
      await page.locator('.editor-group-container').nth(1).waitFor();
      // The summary is a read-only document shown in the Markdown preview: its headings are rendered.
      const summary = webviewBody(page, 'vscode.markdown-language-features');
      await summary.getByRole('heading', { name: 'People' }).waitFor({ timeout: 30_000 });
      await summary.getByText(/Peskov/).first().waitFor();
      await session.screenshot('summary');
      await page.locator('.tab', { hasText: 'Preview Summary' }).click();
      await runCommand(page, 'View: Close Editor');
      await page.locator('.editor-group-container').nth(1).waitFor({ state: 'detached' });
    },
  },
  {
    name: 'the Source Review panel shows the document',
    async run(session) {
      const { page } = session;
      await page.locator('.part.activitybar .action-item a[aria-label^="Source Review"]').click();
      const body = webviewBody(page, extensionId);
      await body.getByText(/Peskov/).first().waitFor({ timeout: 30_000 });
      await session.screenshot('panel', { readme: true });
    },
  },
  {
    name: 'the INDEX tab lists the seeds with their review status and the missing number',
    async run(session) {
      const body = webviewBody(session.page, extensionId);
      await body.getByRole('tab', { name: 'INDEX' }).click();
      await body.getByText('Missing numbers: seeds/001').waitFor({ timeout: 30_000 });
      await body.locator('select.review-status').first().waitFor();
      await session.screenshot('panel-index');
    },
  },
  {
    name: 'the Timeline tab places the dated events on a time axis',
    async run(session) {
      const body = webviewBody(session.page, extensionId);
      await body.getByRole('tab', { name: 'Timeline' }).click();
      await body.locator('.timeline .tick .date', { hasText: '2025-08-29' }).first().waitFor({ timeout: 30_000 });
      await session.screenshot('panel-timeline');
    },
  },
  {
    name: 'in a High Contrast theme the highlights take their high-contrast colours',
    async run(session) {
      const { page } = session;
      await pickColorTheme(page, 'Dark High Contrast');
      await page.locator('.monaco-workbench.hc-black').waitFor();
      // package.json gives dates a #ffd700 underline and people #00ff7f in High Contrast.
      // The editor draws a decoration's background and border as an overlay box (.cdr) under the text.
      const underlines = async () => page.locator('.editor-instance .view-overlays .cdr').evaluateAll((boxes) => [
        ...new Set(boxes.map((box) => box.ownerDocument.defaultView.getComputedStyle(box)).filter((style) => style.borderBottomStyle === 'solid').map((style) => style.borderBottomColor)),
      ]);
      let colours = [];
      for (let attempt = 0; attempt < 20 && !(colours.includes('rgb(255, 215, 0)') && colours.includes('rgb(0, 255, 127)')); attempt++) {
        await page.waitForTimeout(500);
        colours = await underlines();
      }
      assert.ok(colours.includes('rgb(255, 215, 0)'), `date underline in High Contrast; saw ${colours.join(', ')}`);
      assert.ok(colours.includes('rgb(0, 255, 127)'), `person underline in High Contrast; saw ${colours.join(', ')}`);
      await session.screenshot('high-contrast');
    },
  },
];
