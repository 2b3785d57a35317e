/** Each palette command's effect: documents opened, files written, text changed. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { ALL_SEED_FILES, closeAll, exists, openSeed, ourDiagnostics, SEEDS, waitFor, workspaceUri } from '../helpers';

/** The summary's text, once it shows in a Markdown preview tab; never an Untitled buffer. */
function markdownEditorText(name: string): string | undefined {
  const summary = vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'source-review-summary' && document.uri.path.includes(name));
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
  const preview = tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType));
  assert.ok(!vscode.workspace.textDocuments.some((document) => document.isUntitled), 'a summary must not be an Untitled buffer');
  return preview ? summary?.getText() : undefined;
}

export function commandsSuite(): void {
  suite('Commands', () => {
    teardown(closeAll);

    test('every contributed command is registered', async () => {
      await openSeed(SEEDS.putin);
      const registered = new Set(await vscode.commands.getCommands(true));
      const contributed = (vscode.extensions.getExtension('source-review.source-review')?.packageJSON.contributes.commands ?? []) as { command: string }[];
      assert.ok(contributed.length >= 6);
      for (const { command } of contributed) assert.ok(registered.has(command), `${command} has no handler`);
    });

    test('Summarize Document opens a read-only Markdown summary in the preview beside the seed', async () => {
      await openSeed(SEEDS.putin);
      await vscode.commands.executeCommand('sourceReview.summarizeDocument');
      const summary = await waitFor('a Markdown summary', () => markdownEditorText('Summary of'));
      assert.match(summary, /^# Russia Values/m);
      assert.match(summary, /Vladimir Putin/);
      assert.match(summary, /## Quotations/);
    });

    test('Summarize Collection lists every seed document', async () => {
      await vscode.commands.executeCommand('sourceReview.summarizeCollection');
      const summary = await waitFor('a collection summary', () => markdownEditorText('Collection summary'), 30_000);
      assert.match(summary, new RegExp(`\\*\\*Documents:\\*\\* ${ALL_SEED_FILES.length}\\b`));
      for (const file of ALL_SEED_FILES) assert.ok(summary.includes(file.replace(/_/g, '\\_')), `${file} missing`);
    });

    test('Write INDEX writes seeds/INDEX.yaml with an entry per document, keeping fields it does not own', async () => {
      const index = workspaceUri('seeds', 'INDEX.yaml');
      await vscode.workspace.fs.writeFile(index, new TextEncoder().encode(`documents:\n  - file: ${SEEDS.xi}\n    status: flagged\n    notes: check the date # reviewer\n`));
      try {
        await vscode.commands.executeCommand('sourceReview.writeIndex');
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(index));
        const documents = (parse(text) as { documents: { file: string; status?: string; notes?: string; title?: string }[] }).documents;
        assert.deepEqual(documents.map((entry) => entry.file).sort(), Object.values(SEEDS).sort());
        const xi = documents.find((entry) => entry.file === SEEDS.xi);
        assert.equal(xi?.status, 'flagged');
        assert.equal(xi?.notes, 'check the date');
        assert.ok(xi?.title, 'no title written');
        assert.match(text, /# reviewer/);
      } finally {
        // other/ (listed in sourceReview.files) gets its own INDEX.yaml too.
        for (const written of [index, workspaceUri('other', 'INDEX.yaml')]) if (await exists(written)) await vscode.workspace.fs.delete(written);
      }
    });

    test('Export Facts writes the facts record as JSON and as YAML', async () => {
      await openSeed(SEEDS.putin);
      for (const format of ['json', 'yaml'] as const) {
        const target = workspaceUri(`exported.${format}`);
        await vscode.commands.executeCommand('sourceReview.exportFacts', format, target);
        assert.ok(await exists(target), `${format} export missing`);
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        const record = (format === 'json' ? JSON.parse(text) : parse(text)) as { schema: string; names: unknown[] };
        assert.equal(record.schema, 'facts/1');
        assert.ok(record.names.length > 0);
        await vscode.workspace.fs.delete(target);
      }
    });

    test('Remove Boilerplate removes the certain regions in one edit, undone by one Undo', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      const original = editor.document.getText();
      await waitFor('diagnostics', () => ourDiagnostics(editor.document.uri).length > 0);
      await vscode.commands.executeCommand('sourceReview.removeBoilerplate');
      assert.ok(editor.document.getText().length < original.length, 'nothing was removed');
      assert.ok(!editor.document.getText().includes('Follow us on'));
      // The seed's headline sits right after its menu and breadcrumb lines, which are removed: the headline stays.
      const headline = 'Russia Values \'Special Strategic Partnership\' With China Ahead Of Putin’s Visit At SCO Summit';
      const headlineLine = original.split(/\r?\n/).indexOf(headline);
      assert.ok(headlineLine > 0 && headlineLine <= 5, 'the seed\'s headline follows its menu');
      assert.ok(!editor.document.getText().includes('e-Paper Get App'), 'the menu line was removed');
      assert.ok(editor.document.getText().split(/\r?\n/).includes(headline), 'the headline was removed with the menu');
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      await waitFor('Undo to restore the text', () => editor.document.getText() === original);
    });
  });
}
