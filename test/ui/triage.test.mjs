// Triage of a collection in the INDEX tab, as a reviewer does it with the installed extension:
// search, a facet, a tag through the picker, review progress, Next Unreviewed Document by its key
// binding, the CSV export of what is shown, and the Timeline's coverage chart. A seed with markup and quotes in its title is
// added first: the panel must show it as text.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quickOpen, waitForWorkbench, webviewBody } from './workbench.mjs';

const extensionId = 'source-review.source-review';
const putin = '000_93e29ae284e8c2f5.txt';
const xi = '002_c5cc658af23e45c8.txt';
const hostileTitle = '<script>alert("x")</script> "Quoted" & <b>bold</b> headline';
const hostile = '900_script.txt';

const index = (page) => webviewBody(page, extensionId);
const countText = async (page) => (await index(page).locator('.index .status').textContent()) ?? '';

async function waitForCount(page, pattern) {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const text = await countText(page);
    if (pattern.test(text)) return text;
    await page.waitForTimeout(500);
  }
  throw new Error(`INDEX count never matched ${pattern}: "${await countText(page)}"`);
}

export const steps = [
  {
    name: 'the INDEX tab says how many documents are reviewed, and the status bar too',
    async run({ page, workspace }) {
      writeFileSync(join(workspace, 'seeds', hostile), `date 2025-09-02  ${hostileTitle}\n\nThe mayor of Lisbon said on Monday that the bridge would reopen in May.\n`);
      await waitForWorkbench(page);
      await page.locator('.part.activitybar .action-item a[aria-label^="Source Review"]').click();
      // The first webview of a fresh window can take long on a loaded machine.
      await index(page).getByRole('tab', { name: 'INDEX' }).click({ timeout: 60_000 });
      await index(page).getByRole('button', { name: 'Refresh' }).first().click({ timeout: 60_000 });
      await waitForCount(page, /^3 documents · \d of 3 reviewed/);
      await page.locator('.part.statusbar').getByText(/\d of 3 reviewed/).waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'a title with markup and quotes is shown as text',
    async run(session) {
      const body = index(session.page);
      const title = body.locator('.document-entry .title', { hasText: 'alert(' });
      assert.equal(await title.textContent(), hostileTitle);
      assert.equal(await body.locator('.documents b, .documents script').count(), 0);
      await session.screenshot('index-hostile');
    },
  },
  {
    name: 'typing in the search box narrows the list to documents whose article names Moscow, with a live count',
    async run({ page }) {
      const search = index(page).getByRole('searchbox', { name: 'Search documents' });
      await search.click();
      await page.keyboard.type('Moscow');
      await waitForCount(page, /^2 of 3 documents/);
      await index(page).locator('.document-entry .file', { hasText: putin }).waitFor();
      await search.fill('');
      await waitForCount(page, /^3 documents/);
    },
  },
  {
    name: 'a person facet keeps the documents that mention that person; two people at once, both',
    async run(session) {
      const body = index(session.page);
      const person = body.locator('select[aria-label="Filter by person"]');
      await person.selectOption('Vladimir Putin');
      await waitForCount(session.page, /^2 of 3 documents/);
      await person.selectOption('Dmitry Peskov');
      await waitForCount(session.page, /^1 of 3 documents/);
      await body.locator('.document-entry .file', { hasText: putin }).waitFor();
      await session.screenshot('index-facets', { readme: true });
      await body.getByRole('button', { name: 'Clear filters' }).click();
      await waitForCount(session.page, /^3 documents/);
    },
  },
  {
    name: 'Tag… opens a picker; a new tag typed there is written to INDEX.yaml, shown, and filterable',
    async run({ page, workspace }) {
      await index(page).getByRole('button', { name: `Tag seeds/${putin}` }).click();
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('story-a');
      await page.keyboard.press('Enter');
      await index(page).locator('.document-entry .tags', { hasText: '#story-a' }).waitFor({ timeout: 30_000 });
      assert.match(readFileSync(join(workspace, 'seeds', 'INDEX.yaml'), 'utf8'), new RegExp(`- file: ${putin}[\\s\\S]*?tags: \\[ story-a \\]`));
      await index(page).locator('select[aria-label="Filter by tag"]').selectOption('story-a');
      await waitForCount(page, /^1 of 3 documents/);
      await index(page).locator('select[aria-label="Filter by tag"]').selectOption('');
      await waitForCount(page, /^3 documents/);
    },
  },
  {
    name: 'a status set in the panel counts as reviewed; Next Unreviewed Document (Ctrl+Alt+N) opens the next one in INDEX order',
    async run({ page }) {
      await index(page).locator(`select[aria-label="Review status of seeds/${putin}"]`).selectOption('reviewed');
      await waitForCount(page, /· 1 of 3 reviewed/);
      await page.locator('.part.statusbar').getByText('1 of 3 reviewed').waitFor({ timeout: 30_000 });
      await quickOpen(page, putin);
      await page.keyboard.press('Control+Alt+N');
      await page.locator('.tabs-container .tab.active', { hasText: xi }).waitFor({ timeout: 30_000 });
      await page.keyboard.press('Control+Alt+N');
      await page.locator('.tabs-container .tab.active', { hasText: hostile }).waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'Export CSV writes the documents shown (a status facet), with their tags and status',
    async run({ page, workspace }) {
      await index(page).locator('select[aria-label="Filter by status"]').selectOption('reviewed');
      await waitForCount(page, /^1 of 3 documents/);
      await index(page).getByRole('button', { name: 'Export CSV' }).click();
      // The save dialog offers seeds/INDEX.csv; Enter accepts it.
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await page.keyboard.press('Enter');
      const file = join(workspace, 'seeds', 'INDEX.csv');
      for (let attempt = 0; attempt < 60 && !existsSync(file); attempt += 1) await page.waitForTimeout(500);
      const lines = readFileSync(file, 'utf8').split('\r\n').filter((line) => line !== '');
      assert.equal(lines.length, 2, lines.join('\n'));
      assert.match(lines[0], /^file,title,published,/);
      assert.match(lines[1], new RegExp(`^${putin},.*,reviewed,story-a,`));
    },
  },
  {
    name: 'the Timeline charts documents per day; events filter by document; a bar shows its day\'s documents in the INDEX',
    async run(session) {
      const body = index(session.page);
      await body.getByRole('tab', { name: 'Timeline' }).click();
      const bar = body.locator('.coverage .bar[aria-label^="2025-09-02: 1 document"]');
      await bar.waitFor({ timeout: 30_000 });
      assert.equal(await body.locator('.coverage .bar').count(), 5, 'one bar a day from 2025-08-29 to 2025-09-02');
      await body.locator('select[aria-label="Events of document"]').selectOption(`seeds/${putin}`);
      const details = await body.locator('.timeline .item.event .detail').allTextContents();
      assert.ok(details.length > 0 && details.every((detail) => detail.includes(putin)), details.join('\n'));
      await session.screenshot('timeline-coverage');
      await bar.click();
      await waitForCount(session.page, /^1 of 3 documents/);
      await body.locator('.document-entry .file', { hasText: hostile }).waitFor();
    },
  },
];
