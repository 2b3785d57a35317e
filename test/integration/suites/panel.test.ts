/**
 * The side panel's content, read through the test hook that returns the last messages posted to
 * the page (the page renders them with textContent only).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocumentState, IndexState, RenderedDocument } from '../../../src/webview/messages';
import { ALL_SEED_FILES, closeAll, openSeed, ourDiagnostics, SEEDS, waitFor, workspaceUri } from '../helpers';

interface PanelState {
  document?: { type: 'document'; state: DocumentState };
  index?: { type: 'index'; state: IndexState };
  rendered?: RenderedDocument;
}

function panelState(options?: { loadIndex?: boolean }): Thenable<PanelState> {
  return vscode.commands.executeCommand<PanelState>('sourceReview.test.panelState', options);
}

/** The facts the Document tab shows for the Putin seed, once it shows them. */
function putinFactsShown() {
  return waitFor('the document in the panel', async () => {
    const state = (await panelState()).document?.state;
    return state?.kind === 'facts' && state.view.file.endsWith(SEEDS.putin) && state.view;
  });
}

export function panelSuite(): void {
  suite('Panel', () => {
    teardown(closeAll);

    test('Show Panel shows the active document: title, people with counts, quotations with speakers', async () => {
      await openSeed(SEEDS.putin);
      await vscode.commands.executeCommand('sourceReview.showPanel');
      const view = await putinFactsShown();
      assert.match(view.title ?? '', /^Russia Values/);
      const putin = view.people.find((person) => person.name === 'Vladimir Putin');
      assert.ok(putin && putin.mentions > 1, 'Vladimir Putin with his mention count');
      assert.ok(view.quotes.some((quote) => quote.speaker === 'Dmitry Peskov'));
      assert.ok(view.dates.length > 0);
    });

    test('the Document tab lists the article\'s people; related headlines\' names are folded apart', async () => {
      await openSeed(SEEDS.putin);
      await vscode.commands.executeCommand('sourceReview.showPanel');
      const view = await putinFactsShown();
      const people = view.people.map((person) => person.name);
      for (const name of ['Vladimir Putin', 'Dmitry Peskov', 'Narendra Modi']) assert.ok(people.includes(name), `${name} missing from ${people.join(', ')}`);
      for (const name of ['JD Vance', 'Giorgia Meloni']) {
        assert.ok(!people.includes(name), `${name} (a related headline) listed as the article's: ${people.join(', ')}`);
        assert.ok(view.onPage.some((item) => item.kind === 'person' && item.text === name), `${name} not among the page's mentions`);
      }
    });

    test('choosing an entry reveals it in the editor', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      await vscode.commands.executeCommand('sourceReview.showPanel');
      const view = await putinFactsShown();
      const peskov = view.people.find((person) => person.name === 'Dmitry Peskov');
      assert.ok(peskov, 'no Dmitry Peskov in the panel');
      await vscode.commands.executeCommand('sourceReview.test.panelMessage', { type: 'reveal', target: peskov });
      const selection = await waitFor('the selection on Peskov', () => {
        const active = vscode.window.activeTextEditor;
        return active?.document === editor.document && !active.selection.isEmpty && active.selection;
      });
      assert.equal(editor.document.getText(selection), editor.document.getText().slice(peskov.start, peskov.end));
    });

    test('choosing an entry again steps to its next mention', async () => {
      const { editor } = await openSeed(SEEDS.putin);
      await vscode.commands.executeCommand('sourceReview.showPanel');
      const view = await putinFactsShown();
      const peskov = view.people.find((person) => person.name === 'Dmitry Peskov');
      assert.ok(peskov, 'no Dmitry Peskov in the panel');
      const selectedAt = async (): Promise<number> => {
        await vscode.commands.executeCommand('sourceReview.test.panelMessage', { type: 'reveal', target: peskov });
        return waitFor('a selection', () => {
          const active = vscode.window.activeTextEditor;
          return active?.document === editor.document && !active.selection.isEmpty && editor.document.offsetAt(active.selection.start);
        });
      };
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const first = await selectedAt();
      assert.equal(first, peskov.start);
      const second = await selectedAt();
      assert.ok(second > first, `the second click stays at ${second}`);
      assert.match(editor.document.getText(vscode.window.activeTextEditor!.selection), /Peskov/);
    });

    test('hostile document text reaches the panel as plain text', async () => {
      await openSeed(SEEDS.hostile);
      await vscode.commands.executeCommand('sourceReview.showPanel');
      const view = await waitFor('the hostile document in the panel', async () => {
        const state = (await panelState()).document?.state;
        return state?.kind === 'facts' && state.view.file.endsWith(SEEDS.hostile) && state.view;
      });
      assert.ok(view.title?.includes('<img src=x onerror=alert(1)>'), `title was altered: ${view.title}`);
      // The page itself (script allowed by the CSP nonce) drew the title as text and made no <img>.
      const rendered = await waitFor('the page to draw the hostile document', async () => {
        const drawn = (await panelState()).rendered;
        return drawn?.title === view.title && drawn;
      });
      assert.equal(rendered.images, 0);
      assert.ok(rendered.items > 0, 'no entries drawn');
    });

    test('the INDEX lists every seed document of the workspace', async () => {
      await vscode.commands.executeCommand('sourceReview.showPanel');
      const state = (await panelState({ loadIndex: true })).index?.state;
      assert.equal(state?.status, 'ready');
      const rows = state.status === 'ready' ? state.rows : [];
      assert.deepEqual(rows.map((row) => row.file).sort(), [...ALL_SEED_FILES].sort());
      const putin = rows.find((row) => row.file.endsWith(SEEDS.putin));
      assert.match(putin?.title ?? '', /^Russia Values/);
      assert.ok((putin?.names ?? 0) > 0);
    });
  
    test('the INDEX and the Document tab show the same analysis, not the facts an INDEX.yaml entry holds', async () => {
      const index = workspaceUri('seeds', 'INDEX.yaml');
      const entry = `documents:\n  - file: ${SEEDS.putin}\n    title: Title from the INDEX\n    status: flagged\n    people: [Vladimir Putin, Xi Jinping]\n    quotes: 40\n`;
      await vscode.workspace.fs.writeFile(index, new TextEncoder().encode(entry));
      try {
        const state = (await panelState({ loadIndex: true })).index?.state;
        const putin = state?.status === 'ready' ? state.rows.find((row) => row.file.endsWith(SEEDS.putin)) : undefined;
        await openSeed(SEEDS.putin);
        const view = await putinFactsShown();
        const names = view.people.length + view.organizations.length + view.places.length;
        assert.deepEqual(
          putin && { title: putin.title, published: putin.published, names: putin.names, dates: putin.dates, quotes: putin.quotes, status: putin.status },
          { title: view.title, published: view.published, names, dates: view.dates.length, quotes: view.quotes.length, status: 'flagged' },
        );
        assert.notEqual(putin?.title, 'Title from the INDEX');
      } finally {
        await vscode.workspace.fs.delete(index);
      }
    });

    test('a document over the size limit is not analysed, and the panel says why', async () => {
      const configuration = vscode.workspace.getConfiguration('sourceReview');
      await configuration.update('analysis.maxFileSize', 1000, vscode.ConfigurationTarget.Workspace);
      try {
        const document = await vscode.workspace.openTextDocument(workspaceUri('seeds', SEEDS.putin));
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('sourceReview.showPanel');
        const state = await waitFor('the panel to report the skipped document', async () => {
          const current = (await panelState()).document?.state;
          return current?.kind === 'skipped' && current;
        });
        assert.match(state.reason, /sourceReview\.analysis\.maxFileSize/);
        assert.equal(ourDiagnostics(document.uri).length, 0);
      } finally {
        await configuration.update('analysis.maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });
  });
}
