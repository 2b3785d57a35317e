/** Language, highlights, hovers and outline on the fixture seeds. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, highlightsOf, openSeed, positionOf, SEEDS, waitFor, workspaceUri } from '../helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    // MarkdownString.appendText keeps runs of spaces as &nbsp;.
    .replace(/&nbsp;/g, ' ');
}

export function editorSuite(): void {
  suite('Editor', () => {
    teardown(closeAll);

    test('seed files and files listed in sourceReview.files open as Seed Documents', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      assert.equal(editor.document.languageId, 'seed');
      const listed = await vscode.workspace.openTextDocument(workspaceUri('other', 'listed.txt'));
      await vscode.window.showTextDocument(listed);
      await waitFor('other/listed.txt to switch to seed', () =>
        vscode.workspace.textDocuments.some((document) => document.uri.path.endsWith('/other/listed.txt') && document.languageId === 'seed'),
      );
    });

    test('highlights dates, people, places and quotations', async () => {
      const { highlights } = await openSeed(SEEDS.putin);
      assert.ok(highlights.dates.length > 0, 'no dates highlighted');
      assert.ok(highlights.quotations.length > 0, 'no quotations highlighted');
      const people = highlights.people.map((range) => range.text);
      assert.ok(people.some((text) => text.includes('Putin')), `Putin not among people: ${people.join(', ')}`);
      const places = highlights.places.map((range) => range.text);
      assert.ok(places.some((text) => /China|Moscow|Beijing|Tianjin/.test(text)), `no place found: ${places.join(', ')}`);
      assert.ok(highlights.quotations.some((range) => range.text.includes('special, privileged strategic partnership')));
    });

    test('highlights follow edits', async () => {
      const { editor, highlights } = await openSeed(SEEDS.xi);
      const before = highlights.people.length;
      // In the article's first paragraph: a line of its own under the headline reads as navigation, whose names are not coloured.
      await editor.edit((builder) => builder.insert(new vscode.Position(3, 0), 'Angela Merkel met Emmanuel Macron in Paris. '));
      const after = await waitFor('highlights of the edited text', async () => {
        const current = await highlightsOf(editor.document.uri);
        return current && current.people.length > before && current;
      });
      assert.ok(after.people.some((range) => range.startLine === 3), 'no person highlighted on the edited line');
    });

    test('a highlight setting switches its kind off', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const configuration = vscode.workspace.getConfiguration('sourceReview');
      await configuration.update('highlight.people', false, vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor('people highlights to disappear', async () => (await highlightsOf(editor.document.uri))?.people.length === 0);
        const highlights = await highlightsOf(editor.document.uri);
        assert.ok(highlights && highlights.dates.length > 0, 'other kinds must stay');
      } finally {
        await configuration.update('highlight.people', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    test('hovers show a date value with weekday and a name with its mentions', async () => {
      const { editor, highlights } = await openSeed(SEEDS.putin);
      const date = highlights.dates.find((range) => range.text.includes('2025-08-29')) ?? highlights.dates[0];
      assert.ok(date, 'no date to hover');
      const dateHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(date)));
      assert.match(dateHover, /Value:/);
      assert.match(dateHover, /Precision:/);
      if (date.text.includes('2025-08-29')) assert.match(dateHover, /Friday/);

      const sunday = highlights.dates.find((range) => range.text === 'Sunday');
      assert.ok(sunday, '"on Sunday" is not a date');
      const sundayHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(sunday)));
      assert.match(sundayHover, /2 days after publication/);

      const putin = highlights.people.find((range) => range.text.includes('Putin'));
      assert.ok(putin, 'no Putin to hover');
      const nameHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(putin)));
      assert.match(nameHover, /Person/);
      assert.match(nameHover, /Vladimir Putin/);
      assert.match(nameHover, /Mentions in the article:\*\* \d+/);
    });

    test('the hover of a quotation names its speaker', async () => {
      const { editor, highlights } = await openSeed(SEEDS.putin);
      const quote = highlights.quotations.find((range) => range.text.includes('special, privileged'));
      assert.ok(quote, 'no Peskov quotation');
      const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(quote)));
      assert.match(hover, /Speaker:\*\* Dmitry Peskov/);
    });

    test('the outline is the article: the headline spanning it, its quotations with speakers, no boilerplate', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      assert.equal(symbols.length, 1, `one headline, not ${symbols.map((symbol) => symbol.name).join(' | ')}`);
      const headline = symbols[0]!;
      assert.ok(headline.name.startsWith('Russia Values'), headline.name);
      const quotations = headline.children.flatMap(function all(symbol): vscode.DocumentSymbol[] {
        return [symbol, ...symbol.children.flatMap(all)];
      });
      assert.ok(quotations.some((symbol) => symbol.detail === 'Dmitry Peskov'), 'no quotation of Peskov');
      assert.ok(!quotations.some((symbol) => symbol.name === 'Boilerplate'));
      const menu = editor.document.getText().indexOf('Skip to main content');
      if (menu >= 0) assert.ok(!headline.range.contains(editor.document.positionAt(menu)), 'the site menu is outside the article');
    });

    test('Seed Documents wrap lines and do not box curly apostrophes (configuration defaults)', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const configuration = vscode.workspace.getConfiguration('editor', editor.document);
      assert.equal(configuration.get('wordWrap'), 'on');
      assert.equal(configuration.get('unicodeHighlight.ambiguousCharacters'), false);
    });
  });
}
