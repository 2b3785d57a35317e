import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { firstArticleLine, mentionToReveal } from '../../src/extension/articleNavigation';
import { SEED_000 } from './fixtures';

const TEXT = 'Putin met Xi in Beijing. Vladimir Putin said little. Later Putin left.\n';

test('panel navigation: a click goes to the first mention, each further click to the next, then round again', () => {
  const { names } = analyze(TEXT);
  const putins = names.filter((name) => name.canonical === 'Vladimir Putin');
  assert.equal(putins.length, 3);
  const first = putins[0]!;
  assert.equal(mentionToReveal(names, first, undefined).start, first.start, 'nothing selected: the first mention');
  assert.equal(mentionToReveal(names, first, TEXT.indexOf('Xi')).start, first.start, 'another entity selected: the first mention');
  assert.equal(mentionToReveal(names, first, putins[0]!.start).start, putins[1]!.start);
  assert.equal(mentionToReveal(names, first, putins[1]!.start).start, putins[2]!.start);
  assert.equal(mentionToReveal(names, first, putins[2]!.start).start, putins[0]!.start);
});

test('opening a document: the first line of the article, after the boilerplate above it', () => {
  const facts = analyze(SEED_000);
  const lines = SEED_000.split(/\r\n|\r|\n/);
  const inBoilerplate = (line: number) => facts.boilerplate.some((region) => region.kind !== 'duplicate-headline' && region.startLine <= line + 1 && line + 1 <= region.endLine);
  const line = firstArticleLine(facts, lines);
  assert.ok(line > 0 && !inBoilerplate(line) && lines[line]!.trim() !== '', `line ${line}: ${lines[line]}`);
  assert.ok(inBoilerplate(line - 1) || inBoilerplate(line - 2), 'right below the menu');
  assert.match(lines[line]!, /^Russia Values/, 'the headline');
  assert.equal(firstArticleLine(analyze('Talks in Alaska\n\nText.\n'), ['Talks in Alaska', '', 'Text.']), 0);
});
