/**
 * The collection across documents: background indexing, references, workspace symbols and hovers
 * across the fixture workspace's seeds (004_requote.txt re-quotes Peskov with other words, and
 * gives one of his quotations to Lavrov), and the panel's INDEX and Timeline.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocumentState, IndexState, TimelineState } from '../../../src/webview/messages';
import { activate, ALL_SEED_FILES, closeAll, exists, openSeed, SEEDS, waitFor, workspaceUri } from '../helpers';

interface PanelState {
  document?: { type: 'document'; state: DocumentState };
  index?: { type: 'index'; state: IndexState };
  timeline?: { type: 'timeline'; state: TimelineState };
}

function panelState(options?: { loadIndex?: boolean; loadTimeline?: boolean }): Thenable<PanelState> {
  return vscode.commands.executeCommand<PanelState>('sourceReview.test.panelState', options);
}

interface IndexedFile {
  file: string;
  fromCache: boolean;
}

async function indexed(): Promise<IndexedFile[]> {
  await activate();
  return vscode.commands.executeCommand<IndexedFile[]>('sourceReview.test.collectionIndexed');
}

async function indexedFiles(): Promise<string[]> {
  return (await indexed()).map((entry) => entry.file).sort();
}

/** The position inside the first occurrence of `needle` in the editor's text. */
function positionOf(editor: vscode.TextEditor, needle: string, from = 0): vscode.Position {
  const offset = editor.document.getText().indexOf(needle, from);
  assert.ok(offset >= 0, `${needle} not in ${editor.document.uri.path}`);
  return editor.document.positionAt(offset + 1);
}

