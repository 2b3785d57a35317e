/** package.json against the code: settings, commands, palette visibility, views, colours, files. No editor. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMMAND_CATEGORY, LANGUAGE_ID, PALETTE_COMMANDS as EDITOR_COMMANDS, PANEL_VIEW_ID, REVIEW_COMMANDS, VIEW_CONTAINER_ID } from '../../src/extension/commandIds';
import { ENTITY_SECTION, NOT_NAME_SECTION, PANEL_MENU_COMMANDS } from '../../src/extension/panelMenuIds';
import { SETTING_DEFAULTS, SETTINGS_SECTION } from '../../src/extension/settings';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const PALETTE_COMMANDS = { ...EDITOR_COMMANDS, ...REVIEW_COMMANDS };
/** The files that register the palette commands' handlers. */
const COMMAND_FILES = ['commands.ts', 'collectionReview.ts', 'exportIndexCsv.ts'];
const panelMenuCommands = new Set(Object.values(PANEL_MENU_COMMANDS));
/** The commands of the palette: the panel's context-menu commands are contributed only for their menus. */
const paletteContributed = (contributes.commands as { command: string; title: string; category: string }[]).filter(({ command }) => !panelMenuCommands.has(command));

interface SettingSchema {
  type: string;
  default: unknown;
  description?: string;
  markdownDescription?: string;
  enum?: string[];
}

test('contributes.configuration has exactly the settings of the typed settings module, with the same defaults', () => {
  const properties = contributes.configuration.properties as Record<string, SettingSchema>;
  const expected = Object.keys(SETTING_DEFAULTS).map((key) => `${SETTINGS_SECTION}.${key}`);
  assert.deepEqual(Object.keys(properties).sort(), expected.sort());
  for (const [key, value] of Object.entries(SETTING_DEFAULTS)) {
    const schema = properties[`${SETTINGS_SECTION}.${key}`];
    assert.ok(schema, key);
    assert.deepEqual(schema.default, value, `default of ${key}`);
    assert.equal(schema.type, Array.isArray(value) ? 'array' : typeof value, `type of ${key}`);
    assert.ok(schema.description ?? schema.markdownDescription, `${key} is undocumented`);
    if (schema.enum) assert.ok(schema.enum.includes(String(value)), `default of ${key} is not in its enum`);
  }
});

test('contributed commands are the palette commands, with their titles and category', () => {
  const contributed = paletteContributed.map(({ command, title, category }) => ({ command, title, category }));
  const expected = Object.entries(PALETTE_COMMANDS).map(([command, { title }]) => ({ command, title, category: COMMAND_CATEGORY }));
  assert.deepEqual(contributed, expected);
});

test('every contributed command has a handler registered under its name', () => {
  const registrations = COMMAND_FILES.map((file) => readFileSync(join(root, 'src/extension/features', file), 'utf8')).join('\n');
  for (const { command } of paletteContributed) {
    assert.match(registrations, new RegExp(`'${command.replace(/\./g, '\\.')}': \\(`), `${command} has no handler in ${COMMAND_FILES.join(', ')}`);
    assert.ok(manifest.activationEvents.includes(`onCommand:${command}`), `${command} does not activate the extension`);
  }
});

test('document commands are hidden from the palette unless a seed file is active', () => {
  const palette = new Map((contributes.menus.commandPalette as { command: string; when: string }[]).map((entry) => [entry.command, entry.when]));
  for (const [command, { needsSeedEditor }] of Object.entries(PALETTE_COMMANDS)) {
    assert.equal(palette.get(command), needsSeedEditor ? `editorLangId == ${LANGUAGE_ID}` : undefined, command);
  }
});

