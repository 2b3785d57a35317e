/**
 * Corrections in one keystroke: each code action is one edit of .sourcereview.yaml that changes
 * what the editor shows, and is taken back by its "Undo: …" action or by Ctrl+Z in that file.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { closeAll, exists, highlightsOf, openSeed, SEEDS, waitFor, workspaceUri, type HighlightKind } from '../helpers';

const CORRECTIONS = ['.sourcereview.yaml'];

async function correctionAction(uri: vscode.Uri, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action?.command, `no "${title}" among ${actions.map((candidate) => candidate.title).join(', ')}`);
  return action;
}

async function run(action: vscode.CodeAction, ...extra: unknown[]): Promise<void> {
  await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []), ...extra);
}

async function highlighted(uri: vscode.Uri, kind: HighlightKind, text: string): Promise<boolean> {
  return ((await highlightsOf(uri))?.[kind] ?? []).some((range) => range.text === text);
}

async function corrections(): Promise<Record<string, unknown>> {
  return (parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(...CORRECTIONS)))) ?? {}) as Record<string, unknown>;
}

/** The range of the first highlighted mention of `text`. */
async function mentionRange(uri: vscode.Uri, kind: HighlightKind, text: string): Promise<vscode.Range> {
  const found = ((await highlightsOf(uri))?.[kind] ?? []).find((range) => range.text === text);
  assert.ok(found, `${text} is not highlighted as ${kind}`);
  return new vscode.Range(found.startLine, found.startCharacter, found.endLine, found.endCharacter);
}

export function correctionsSuite(): void {
  suite('Corrections', () => {
    teardown(async () => {
      await closeAll();
      const file = workspaceUri(...CORRECTIONS);
      if (await exists(file)) await vscode.workspace.fs.delete(file);
    });

    test('"Not a name" removes the name; "Undo: Not a name" brings it back', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const uri = editor.document.uri;
      const range = await mentionRange(uri, 'people', 'Dmitry Peskov');
      await run(await correctionAction(uri, range, 'Not a name: “Dmitry Peskov”'));
      assert.deepEqual((await corrections()).notNames, ['Dmitry Peskov']);
      await waitFor('Dmitry Peskov to lose its highlight', async () => !(await highlighted(uri, 'people', 'Dmitry Peskov')));
      await run(await correctionAction(uri, range, 'Undo: Not a name: “Dmitry Peskov”'));
      await waitFor('Dmitry Peskov to be a person again', () => highlighted(uri, 'people', 'Dmitry Peskov'));
      assert.deepEqual((await corrections()).notNames, []);
    });

    test('"Change type to organization" retypes the name; Ctrl+Z in .sourcereview.yaml takes it back', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const uri = editor.document.uri;
      const range = await mentionRange(uri, 'people', 'Dmitry Peskov');
      await run(await correctionAction(uri, range, 'Change type to organization: “Dmitry Peskov”'));
      assert.deepEqual((await corrections()).nameTypes, { 'Dmitry Peskov': 'organization' });
      await waitFor('Dmitry Peskov to be an organization', () => highlighted(uri, 'organizations', 'Dmitry Peskov'));
      assert.ok(await correctionAction(uri, range, 'Undo: Change type to organization: “Dmitry Peskov”'));

      const file = await vscode.workspace.openTextDocument(workspaceUri(...CORRECTIONS));
      await vscode.window.showTextDocument(file, { viewColumn: vscode.ViewColumn.Beside });
      await vscode.commands.executeCommand('undo');
      await waitFor('Dmitry Peskov to be a person again after Ctrl+Z', () => highlighted(uri, 'people', 'Dmitry Peskov'));
    });

    test('"Same as …" merges the name into an entity of the collection; "Undo: Same as" parts them', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const uri = editor.document.uri;
      const range = await mentionRange(uri, 'people', 'Dmitry Peskov');
      // The entity is given as the Quick Pick would return it.
      await run(await correctionAction(uri, range, 'Same as …: “Dmitry Peskov”'), 'Kremlin Spokesman');
      assert.deepEqual((await corrections()).aliases, { 'Kremlin Spokesman': ['Dmitry Peskov'] });
      const merged = await correctionAction(uri, range, 'Undo: Same as “Kremlin Spokesman”: “Dmitry Peskov”');
      await run(merged);
      assert.deepEqual((await corrections()).aliases, {});
    });

    test('"Not boilerplate" keeps a region as text; "Undo: Not boilerplate" makes it boilerplate again', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const uri = editor.document.uri;
      const region = ((await highlightsOf(uri))?.boilerplate ?? [])[0];
      assert.ok(region);
      const range = new vscode.Range(region.startLine, region.startCharacter, region.endLine, region.endCharacter);
      await run(await correctionAction(uri, range, 'Not boilerplate'));
      await waitFor('the region to be text', async () => !((await highlightsOf(uri))?.boilerplate ?? []).some((each) => each.startLine === region.startLine));
      await run(await correctionAction(uri, range, 'Undo: Not boilerplate'));
      await waitFor('the region to be boilerplate again', async () => ((await highlightsOf(uri))?.boilerplate ?? []).some((each) => each.startLine === region.startLine));
    });
  });
}
