/**
 * Bad and hostile seed files in the real editor (issue 7): the panel and hovers show document text
 * as text, undecodable and oversized files get a clear message, the panel's CSP stays strict.
 * hostile-fixtures/ holds copies of test/fixtures/hostile outside any seed folder; each test copies
 * what it needs into seeds/hostile/, removed after the suite, so the other suites' counts of seed
 * documents do not change.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocumentState, RenderedDocument } from '../../../src/webview/messages';
import { activate, closeAll, highlightsOf, openSeed, SEEDS, waitFor, workspaceUri } from '../helpers';

interface PanelState {
  document?: { type: 'document'; state: DocumentState };
  rendered?: RenderedDocument;
  html?: string;
}

const HOSTILE_FOLDER = 'hostile';

function panelState(): Thenable<PanelState> {
  return vscode.commands.executeCommand<PanelState>('sourceReview.test.panelState');
}

/** Copies a file of the workspace's hostile-fixtures/ into seeds/hostile/. */
async function copyFixture(name: string): Promise<vscode.Uri> {
  return writeSeed(name, await vscode.workspace.fs.readFile(workspaceUri('hostile-fixtures', name)));
}

async function writeSeed(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceUri('seeds', HOSTILE_FOLDER, name);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

/** Opens a seed and shows the panel; returns the panel's document state once it is about this file. */
async function showInPanel(uri: vscode.Uri): Promise<DocumentState> {
  await activate();
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  await vscode.commands.executeCommand('sourceReview.showPanel');
  return waitFor(`${uri.path} in the panel`, async () => {
    const state = (await panelState()).document?.state;
    return state && state.kind !== 'none' && (state.kind === 'facts' ? state.view.file : state.file).endsWith(uri.path.split('/').pop()!) && state;
  });
}

function hoverMarkdown(hovers: vscode.Hover[]): vscode.MarkdownString[] {
  return hovers.flatMap((hover) => hover.contents).filter((content): content is vscode.MarkdownString => typeof content !== 'string' && 'value' in content && !('language' in content));
}

/** A CSP source that loads from outside the extension: any scheme or wildcard but the webview's own resource host. */
function isRemoteSource(source: string): boolean {
  if (/^https:\/\/\*\.vscode-cdn\.net$/.test(source)) return false;
  return /^(?:https?:|wss?:|data:|blob:|\*)/.test(source) || source.includes('://');
}

export function hostileSuite(): void {
  suite('Hostile and bad files', () => {
    teardown(closeAll);
    suiteTeardown(async () => {
      await closeAll();
      await vscode.workspace.fs.delete(workspaceUri('seeds', HOSTILE_FOLDER), { recursive: true, useTrash: false });
    });

    test('the panel draws HTML and script from a document as text: no image, script, handler or javascript: link', async () => {
      const state = await showInPanel(await copyFixture('html-and-script.txt'));
      assert.equal(state.kind, 'facts');
      const view = state.kind === 'facts' ? state.view : undefined;
      assert.ok(view?.title?.includes('<script>alert("x")</script>'), `title was altered: ${view?.title}`);
      const rendered = await waitFor('the page to draw the hostile document', async () => {
        const drawn = (await panelState()).rendered;
        return drawn?.title === view?.title && drawn;
      });
      assert.ok(rendered.items > 0, 'no entries drawn');
      assert.equal(rendered.images, 0);
      assert.equal(rendered.addedScripts, 0);
      assert.equal(rendered.activeElements, 0);
    });

    test('hovers are untrusted and show a command link from the document as escaped text', async () => {
      await copyFixture('markdown-in-quote.txt');
      const { editor } = await openSeed(`${HOSTILE_FOLDER}/markdown-in-quote.txt`);
      // The cross-document hover shows this quotation's words against 004_requote.txt's, link included.
      await waitFor('the copy in the collection index', async () =>
        (await vscode.commands.executeCommand<{ file: string }[]>('sourceReview.test.collectionIndexed')).some((seed) => seed.file.endsWith('markdown-in-quote.txt')),
      );
      const highlights = await highlightsOf(editor.document.uri);
      assert.ok(highlights);
      const targets = [...highlights.quotations, ...highlights.people].map((range) => new vscode.Position(range.startLine, range.startCharacter + 1));
      const markdowns: vscode.MarkdownString[] = [];
      for (const position of targets) {
        markdowns.push(...hoverMarkdown(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position)));
      }
      assert.ok(markdowns.some((markdown) => markdown.value.includes('command:workbench')), 'no hover shows the quotation with the command link, so nothing was checked');
      for (const markdown of markdowns) {
        assert.notEqual(markdown.isTrusted, true, markdown.value);
        assert.notEqual(markdown.supportHtml, true, markdown.value);
        assert.doesNotMatch(markdown.value, /\]\(command:/, 'a live command link');
      }
    });

    test('a Latin-1 file under seeds says it is probably not UTF-8', async () => {
      const state = await showInPanel(await copyFixture('latin1.txt'));
      const message = state.kind === 'facts' ? state.view.warnings.join('\n') : state.kind === 'skipped' ? state.reason : '';
      assert.match(message, /latin1\.txt.*not UTF-8/);
    });

    test('a PNG renamed .txt under seeds is refused with a clear message, and the extension keeps working', async () => {
      const uri = await copyFixture('png-renamed.txt');
      const opened = await vscode.workspace.openTextDocument(uri).then(
        (document) => document,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      );
      if (opened instanceof Error) {
        assert.match(opened.message, /binary/i);
      } else {
        // When the editor does open it as text, the analysis must say it is not readable text.
        const state = await showInPanel(uri);
        const message = state.kind === 'facts' ? state.view.warnings.join('\n') : state.kind === 'skipped' ? state.reason : '';
        assert.match(message, /not UTF-8|binary/);
      }
      const { highlights } = await openSeed(SEEDS.putin);
      assert.ok(highlights.people.length > 0, 'a normal seed is still analysed');
    });

    test('a file over sourceReview.analysis.maxFileSize says it was skipped', async () => {
      const sentence = 'President Vladimir Putin said on Monday that "relations are good". ';
      const uri = await writeSeed('huge.txt', new TextEncoder().encode(sentence.repeat(Math.ceil(2_100_000 / sentence.length))));
      const state = await showInPanel(uri);
      assert.equal(state.kind, 'skipped');
      assert.match(state.kind === 'skipped' ? state.reason : '', /Not analysed: [\d,]+ characters is over the limit of 2,000,000 \(setting sourceReview\.analysis\.maxFileSize\)/);
    });

    test('the panel\'s Content-Security-Policy allows scripts only by nonce and nothing remote', async () => {
      await openSeed(SEEDS.putin);
      await vscode.commands.executeCommand('sourceReview.showPanel');
      const html = await waitFor('the panel\'s HTML', async () => (await panelState()).html);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      assert.ok(policy, 'no Content-Security-Policy meta tag');
      const directives = new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name!, sources]));
      assert.deepEqual(directives.get('default-src'), ["'none'"]);
      const scripts = directives.get('script-src') ?? [];
      assert.ok(scripts.length > 0 && scripts.every((source) => /^'nonce-[0-9a-f]{16,}'$/.test(source)), `script-src: ${scripts.join(' ')}`);
      for (const [name, sources] of directives) {
        for (const source of sources) {
          assert.ok(!/^'unsafe-(?:inline|eval|hashes)'$/.test(source), `${name} allows ${source}`);
          assert.ok(!isRemoteSource(source), `${name} allows remote ${source}`);
        }
      }
      const nonce = scripts[0]!.slice("'nonce-".length, -1);
      const scriptTags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      assert.ok(scriptTags.length > 0 && scriptTags.every((tag) => tag.includes(`nonce="${nonce}"`) && / src="/.test(tag)), 'every script has the nonce and a src');
    });
  });
}