test('the panel\'s correction menus: each command contributed, hidden from the palette, on the entries of its section, handled', () => {
  const titles = new Map((contributes.commands as { command: string; title: string }[]).map(({ command, title }) => [command, title]));
  const palette = new Map((contributes.menus.commandPalette as { command: string; when: string }[]).map((entry) => [entry.command, entry.when]));
  const menus = new Map((contributes.menus['webview/context'] as { command: string; when: string }[]).map((entry) => [entry.command, entry.when]));
  const handlers = readFileSync(join(root, 'src/extension/features/panelCorrections.ts'), 'utf8');
  assert.match(handlers, /Object\.keys\(PANEL_MENU_COMMANDS\)/, 'every menu command is registered');
  for (const [kind, command] of Object.entries(PANEL_MENU_COMMANDS)) {
    assert.ok(titles.get(command), `${command} has no title`);
    assert.equal(palette.get(command), 'false', `${command} shows in the palette`);
    const section = kind === 'undoNotName' ? NOT_NAME_SECTION : ENTITY_SECTION;
    assert.match(menus.get(command) ?? '', new RegExp(`^webviewId == '${PANEL_VIEW_ID}' && webviewSection == '${section}'`), command);
    if (kind.startsWith('type:')) assert.match(menus.get(command)!, new RegExp(`sourceReviewType != '${kind.slice(5)}'`), 'no "Change type" to the type it has');
  }
});

test('the language, its grammar, the view, the icon and the panel assets exist', () => {
  const [language] = contributes.languages;
  assert.equal(language.id, LANGUAGE_ID);
  assert.ok(language.filenamePatterns.includes('**/seeds/**/*.txt'));
  assert.ok(manifest.activationEvents.includes(`onLanguage:${LANGUAGE_ID}`));
  assert.ok(manifest.activationEvents.includes(`onView:${PANEL_VIEW_ID}`));
  assert.equal(contributes.views[VIEW_CONTAINER_ID][0].id, PANEL_VIEW_ID);
  const files = [language.configuration, contributes.grammars[0].path, manifest.icon, contributes.viewsContainers.activitybar[0].icon, 'media/panel.css', 'LICENSE', 'CHANGELOG.md'];
  for (const file of files) assert.ok(existsSync(join(root, file)), `${file} is missing`);
  assert.ok(!manifest.activationEvents.includes('*'));
});

test('every highlight colour has a default for light, dark and both high-contrast themes', () => {
  const colors = contributes.colors as { id: string; defaults: Record<string, string> }[];
  for (const stem of ['date', 'person', 'organization', 'place', 'quotation']) {
    for (const part of ['Background', 'Border']) {
      const color = colors.find((candidate) => candidate.id === `sourceReview.${stem}${part}`);
      assert.ok(color, `sourceReview.${stem}${part} is not contributed`);
      assert.deepEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light']);
    }
  }
});

test('untrusted workspaces: limited support, and every setting that names workspace files is restricted', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces as { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
  assert.equal(untrusted.supported, 'limited');
  assert.match(untrusted.description ?? '', /sourceReview\.files/);
  const properties = contributes.configuration.properties as Record<string, SettingSchema>;
  // A list of globs decides which workspace files the extension opens and reads: a workspace must not set it unseen.
  const namingFiles = Object.keys(properties).filter((key) => properties[key]!.type === 'array' || /^(?:files|globs?|paths?)$|Path$/.test(key.split('.').pop() ?? ''));
  assert.deepEqual(namingFiles, [`${SETTINGS_SECTION}.files`]);
  assert.deepEqual(untrusted.restrictedConfigurations, namingFiles);
  assert.match(properties[`${SETTINGS_SECTION}.files`]!.markdownDescription ?? '', /untrusted/);
});

test('nothing from the workspace is run: no tasks, debuggers or terminals contributed, no process spawned', () => {
  for (const point of ['taskDefinitions', 'debuggers', 'terminal', 'notebooks']) assert.equal(contributes[point], undefined, `contributes.${point}`);
  const sources = (folder: string): string[] =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => join(folder, file));
  for (const file of [...sources('src/extension'), ...sources('src/webview'), ...sources('src/core')]) {
    const text = readFileSync(join(root, file), 'utf8');
    assert.doesNotMatch(text, /child_process|createTerminal|tasks\.executeTask|\beval\(|new Function\(/, `${file} could run something`);
  }
});
