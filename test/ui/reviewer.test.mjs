// A reviewer's first minutes with the installed extension: open a seed, hover a name, summarize
// the document, open the panel, correct a name from its context menu and undo it. Each step checks an
// effect a person would see.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeEditorText, hoverWord, pickColorTheme, quickOpen, runCommand, waitForWorkbench, webviewBody } from './workbench.mjs';

const extensionId = 'source-review.source-review';
const seed = '000_93e29ae284e8c2f5.txt';
// Named in the seed as "the Kremlin spokesman Dmitry Peskov".
const person = 'Peskov';

// Named in the seed as "Dmitry Peskov"; the panel's entry of the entity.
const personEntity = 'Dmitry Peskov';

/** Right-clicks `entry` in the panel and chooses `item` from the context menu the workbench draws. */
async function chooseFromContextMenu(page, entry, item) {
  await entry.click({ button: 'right' });
  const menu = page.locator('.context-view .monaco-menu');
  await menu.waitFor({ timeout: 10_000 });
  const labels = await menu.locator('.action-label').allInnerTexts();
  const action = menu.locator('.action-label', { hasText: new RegExp(`^${item}$`) }).first();
  // The workbench's menu ignores a click that comes right after it opened (the right-click's own release must
  // not choose an item), so on a quick machine the first click can be lost: point at the item, then click
  // until the menu closes.
  await action.hover();
  await page.waitForTimeout(300);
  for (let attempt = 0; attempt < 5 && (await menu.isVisible()); attempt++) {
    await action.click().catch(() => undefined);
    await menu.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
  }
  return labels;
}

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
    name: 'Summarize Document opens a read-only summary in the Markdown preview beside the seed',
    async run(session) {
      const { page } = session;
      await page.mouse.move(5, 300);
      await runCommand(page, 'Source Review: Summarize Document');
      await page.locator('.editor-group-container').nth(1).waitFor();
      await page.locator('.tab', { hasText: /^Preview Summary of 000_/ }).waitFor({ timeout: 30_000 });
      // The preview renders the summary's Markdown: its headings, not "## " source lines.
      const preview = webviewBody(page, 'vscode.markdown-language-features');
      await preview.locator('h2', { hasText: 'People' }).waitFor({ timeout: 30_000 });
      await preview.getByText(/Peskov/).first().waitFor();
      await session.screenshot('summary');
      // Nothing to save: closing the preview asks nothing.
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
  {
    name: 'the panel\'s Document tab shows the seed\'s people again',
    async run({ page }) {
      const body = webviewBody(page, extensionId);
      await body.getByRole('tab', { name: 'Document' }).click();
      await body.locator('section.facts li', { hasText: personEntity }).first().waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'right-click a person, "Not a Name": the person leaves People and .sourcereview.yaml lists it',
    async run(session) {
      const body = webviewBody(session.page, extensionId);
      const labels = await chooseFromContextMenu(session.page, body.locator('section.facts li', { hasText: personEntity }).first(), 'Not a Name');
      assert.ok(labels.includes('Change Type to Organization') && labels.includes('Change Type to Place'), `menu: ${labels.join(', ')}`);
      assert.ok(!labels.includes('Change Type to Person'), 'no change to the type it has');
      assert.ok(!labels.includes('Undo: Change Type'), 'no Undo of a correction not made');
      await body.locator('section.not-names li', { hasText: personEntity }).waitFor({ timeout: 30_000 });
      await session.screenshot('panel-not-a-name');
      assert.match(readFileSync(join(session.workspace, '.sourcereview.yaml'), 'utf8'), /notNames:[\s\S]*Dmitry Peskov/);
    },
  },
  {
    name: 'right-click it under "Not names", "Undo: Not a Name": the person is back in People',
    async run(session) {
      const body = webviewBody(session.page, extensionId);
      await chooseFromContextMenu(session.page, body.locator('section.not-names li', { hasText: personEntity }).first(), 'Undo: Not a Name');
      await body.locator('section.not-names').waitFor({ state: 'detached', timeout: 30_000 });
      await body.locator('section.facts li', { hasText: personEntity }).first().waitFor({ timeout: 30_000 });
      assert.doesNotMatch(readFileSync(join(session.workspace, '.sourcereview.yaml'), 'utf8'), /Dmitry Peskov/);
    },
  },
];
