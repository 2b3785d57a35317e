import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editCorrectionsText } from '../../src/corpus/correctionsEdit';
import { readCorrectionsYaml } from '../../src/corpus/correctionsFile';

const edited = (text: string | null, change: Parameters<typeof editCorrectionsText>[1]): string => {
  const result = editCorrectionsText(text, change);
  assert.ok(result.ok, !result.ok ? result.problem : '');
  return result.text;
};

const MINE = '# my corrections\nnotBoilerplate:\n  - skip to main content # the menu\n\nnotNames: [Are Puzzled]\n';

test('corrections edit: a new file gets a header comment and the correction', () => {
  const text = edited(null, { kind: 'notName', text: 'Awara Kutto Se Darna', add: true });
  assert.match(text, /^# Source Review corrections/);
  assert.deepEqual(readCorrectionsYaml(text, 'f'), { ok: true, corrections: { notNames: ['Awara Kutto Se Darna'] } });
});

test('corrections edit: adding keeps comments and order, and adding then removing gives the text back', () => {
  const added = edited(MINE, { kind: 'notName', text: 'Zelenskyy Tasks Umerov', add: true });
  assert.ok(added.startsWith('# my corrections\nnotBoilerplate:\n  - skip to main content # the menu\n'), added);
  assert.match(added, /notNames: \[ Are Puzzled, Zelenskyy Tasks Umerov \]/);
  const removed = edited(added, { kind: 'notName', text: 'zelenskyy tasks umerov', add: false });
  assert.deepEqual(readCorrectionsYaml(removed, 'f'), readCorrectionsYaml(MINE, 'f'));
  assert.match(removed, /# the menu/);
  const twice = readCorrectionsYaml(edited(MINE, { kind: 'notName', text: 'are puzzled', add: true }), 'f');
  assert.deepEqual(twice.ok && twice.corrections.notNames, ['Are Puzzled'], 'a text already listed is not added twice');
});

test('corrections edit: a type is set, changed and taken away', () => {
  const typed = edited(MINE, { kind: 'nameType', text: 'Karen Khachanov', type: 'person' });
  const retyped = edited(typed, { kind: 'nameType', text: 'karen khachanov', type: 'place' });
  const read = readCorrectionsYaml(retyped, 'f');
  assert.deepEqual(read.ok && read.corrections.nameTypes, { 'Karen Khachanov': 'place' });
  const untyped = readCorrectionsYaml(edited(retyped, { kind: 'nameType', text: 'Karen Khachanov', type: null }), 'f');
  assert.deepEqual(untyped.ok && untyped.corrections.nameTypes, {});
});

test('corrections edit: forms are added to and taken from a canonical name; the last form takes the entry with it', () => {
  const one = edited(MINE, { kind: 'alias', canonical: 'Donald Trump', form: 'Trump', add: true });
  const two = edited(one, { kind: 'alias', canonical: 'Donald Trump', form: 'President Trump', add: true });
  const read = readCorrectionsYaml(two, 'f');
  assert.deepEqual(read.ok && read.corrections.aliases, { 'Donald Trump': ['Trump', 'President Trump'] });
  const back = edited(edited(two, { kind: 'alias', canonical: 'Donald Trump', form: 'President Trump', add: false }), { kind: 'alias', canonical: 'Donald Trump', form: 'Trump', add: false });
  const empty = readCorrectionsYaml(back, 'f');
  assert.deepEqual(empty.ok && empty.corrections.aliases, {});
});

test('corrections edit: lines are marked and unmarked "Not boilerplate"', () => {
  const marked = edited(MINE, { kind: 'notBoilerplate', lines: ['e paper get app', 'skip to main content'], add: true });
  const read = readCorrectionsYaml(marked, 'f');
  assert.deepEqual(read.ok && read.corrections.notBoilerplate, ['skip to main content', 'e paper get app']);
  const unmarked = readCorrectionsYaml(edited(marked, { kind: 'notBoilerplate', lines: ['e paper get app'], add: false }), 'f');
  assert.deepEqual(unmarked.ok && unmarked.corrections.notBoilerplate, ['skip to main content']);
});

test('corrections edit: a malformed file is not touched', () => {
  const result = editCorrectionsText('notNames: [Awara\n', { kind: 'notName', text: 'X', add: true });
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.problem : '', /^line \d+, column \d+: /);
});
