import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate } from '../../src/core/boilerplate';
import { toSeedDocument } from '../../src/core/document';
import { CLINICS_ARTICLE } from './storyTexts';

const MENU = ['Home', 'World', 'Business', 'Technology', 'Science', 'Sport', 'Opinion', 'Video'];

const ARTICLE = CLINICS_ARTICLE.slice(0, 6);

function flaggedLines(lines: readonly string[]): Set<number> {
  const flagged = new Set<number>();
  for (const region of detectBoilerplate(toSeedDocument(lines.join('\n')), { title: null })) {
    for (let line = region.startLine; line <= region.endLine; line++) flagged.add(line);
  }
  return flagged;
}

test('a lead paragraph above the byline, the date and the share buttons is the article\'s', () => {
  const lead = 'Clinics in the north will stay open at night for two more years.';
  const page = [...MENU, 'Council keeps night clinics open', lead, 'By Jane Smith', 'July 24, 2012', 'Share', 'Print', ...ARTICLE, 'Privacy Policy', 'Contact Us'];
  const flagged = flaggedLines(page);
  assert.ok(!flagged.has(page.indexOf(lead) + 1), 'lead paragraph flagged');
  assert.ok(flagged.has(page.indexOf('Share') + 1), 'share button kept');
  for (const line of ARTICLE) assert.ok(!flagged.has(page.indexOf(line) + 1), `article line flagged: ${line}`);
});