async function hoverText(editor: vscode.TextEditor, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

function readText(uri: vscode.Uri): Thenable<string> {
  return vscode.workspace.fs.readFile(uri).then((bytes) => new TextDecoder().decode(bytes));
}

/** The documents in which Go to Symbol in Workspace finds Sergei Lavrov. */
async function lavrovIn(): Promise<string[]> {
  const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Lavrov');
  return symbols.filter((symbol) => symbol.name === 'Sergei Lavrov').map((symbol) => vscode.workspace.asRelativePath(symbol.location.uri)).sort();
}

/** What the features show of the collection: indexed files, INDEX rows and facts, Timeline, entities across documents. */
async function collectionState(): Promise<{ files: string[]; index: IndexState | undefined; timeline: TimelineState | undefined; lavrov: string[]; peskov: string[] }> {
  const files = await indexedFiles();
  const { index, timeline } = await panelState({ loadIndex: true, loadTimeline: true });
  const peskov = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Peskov');
  return {
    files,
    index: index?.state,
    timeline: timeline?.state,
    lavrov: await lavrovIn(),
    peskov: peskov.map((symbol) => `${symbol.name} ${vscode.workspace.asRelativePath(symbol.location.uri)}`).sort(),
  };
}

export function collectionSuite(): void {
  suite('Collection', () => {
    teardown(closeAll);

    test('every seed document of the workspace is indexed in the background', async () => {
      assert.deepEqual(await indexedFiles(), [...ALL_SEED_FILES].sort());
    });

    test('Find All References on a name lists the entity in every document, aliases included', async () => {
      const { editor } = await openSeed(SEEDS.requote);
      await indexedFiles();
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, positionOf(editor, 'Vladimir Putin'));
      const files = new Set(locations.map((location) => vscode.workspace.asRelativePath(location.uri)));
      for (const file of [`seeds/${SEEDS.putin}`, `seeds/${SEEDS.xi}`, `seeds/${SEEDS.requote}`, 'other/listed.txt']) assert.ok(files.has(file), `${file} missing from ${[...files].join(', ')}`);
      // The surname alone, in another document, is the same entity.
      const putinSeed = await vscode.workspace.openTextDocument(workspaceUri('seeds', SEEDS.putin));
      const texts = locations.filter((location) => location.uri.toString() === putinSeed.uri.toString()).map((location) => putinSeed.getText(location.range));
      assert.ok(texts.includes('Putin') && texts.includes('Vladimir Putin'), `mentions in ${SEEDS.putin}: ${texts.join(', ')}`);
    });

    test('Go to Symbol in Workspace finds an entity in each document that mentions it', async () => {
      await indexedFiles();
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'peskov');
      const peskov = symbols.filter((symbol) => symbol.name === 'Dmitry Peskov');
      assert.deepEqual(peskov.map((symbol) => vscode.workspace.asRelativePath(symbol.location.uri)).sort(), [`seeds/${SEEDS.putin}`, `seeds/${SEEDS.requote}`]);
      const document = await vscode.workspace.openTextDocument(peskov[0]!.location.uri);
      assert.match(document.getText(peskov[0]!.location.range), /Peskov/);
    });

    test('the hover of a name links the other documents that mention its entity', async () => {
      const { editor } = await openSeed(SEEDS.requote);
      await indexedFiles();
      const text = await hoverText(editor, positionOf(editor, 'Vladimir Putin'));
      assert.match(text, /\*\*Also in \d+ other documents:\*\*/);
      assert.match(text, new RegExp(`\\[seeds/${SEEDS.putin.replace(/_/g, '\\\\_')}:\\d+\\]\\([^)]*${SEEDS.putin}#L\\d+,\\d+\\)`));
    });

    test('the hover of a quotation lists it in other documents, with the word difference and a different speaker', async () => {
      const { editor } = await openSeed(SEEDS.requote);
      await indexedFiles();
      const reworded = await hoverText(editor, positionOf(editor, 'These are relations'));
      assert.match(reworded, /\*\*Also quoted in 1 other place:\*\*/);
      assert.match(reworded, /wording differs/);
      // From this document's words to the other's: "highly" is not there, "overstate" was "overestimate".
      assert.match(reworded, /~~highly~~/, 'the word the other document lacks');
      assert.match(reworded, /~~overstate~~ \*\*overestimate\*\*/, 'the changed word');
      const otherSpeaker = await hoverText(editor, positionOf(editor, 'Both we and'));
      assert.match(otherSpeaker, /same words/);
      assert.match(otherSpeaker, /different speaker:\*\* Dmitry Peskov/);
    });

    test('the panel lists the quotations found in other documents', async () => {
      await openSeed(SEEDS.requote);
      await indexedFiles();
      await vscode.commands.executeCommand('sourceReview.showPanel');
      const view = await waitFor('the re-quoting document in the panel', async () => {
        const state = (await panelState()).document?.state;
        return state?.kind === 'facts' && state.view.file.endsWith(SEEDS.requote) && state.view.quotes.every((quote) => quote.elsewhere.length > 0) && state.view;
      });
      const [peskov, lavrov] = view.quotes;
      assert.equal(peskov?.elsewhere[0]?.file, `seeds/${SEEDS.putin}`);
      assert.deepEqual(peskov?.elsewhere[0]?.difference.filter((part) => part.change !== 'same').map((part) => `${part.change}:${part.value.trim()}`), ['removed:highly', 'removed:overstate', 'added:overestimate']);
      assert.equal(lavrov?.elsewhere[0]?.differentSpeaker, true);
    });

    test('the INDEX shows review status and gaps; a status set in the panel is written to INDEX.yaml', async () => {
      const index = workspaceUri('seeds', 'INDEX.yaml');
      const original = `# reviewed by hand\ndocuments:\n  - file: ${SEEDS.xi}\n    status: reviewed # second pass\n    notes: keep\n    reviewer: ana\n`;
      await vscode.workspace.fs.writeFile(index, new TextEncoder().encode(original));
      try {
        await indexedFiles();
        const state = (await panelState({ loadIndex: true })).index?.state;
        assert.equal(state?.status, 'ready');
        if (state?.status !== 'ready') return;
        assert.ok(state.collection.gaps.includes('seeds/001'), `gaps: ${state.collection.gaps.join(', ')}`);
        assert.deepEqual(state.collection.duplicates, []);
        assert.equal(state.rows.find((row) => row.file.endsWith(SEEDS.xi))?.status, 'reviewed');
        const requote = state.rows.find((row) => row.file.endsWith(SEEDS.requote));
        assert.equal(requote?.status, null);

        await vscode.commands.executeCommand('sourceReview.test.panelMessage', { type: 'setStatus', uri: requote?.uri, status: 'flagged' });
        const text = await readText(index);
        assert.match(text, new RegExp(`- file: ${SEEDS.requote}[\\s\\S]*?status: flagged`));
        assert.match(text, /# reviewed by hand/);
        assert.match(text, /status: reviewed # second pass/);
        assert.match(text, /reviewer: ana/);
        const after = (await panelState()).index?.state;
        assert.equal(after?.status === 'ready' && after.rows.find((row) => row.file.endsWith(SEEDS.requote))?.status, 'flagged');
      } finally {
        await vscode.workspace.fs.delete(index);
      }
    });

    test('a malformed INDEX.yaml is reported with line and column and never overwritten', async () => {
      const index = workspaceUri('seeds', 'INDEX.yaml');
      const malformed = `documents:\n  - file: ${SEEDS.xi}\n    status: [reviewed\n`;
      await vscode.workspace.fs.writeFile(index, new TextEncoder().encode(malformed));
      try {
        await indexedFiles();
        const state = (await panelState({ loadIndex: true })).index?.state;
        const problems = state?.status === 'ready' ? state.collection.problems : [];
        assert.ok(problems.some((problem) => /seeds\/INDEX\.yaml:\d+:\d+:/.test(problem)), `problems: ${problems.join('; ')}`);
        const requote = state?.status === 'ready' ? state.rows.find((row) => row.file.endsWith(SEEDS.requote)) : undefined;
        await vscode.commands.executeCommand('sourceReview.test.panelMessage', { type: 'setStatus', uri: requote?.uri, status: 'reviewed' });
        assert.equal(await readText(index), malformed);
      } finally {
        await vscode.workspace.fs.delete(index);
      }
    });

    test('the Timeline places dated events in date order with their sentences', async () => {
      await indexedFiles();
      const state = (await panelState({ loadTimeline: true })).timeline?.state;
      assert.equal(state?.status, 'ready');
      const events = state?.status === 'ready' ? state.events : [];
      const values = events.map((event) => event.value);
      assert.deepEqual(values, [...values].sort());
      const saturday = events.find((event) => event.file === `seeds/${SEEDS.requote}` && event.text === 'Saturday');
      assert.equal(saturday?.value, '2025-08-30');
      assert.match(saturday?.sentence ?? '', /Kremlin on Saturday praised/);
      // Choosing an event reveals its date in its document.
      await vscode.commands.executeCommand('sourceReview.test.panelMessage', { type: 'reveal', target: saturday });
      const selection = await waitFor('the selection on the date', () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.toString() === saturday?.uri && !active.selection.isEmpty && active.selection;
      });
      assert.equal(vscode.window.activeTextEditor?.document.getText(selection), 'Saturday');
    });

    test('the Timeline marks the same event told with another date', async () => {
      // other/listed.txt: "Putin will meet Chinese President Xi Jinping on August 31, 2025, the Kremlin said."
      const conflicting = workspaceUri('seeds', '007_conflict.txt');
      const text = 'Moscow: Russian President Vladimir Putin will meet Chinese President Xi Jinping on September 1, 2025, the Kremlin said.\n';
      await vscode.workspace.fs.writeFile(conflicting, new TextEncoder().encode(text));
      try {
        await waitFor('the new seed to be indexed', async () => (await indexedFiles()).includes('seeds/007_conflict.txt'));
        const state = (await panelState({ loadTimeline: true })).timeline?.state;
        const events = state?.status === 'ready' ? state.events : [];
        const mine = events.find((event) => event.file === 'seeds/007_conflict.txt');
        assert.deepEqual(mine?.conflicts, [{ file: 'other/listed.txt', value: '2025-08-31' }]);
      } finally {
        await vscode.workspace.fs.delete(conflicting);
      }
      await waitFor('the seed to be forgotten', async () => !(await indexedFiles()).includes('seeds/007_conflict.txt'));
    });

    test('a copy of a seed, once indexed, shows in the INDEX as a duplicate group', async () => {
      const copy = workspaceUri('seeds', '006_copy.txt');
      await vscode.workspace.fs.copy(workspaceUri('seeds', SEEDS.putin), copy);
      try {
        const entry = await waitFor('the copy to be indexed', async () => (await indexed()).find((candidate) => candidate.file === 'seeds/006_copy.txt'));
        assert.equal(entry.fromCache, true, 'the same content was analysed before: its facts come from the storage cache');
        const state = (await panelState({ loadIndex: true })).index?.state;
        assert.deepEqual(state?.status === 'ready' && state.collection.duplicates, [[`seeds/${SEEDS.putin}`, 'seeds/006_copy.txt']]);
        assert.ok(state?.status === 'ready' && state.collection.gaps.includes('seeds/005'));
      } finally {
        await vscode.workspace.fs.delete(copy);
      }
      await waitFor('the copy to be forgotten', async () => !(await indexedFiles()).includes('seeds/006_copy.txt'));
    });

    test('a seed file created, then deleted, is indexed and then forgotten', async () => {
      const added = workspaceUri('seeds', '005_added.txt');
      await vscode.workspace.fs.writeFile(added, new TextEncoder().encode('Moscow: President Vladimir Putin met Sergei Lavrov on Monday, the Kremlin said.\n'));
      try {
        await waitFor('the new seed to be indexed', async () => (await indexedFiles()).includes('seeds/005_added.txt'));
        const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Lavrov');
        assert.ok(symbols.some((symbol) => symbol.location.uri.toString() === added.toString()), 'Lavrov in the new seed');
      } finally {
        if (await exists(added)) await vscode.workspace.fs.delete(added);
      }
      await waitFor('the deleted seed to be forgotten', async () => !(await indexedFiles()).includes('seeds/005_added.txt'));
    });

    test('after seeds are changed, created, renamed and deleted, the collection equals a fresh index of the folder', async () => {
      const xi = workspaceUri('seeds', SEEDS.xi);
      const originalXi = await vscode.workspace.fs.readFile(xi);
      const created = workspaceUri('seeds', '008_created.txt');
      const renamed = workspaceUri('seeds', '009_renamed.txt');
      const copy = workspaceUri('seeds', '010_copy.txt');
      const deleted = workspaceUri('seeds', '011_deleted.txt');
      const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      const settings = vscode.workspace.getConfiguration('sourceReview');
      const files = settings.get<string[]>('files') ?? [];
      try {
        await indexedFiles();
        // Inside the article (before its byline): a line after the related links is the page's footer, whose names refer nowhere.
        const xiLines = new TextDecoder().decode(originalXi).split('\n');
        xiLines.splice(20, 0, 'Beijing: Xi Jinping received Sergei Lavrov on Tuesday, the ministry said.');
        await write(xi, xiLines.join('\n'));
        await write(created, 'Moscow: Dmitry Peskov said on Monday that "the talks will go on as planned", the Kremlin said.\n');
        await write(deleted, 'Astana: Kassym-Jomart Tokayev spoke on Friday.\n');
        await vscode.workspace.fs.copy(workspaceUri('seeds', SEEDS.putin), copy);
        await waitFor('the created seeds to be indexed', async () => {
          const now = await indexedFiles();
          return ['seeds/008_created.txt', 'seeds/010_copy.txt', 'seeds/011_deleted.txt'].every((file) => now.includes(file));
        });
        await vscode.workspace.fs.rename(created, renamed);
        await vscode.workspace.fs.delete(deleted);
        await waitFor('the renamed and deleted seeds to be updated', async () => {
          const now = await indexedFiles();
          return now.includes('seeds/009_renamed.txt') && !now.includes('seeds/008_created.txt') && !now.includes('seeds/011_deleted.txt');
        });
        await waitFor('Lavrov in the changed seed', async () => (await lavrovIn()).includes(`seeds/${SEEDS.xi}`));
        const updated = await collectionState();
        assert.ok((await indexed()).some((entry) => !entry.fromCache), 'the changed and new seeds were analysed, not taken from the cache');
        assert.deepEqual(updated.index?.status === 'ready' && updated.index.collection.duplicates, [[`seeds/${SEEDS.putin}`, 'seeds/010_copy.txt']]);

        // A change of sourceReview.files indexes the whole workspace afresh; every content is in the cache by then.
        await settings.update('files', [...files, ...files], vscode.ConfigurationTarget.Workspace);
        await waitFor('a fresh index of every folder', async () => (await indexed()).every((entry) => entry.fromCache));
        assert.deepEqual(await collectionState(), updated);
      } finally {
        await settings.update('files', files, vscode.ConfigurationTarget.Workspace);
        await vscode.workspace.fs.writeFile(xi, originalXi);
        for (const uri of [created, renamed, copy, deleted]) if (await exists(uri)) await vscode.workspace.fs.delete(uri);
      }
      await waitFor('the added seeds to be forgotten', async () => (await indexedFiles()).join() === [...ALL_SEED_FILES].sort().join());
    });
  });
}
