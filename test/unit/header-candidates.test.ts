import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { headerCues } from '../../src/core/header/cues';
import { bodyStart, headlineCandidates, pickHeadline } from '../../src/core/header/title';
import { HEADLINE_FEATURES, headlineRows } from '../../scripts/train-header-features';
import { BRIDGE_STORY } from './storyTexts';

const MENU_PAGE = ['Home', 'World', 'Local politics and the council', 'Sport', 'Weather', '', 'Harbour bridge plan splits the city council', 'By Ann Lee', 'Nov 19, 2019', '', ...BRIDGE_STORY, '', 'Local politics and the council'];

function candidatesOf(lines: string[], boilerplate: ReadonlySet<string> = new Set()) {
  const document = toSeedDocument(lines.join('\n'));
  const isBoilerplate = (line: { text: string }) => boilerplate.has(line.text.trim());
  const { isCue } = headerCues(document.lines);
  const candidates = headlineCandidates(document.lines, bodyStart(document.lines, isBoilerplate), isBoilerplate, isCue);
  return { document, candidates, isCue };
}

test('headline candidates: nearest the story first, each with the rules\' measures; the best score heads the page', () => {
  const { document, candidates } = candidatesOf(MENU_PAGE);
  assert.deepEqual(candidates.map((candidate) => candidate.text), ['Harbour bridge plan splits the city council', 'Local politics and the council']);
  const [headline, menuItem] = candidates;
  assert.equal(headline!.measures.cueBelow, true);
  assert.equal(menuItem!.measures.cueBelow, false);
  assert.ok(headline!.score > menuItem!.score);
  assert.equal(pickHeadline(candidates, document.lines)?.text, 'Harbour bridge plan splits the city council');
  // A boilerplate line loses a point: the same page with the headline flagged still heads with it (its byline outweighs).
  const flagged = candidatesOf(MENU_PAGE, new Set(['Harbour bridge plan splits the city council']));
  assert.equal(flagged.candidates[0]!.measures.boilerplate, true);
  assert.equal(flagged.candidates[0]!.score, headline!.score - 1);
});

test('headline experiment features: a menu item among short menu lines, repeated in the footer; the rules pick the headline over its byline', () => {
  const { document, candidates, isCue } = candidatesOf(MENU_PAGE);
  const rows = headlineRows(document.lines, candidates, isCue);
  const column = (name: (typeof HEADLINE_FEATURES)[number]) => HEADLINE_FEATURES.indexOf(name);
  const [headline, menuItem] = rows;
  assert.equal(headline![column('ruleBest')], 1);
  assert.equal(menuItem![column('ruleBest')], 0);
  assert.equal(menuItem![column('menuNeighbours')], 1);
  assert.equal(menuItem![column('repeats')], 1 / 3);
  assert.equal(headline![column('repeats')], 0);
  assert.equal(headline![column('cueBelow')], 1);
  assert.equal(menuItem![column('rank')], 0.1);
  assert.equal(headline!.length, HEADLINE_FEATURES.length);
});
