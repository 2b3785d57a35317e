/** Boilerplate diagnostics and their quick fixes: remove one, remove all (each undone by one Undo), not boilerplate. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { normalizeLine } from '../../../src/core/boilerplate/normalize';
import { closeAll, exists, openSeed, ourDiagnostics, SEEDS, waitFor, workspaceUri } from '../helpers';

async function quickFix(uri: vscode.Uri, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no "${title}" among ${actions.map((candidate) => candidate.title).join(', ')}`);
  return action;
}

async function undoUntil(document: vscode.TextDocument, original: string): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('undo');
  await waitFor('one Undo to restore the text', () => document.getText() === original, 5_000);
}

export function boilerplateSuite(): void {
  suite('Boilerplate', () => {
    teardown(closeAll);

    test('regions are reported with source "Source Review", code = kind, at the default severity', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const diagnostics = await waitFor('boilerplate diagnostics', () => ourDiagnostics(editor.document.uri).length > 0 && ourDiagnostics(editor.document.uri));
      for (const diagnostic of diagnostics) {
        assert.equal(typeof diagnostic.code, 'string');
        assert.match(String(diagnostic.code), /^[a-z-]+$/);
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Hint);
        assert.deepEqual(diagnostic.tags, [vscode.DiagnosticTag.Unnecessary], 'dimmed while Boilerplate: Dim is on');
      }
      const followUs = editor.document.getText().indexOf('Follow us on');
      assert.ok(diagnostics.some((diagnostic) => diagnostic.range.contains(editor.document.positionAt(followUs))), '"Follow us on" is not flagged');
    });

    test('"Boilerplate: Dim" off leaves the text undimmed: no dimming decoration, no Unnecessary tag', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const configuration = vscode.workspace.getConfiguration('sourceReview');
      await configuration.update('boilerplate.dim', false, vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor('diagnostics without the Unnecessary tag', () => {
          const diagnostics = ourDiagnostics(editor.document.uri);
          return diagnostics.length > 0 && diagnostics.every((diagnostic) => (diagnostic.tags ?? []).length === 0);
        });
      } finally {
        await configuration.update('boilerplate.dim', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });

    test('"Remove this boilerplate" removes the region and one Undo restores it', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const document = editor.document;
      const original = document.getText();
      const [diagnostic] = await waitFor('a diagnostic', () => ourDiagnostics(document.uri).length > 0 && ourDiagnostics(document.uri));
      assert.ok(diagnostic);
      const regionText = document.getText(diagnostic.range);
      const action = await quickFix(document.uri, diagnostic.range, 'Remove this boilerplate');
      assert.ok(action.edit, 'the quick fix must be a WorkspaceEdit');
      assert.ok(await vscode.workspace.applyEdit(action.edit));
      // The fix deletes the region's whole lines, so at least the region's text is gone.
      assert.ok(document.getText().length <= original.length - regionText.length, 'the region was not removed');
      await undoUntil(document, original);
    });

    test('"Remove all boilerplate in this file" removes the certain regions, keeps the uncertain ones, and one Undo restores the text', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const document = editor.document;
      const original = document.getText();
      const diagnostics = await waitFor('diagnostics', () => ourDiagnostics(document.uri).length > 0 && ourDiagnostics(document.uri));
      const uncertain = diagnostics.filter((candidate) => candidate.message.includes('not sure')).map((candidate) => document.getText(candidate.range));
      assert.ok(uncertain.length > 0, 'the seed has no uncertain region');
      const action = await quickFix(document.uri, diagnostics[0]!.range, 'Remove all boilerplate in this file');
      assert.equal(action.command?.command, 'sourceReview.reportKeptBoilerplate', 'no message about the kept regions');
      assert.ok(action.edit && (await vscode.workspace.applyEdit(action.edit)));
      assert.ok(!document.getText().includes('Follow us on'), 'boilerplate is still there');
      for (const text of uncertain) assert.ok(document.getText().includes(text), `uncertain region removed: ${text.slice(0, 60)}`);
      assert.ok(document.getText().includes('These are relations of a special, privileged strategic partnership'), 'article text was removed');
      await undoUntil(document, original);
    });

    test('"Not boilerplate" records the line in .sourcereview.yaml and the diagnostic goes away', async () => {
      const exceptionsFile = workspaceUri('.sourcereview.yaml');
      const { editor } = await openSeed(SEEDS.putin);
      const document = editor.document;
      const before = await waitFor('a diagnostic', () => ourDiagnostics(document.uri).length > 0 && ourDiagnostics(document.uri));
      const target = before[0];
      assert.ok(target);
      try {
        const action = await quickFix(document.uri, target.range, 'Not boilerplate');
        assert.ok(action.command);
        await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
        const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(exceptionsFile));
        const firstLine = normalizeLine(document.lineAt(target.range.start.line).text);
        const recorded = (parse(written) as { notBoilerplate: string[] }).notBoilerplate;
        assert.ok(recorded.includes(firstLine), `${firstLine} not in ${written}`);
        await waitFor('the excepted diagnostic to disappear', () => !ourDiagnostics(document.uri).some((diagnostic) => diagnostic.range.isEqual(target.range)));
      } finally {
        if (await exists(exceptionsFile)) await vscode.workspace.fs.delete(exceptionsFile);
      }
      await waitFor('diagnostics to come back once the exception file is gone', () => ourDiagnostics(document.uri).length === before.length);
    });
  });
}
