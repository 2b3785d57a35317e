/**
 * Reviewing the collection (issue 16): the INDEX rows carry what search and facets read, tags are
 * set by command and written to INDEX.yaml, "Next Unreviewed Document" follows the INDEX tab's
 * order, and "Export INDEX as CSV" writes the documents the tab shows. The page's filtering runs
 * in the webview; here its rows are filtered with the same module (indexQuery.ts) and the page's
 * report of what it shows is delivered as the page sends it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { emptyQuery, filterRows, sortRows } from '../../../src/webview/indexQuery';
import type { IndexRow, IndexState } from '../../../src/webview/messages';
import { parseCsv } from '../../unit/csv';
import { activate, closeAll, SEEDS, waitFor, workspaceUri } from '../helpers';

async function indexRows(): Promise<IndexRow[]> {
  await activate();
  await vscode.commands.executeCommand('sourceReview.test.collectionIndexed');
  const state = (await vscode.commands.executeCommand<{ index?: { state: IndexState } }>('sourceReview.test.panelState', { loadIndex: true })).index?.state;
  assert.equal(state?.status, 'ready');
  return state?.status === 'ready' ? state.rows.filter((row) => row.file.startsWith('seeds/')) : [];
}

function rowOf(rows: IndexRow[], seed: string): IndexRow {
  const row = rows.find((candidate) => candidate.file === `seeds/${seed}`);
  assert.ok(row, `${seed} not in the INDEX`);
  return row;
}

const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const show = (uris: string[]) => vscode.commands.executeCommand('sourceReview.test.panelMessage', { type: 'shown', uris });

export function reviewSuite(): void {
  suite('Review progress, tags, search and export', () => {
    const index = workspaceUri('seeds', 'INDEX.yaml');
    teardown(async () => {
      await closeAll();
      await vscode.workspace.fs.delete(index).then(undefined, () => undefined);
    });

    test('search reads the article\'s names: "Moscow" finds seed 000, whose title does not say it; facets on two people narrow to both', async () => {
      const rows = await indexRows();
      const putin = rowOf(rows, SEEDS.putin);
      assert.doesNotMatch(putin.title ?? '', /Moscow/);
      const found = filterRows(rows, { ...emptyQuery(), text: 'moscow' }).map((row) => row.file);
      assert.ok(found.includes(`seeds/${SEEDS.putin}`), `found: ${found.join(', ')}`);
      assert.ok(putin.people.includes('Vladimir Putin') && putin.people.includes('Dmitry Peskov'), putin.people.join(', '));
      const both = filterRows(rows, { ...emptyQuery(), people: ['Vladimir Putin', 'Dmitry Peskov'] }).map((row) => row.file);
      assert.ok(both.includes(`seeds/${SEEDS.putin}`));
      assert.ok(both.length < rows.length, 'two people at once narrow the list');
    });

    test('Tag Document writes tags to INDEX.yaml; the INDEX shows them and filters by them', async () => {
      const rows = await indexRows();
      await vscode.commands.executeCommand('sourceReview.tagDocument', vscode.Uri.parse(rowOf(rows, SEEDS.putin).uri), ['story-a', 'wire, check']);
      assert.match(await read(index), new RegExp(`- file: ${SEEDS.putin}[\\s\\S]*?tags: \\[ story-a, "wire, check" \\]`));
      const after = await indexRows();
      assert.deepEqual(rowOf(after, SEEDS.putin).tags, ['story-a', 'wire, check']);
      assert.deepEqual(filterRows(after, { ...emptyQuery(), tag: 'story-a' }).map((row) => row.file), [`seeds/${SEEDS.putin}`]);
    });

    test('Next Unreviewed Document goes through the INDEX tab\'s order, skipping reviewed documents, and opens at the article', async () => {
      const entries = [[SEEDS.putin, 'reviewed'], [SEEDS.xi, 'unreviewed'], [SEEDS.hostile, 'reviewed'], [SEEDS.requote, 'flagged']];
      await vscode.workspace.fs.writeFile(index, new TextEncoder().encode(`documents:\n${entries.map(([file, status]) => `  - file: ${file}\n    status: ${status}\n`).join('')}`));
      const rows = await indexRows();
      // As the page reports it sorted by file, descending: 004, 003, 002, 000.
      await show(sortRows(rows, 'file', true).map((row) => row.uri));
      await vscode.window.showTextDocument(vscode.Uri.parse(rowOf(rows, SEEDS.putin).uri));
      await vscode.commands.executeCommand('sourceReview.nextUnreviewed');
      const editor = await waitFor('seed 002 opened', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(SEEDS.xi) && vscode.window.activeTextEditor);
      const line = editor.document.lineAt(editor.selection.active.line).text;
      assert.ok(line.trim() !== '' && !/^date\b/.test(line), `opened at "${line}", not the article's first line`);
    });

    test('Export INDEX as CSV writes the documents the INDEX tab shows, in its order, with status and tags', async () => {
      const rows = await indexRows();
      await vscode.commands.executeCommand('sourceReview.tagDocument', vscode.Uri.parse(rowOf(rows, SEEDS.putin).uri), ['story-a']);
      await show([rowOf(rows, SEEDS.xi).uri, rowOf(rows, SEEDS.putin).uri]);
      const target = workspaceUri('export.csv');
      try {
        await vscode.commands.executeCommand('sourceReview.exportIndexCsv', target);
        const [header, ...records] = parseCsv(await read(target));
        assert.deepEqual(records.map((record) => record[0]), [SEEDS.xi, SEEDS.putin]);
        const cell = (record: string[] | undefined, column: string) => record?.[header!.indexOf(column)];
        assert.equal(cell(records[1], 'tags'), 'story-a');
        assert.equal(cell(records[1], 'status'), 'unreviewed');
        assert.match(cell(records[1], 'title') ?? '', /^Russia Values/);
      } finally {
        await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
        await show(rows.map((row) => row.uri));
      }
    });

    test('a wire copy is listed under its original; its word difference comes on request', async () => {
      const folder = workspaceUri('seeds', 'wire');
      const text = await read(workspaceUri('seeds', SEEDS.putin));
      // Shorter than the original's wording: of two copies published the same day, the longer is the original.
      const copied = text.replace('remains largely untapped', 'lies unused');
      assert.notEqual(copied, text);
      // Not byte-identical to seed 000, so a.txt is analysed under its own name rather than taken from the cache.
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'a.txt'), new TextEncoder().encode(`${text}\n`));
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'b.txt'), new TextEncoder().encode(copied));
      try {
        const row = await waitFor('the copy in the INDEX', async () => {
          const state = (await vscode.commands.executeCommand<{ index?: { state: IndexState } }>('sourceReview.test.panelState', { loadIndex: true })).index?.state;
          return state?.status === 'ready' && state.rows.find((candidate) => candidate.file === 'seeds/wire/b.txt' && candidate.duplicateOf !== null);
        }, 30_000);
        assert.equal(row.duplicateOf, 'seeds/wire/a.txt');
        await vscode.commands.executeCommand('sourceReview.test.panelMessage', { type: 'compare', original: vscode.Uri.joinPath(folder, 'a.txt').toString(), copy: row.uri });
        const state = await vscode.commands.executeCommand<{ comparison?: { copy: string; difference: { value: string; change: string }[] } }>('sourceReview.test.panelState');
        const changes = state.comparison?.difference.filter((part) => part.change !== 'same').map((part) => `${part.change}:${part.value.trim()}`);
        assert.ok(changes?.some((change) => change.startsWith('removed:') && change.includes('untapped')), `changes: ${changes?.join(' | ')}`);
        assert.ok(changes?.some((change) => change.startsWith('added:') && change.includes('unused')), `changes: ${changes?.join(' | ')}`);
        assert.ok((changes?.length ?? 0) <= 4, `only the changed words: ${changes?.join(' | ')}`);
      } finally {
        await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
      }
    });
  });
}
