/**
 * A document not in English (issue 16): the panel says that names, dates and quotations are
 * detected in English only. The seed is written into seeds/language/, removed after the suite.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocumentState } from '../../../src/webview/messages';
import { activate, closeAll, waitFor, workspaceUri } from '../helpers';

const PORTUGUESE = [
  'date 2025-08-29  Escolas do interior recebem mais investimento',
  '',
  'O governo anunciou ontem que vai aumentar o investimento nas escolas públicas do interior. Segundo o ministro, as obras devem começar no próximo mês e durar cerca de dois anos.',
  '',
  'Os professores esperam por melhores condições de trabalho, e os pais pedem que as aulas não sejam interrompidas durante as obras nas escolas.',
  '',
].join('\n');

function panelDocument(): Thenable<{ document?: { state: DocumentState } }> {
  return vscode.commands.executeCommand('sourceReview.test.panelState');
}

export function languageSuite(): void {
  suite('Language', () => {
    suiteTeardown(async () => {
      await closeAll();
      await vscode.workspace.fs.delete(workspaceUri('seeds', 'language'), { recursive: true, useTrash: false });
    });

    test('a Portuguese seed gets the English-only notice in the panel', async () => {
      const uri = workspaceUri('seeds', 'language', 'pt.txt');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(PORTUGUESE));
      await activate();
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      await vscode.commands.executeCommand('sourceReview.showPanel');
      const state = await waitFor('pt.txt in the panel', async () => {
        const shown = (await panelDocument()).document?.state;
        return shown?.kind === 'facts' && shown.view.file.endsWith('pt.txt') && shown;
      });
      const warnings = state.kind === 'facts' ? state.view.warnings : [];
      assert.ok(warnings.some((warning) => warning.startsWith('Written in Portuguese (por): names, dates and quotations are detected in English only')), warnings.join('\n'));
    });
  });
}
