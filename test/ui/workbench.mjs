// What a person does in the workbench, in Playwright terms. The selectors are VS Code's own
// class names, which have held across releases (see ../shared/REAL-VSCODE.md).

const quickInput = '.quick-input-widget';

export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.part.statusbar').waitFor();
  // The folder is open once the explorer lists it.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** On a fresh profile the first key press can be lost while the workbench settles: try twice. */
async function openQuickInput(page, key) {
  const input = page.locator(`${quickInput} input`);
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    await page.keyboard.press(key);
    try {
      await input.waitFor({ timeout: 5_000 });
      return input;
    } catch (error) {
      if (attempt === 2) throw new Error(`${key} did not open the quick input: ${error.message}`);
    }
  }
}

/** `closes`: false when the row opens another picker in the same widget (Preferences: Color Theme). */
async function pickQuickInputRow(page, input, query, rowText, { closes = true } = {}) {
  await input.fill(query);
  await page.locator(`${quickInput} .monaco-list-row`, { hasText: rowText }).first().click();
  if (closes) await page.locator(quickInput).waitFor({ state: 'hidden' });
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor. */
export async function quickOpen(page, fileName) {
  const input = await openQuickInput(page, 'Control+P');
  await pickQuickInputRow(page, input, fileName, fileName);
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
  await page.locator('.editor-instance .view-lines .view-line').first().waitFor();
}

/** Runs a command by its palette title ("Category: Title") from the Command Palette (F1); `closes` as for pickQuickInputRow. */
export async function runCommand(page, title, { closes = true } = {}) {
  const input = await openQuickInput(page, 'F1');
  await pickQuickInputRow(page, input, `>${title}`, title, { closes });
}

/** Switches the colour theme through Preferences: Color Theme, as a person would. */
export async function pickColorTheme(page, themeName) {
  await runCommand(page, 'Preferences: Color Theme', { closes: false });
  // The theme picker replaces the palette in the same widget: wait for its own prompt.
  const input = page.locator(`${quickInput} input[placeholder^="Select Color Theme"]`);
  await input.waitFor();
  await pickQuickInputRow(page, input, themeName, themeName);
}

/**
 * Rests the mouse on `word` in the active editor and returns the hover's text. Editor text is
 * monospace, so the word's x follows from its character index inside the rendered token.
 */
export async function hoverWord(page, word) {
  const token = page.locator('.editor-instance .view-lines .view-line span > span', { hasText: word }).first();
  const text = (await token.textContent()).replace(/\u00a0/g, ' ');
  const box = await token.boundingBox();
  if (!box) throw new Error(`"${word}" is not on screen`);
  const characterWidth = box.width / text.length;
  const x = box.x + (text.indexOf(word) + word.length / 2) * characterWidth;
  const hover = page.locator('.monaco-hover:visible');
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    // Arriving from elsewhere, in steps, is what makes the editor see a hover gesture.
    await page.mouse.move(x, box.y - 40);
    await page.mouse.move(x, box.y + box.height / 2, { steps: 5 });
    try {
      await hover.first().waitFor({ timeout: 5_000 });
      return await hover.first().innerText();
    } catch (error) {
      if (attempt === 2) throw new Error(`no hover over "${word}": ${error.message}`);
    }
  }
}

/** The text of the editor that has focus, as rendered (the visible lines only). */
export async function activeEditorText(page) {
  const lines = await page.locator('.editor-group-container.active .editor-instance .view-lines .view-line').allInnerTexts();
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** The body of the webview that extension `extensionId` shows (webviews nest two iframes). */
export function webviewBody(page, extensionId) {
  return page.frameLocator(`iframe.webview.ready[src*="extensionId=${extensionId}&"]`).frameLocator('#active-frame').locator('body');
}
