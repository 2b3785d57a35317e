import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type BoilerplateContext, detectBoilerplate } from '../../src/core/boilerplate';
import { toSeedDocument } from '../../src/core/document';
import { constantModel } from './constantLineModel';
import { CLINICS_ARTICLE } from './storyTexts';

/** Paragraphs as scraped pages print them: a blank line after each. */
const paragraphs = (lines: readonly string[]): string[] => lines.flatMap((line) => [line, '']);

function flaggedLines(lines: readonly string[], context: BoilerplateContext = { title: null }): Set<number> {
  const flagged = new Set<number>();
  for (const region of detectBoilerplate(toSeedDocument(lines.join('\n')), context)) {
    for (let line = region.startLine; line <= region.endLine; line++) flagged.add(line);
  }
  return flagged;
}

test('a menu\'s heading that reads like a headline goes with the menu', () => {
  const menu = ['Nominate for the Crunchies', 'Apple', 'Facebook', 'Amazon', 'Twitter', 'Google'];
  const page = [...menu, '', ...paragraphs(CLINICS_ARTICLE)];
  const flagged = flaggedLines(page);
  for (const line of menu) assert.ok(flagged.has(page.indexOf(line) + 1), `kept: ${line}`);
});

test('the article\'s last paragraph stays when its block goes on with the credits and the copyright line', () => {
  const last = 'Officials expect the number of patients to grow again once the new clinic in the north of the city opens, and they have asked the state for money to hire more nurses before the winter, when the clinics are busiest.';
  const credits = ['Columnist Jane Smith jane@example.com', '[Photos: City Hall]', 'Copyright © The Daily Planet. All rights reserved.'];
  const page = [...paragraphs(CLINICS_ARTICLE.slice(0, 6)), last, ...credits];
  const flagged = flaggedLines(page);
  assert.ok(!flagged.has(page.indexOf(last) + 1), 'last paragraph flagged');
  assert.ok(flagged.has(page.indexOf(credits[2]!) + 1), 'copyright kept');
});

test('a page scraped without blank lines is one block, which decides nothing: its headline stays', () => {
  const menu = ['Home', 'World', 'Politics', 'Business', 'Sport', 'Opinion', 'Video', 'Science', 'Health', 'Travel', 'Style', 'Weather'];
  const headline = 'Council extends night clinics for two more years';
  const latest = ['Latest news', 'Storm closes harbour bridge again', 'Schools reopen after the flood', 'New mayor sworn in', 'Rail strike called off', 'Museum gets new director', 'Bus fares to rise in June', 'Police seek witnesses to crash'];
  const page = [...menu, headline, ...CLINICS_ARTICLE, ...latest];
  const flagged = flaggedLines(page);
  assert.ok(!flagged.has(page.indexOf(headline) + 1), 'headline flagged');
});

test('a block of two lines, one flagged, is flagged whole: the other is its label', () => {
  // A model that keeps every line: only the rules' sure kinds are flagged (a prompt to follow the site).
  const box = ['Follow us on Twitter', 'Weekend edition'];
  const page = [...paragraphs(CLINICS_ARTICLE), ...box];
  const flagged = flaggedLines(page, { title: null, model: constantModel(0.1) });
  for (const line of box) assert.ok(flagged.has(page.indexOf(line) + 1), `kept: ${line}`);
});

test('a text that opens with its headline keeps it when the source line under it is flagged', () => {
  const headline = 'Council extends night clinics for two more years';
  const source = 'Source: The Daily Planet';
  const page = [headline, source, '', ...paragraphs(CLINICS_ARTICLE)];
  // The source line repeated across the collection's documents: flagged, half of the headline's block.
  const flagged = flaggedLines(page, { title: headline, repeatedLines: new Set(['source the daily planet']) });
  assert.ok(flagged.has(2), 'source line kept');
  assert.ok(!flagged.has(1), 'headline flagged');
});
