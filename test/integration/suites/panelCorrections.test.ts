/**
 * The corrections from the panel's context menus: each entry of the Document tab's name lists
 * carries the context the page gives VS Code (data-vscode-context), and the menu's command run with
 * it makes the code action's edit of .sourcereview.yaml; its Undo entry takes it back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { ENTITY_SECTION, NOT_NAME_SECTION, PANEL_MENU_COMMANDS } from '../../../src/extension/panelMenuIds';
import type { DocumentState, EntityItem, RenderedDocument } from '../../../src/webview/messages';
import { closeAll, exists, openSeed, SEEDS, waitFor, workspaceUri } from '../helpers';

type Menu = Record<string, string | number | boolean>;
type NameList = 'people' | 'organizations' | 'places';
const TYPE_OF: Record<NameList, string> = { people: 'person', organizations: 'organization', places: 'place' };

const correctionsFile = (): vscode.Uri => workspaceUri('.sourcereview.yaml');

async function corrections(): Promise<Record<string, unknown>> {
  return (parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(correctionsFile()))) ?? {}) as Record<string, unknown>;
}

async function panel(): Promise<{ view?: Extract<DocumentState, { kind: 'facts' }>['view']; menus: Menu[] }> {
  const state = await vscode.commands.executeCommand<{ document?: { state: DocumentState }; rendered?: RenderedDocument }>('sourceReview.test.panelState');
  const document = state.document?.state;
  return { view: document?.kind === 'facts' ? document.view : undefined, menus: (state.rendered?.menus ?? []).map((menu) => JSON.parse(menu) as Menu) };
}

/**
 * The context the page drew on the entry of `name` in `list`, once the panel lists it there (and
 * `where` holds of it: an entry keeps its place when corrected, and the page reports its drawing
 * after the state it was sent, so the context read first can be the one drawn before).
 */
function entityMenu(name: string, list: NameList, what = 'its context menu', where: (menu: Menu) => boolean = () => true): Promise<Menu> {
  return waitFor(`${name} among the panel's ${list}, with ${what}`, async () => {
    const { view, menus } = await panel();
    const item = view?.[list].find((entry: EntityItem) => entry.name === name);
    // Of the entry as drawn now: the page reports its drawing after the state it was sent.
    return item && menus.find((menu) => menu.webviewSection === ENTITY_SECTION && menu.seed === item.uri && menu.start === item.start && menu.sourceReviewType === TYPE_OF[list] && where(menu));
  });
}

function listed(name: string, list: NameList): Promise<boolean> {
  return panel().then(({ view }) => view?.[list].some((entry) => entry.name === name) ?? false);
}

async function showPeskov(): Promise<void> {
  await openSeed(SEEDS.putin);
  await vscode.commands.executeCommand('sourceReview.showPanel');
}

export function panelCorrectionsSuite(): void {
  suite('Corrections from the panel', function () {
    // The first correction of a run may wait for the engine and the index of a busy machine.
    this.timeout(90_000);
    teardown(async () => {
      await closeAll();
      if (await exists(correctionsFile())) await vscode.workspace.fs.delete(correctionsFile());
    });

    test('"Not a Name" on a person\'s entry removes the entity; "Undo: Not a Name" on its "Not names" entry brings it back', async () => {
      await showPeskov();
      await vscode.commands.executeCommand(PANEL_MENU_COMMANDS.notName, await entityMenu('Dmitry Peskov', 'people'));
      assert.deepEqual((await corrections()).notNames, ['Dmitry Peskov']);
      const undo = await waitFor('Dmitry Peskov under "Not names", with its context menu', async () => {
        const { view, menus } = await panel();
        return !view?.people.some((entry) => entry.name === 'Dmitry Peskov') && menus.find((menu) => menu.webviewSection === NOT_NAME_SECTION && menu.text === 'Dmitry Peskov');
      });
      await vscode.commands.executeCommand(PANEL_MENU_COMMANDS.undoNotName, undo);
      assert.deepEqual((await corrections()).notNames, []);
      await waitFor('Dmitry Peskov among the people again', () => listed('Dmitry Peskov', 'people'));
    });

    test('"Change Type to Organization" moves the entity to Organizations; "Undo: Change Type" on its entry moves it back', async () => {
      await showPeskov();
      const person = await entityMenu('Dmitry Peskov', 'people');
      assert.equal(person.sourceReviewType, 'person', 'the menu offers the two other types');
      assert.equal(person.sourceReviewRetyped, false, 'no "Undo: Change Type" before a change');
      await vscode.commands.executeCommand(PANEL_MENU_COMMANDS['type:organization'], person);
      assert.deepEqual((await corrections()).nameTypes, { 'Dmitry Peskov': 'organization' });
      const organization = await entityMenu('Dmitry Peskov', 'organizations', '"Undo: Change Type" on its menu', (menu) => menu.sourceReviewRetyped === true);
      await vscode.commands.executeCommand(PANEL_MENU_COMMANDS.undoType, organization);
      assert.deepEqual((await corrections()).nameTypes, {});
      await entityMenu('Dmitry Peskov', 'people', 'no "Undo: Change Type"', (menu) => menu.sourceReviewRetyped === false);
    });

    test('"Same As…" merges the entity into one of the collection; "Undo: Same As" on the merged entry parts them', async () => {
      await showPeskov();
      // The entity is given as the Quick Pick would return it.
      await vscode.commands.executeCommand(PANEL_MENU_COMMANDS.sameAs, await entityMenu('Dmitry Peskov', 'people'), 'Kremlin Spokesman');
      assert.deepEqual((await corrections()).aliases, { 'Kremlin Spokesman': ['Dmitry Peskov'] });
      const merged = await entityMenu('Kremlin Spokesman', 'people', '"Undo: Same As" on its menu', (menu) => menu.sourceReviewAliased === true);
      await vscode.commands.executeCommand(PANEL_MENU_COMMANDS.undoSameAs, merged);
      assert.deepEqual((await corrections()).aliases, {});
      await entityMenu('Dmitry Peskov', 'people', 'no "Undo: Same As"', (menu) => menu.sourceReviewAliased === false);
    });
  });
}
