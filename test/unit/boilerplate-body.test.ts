import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate } from '../../src/core/boilerplate';
import { toSeedDocument } from '../../src/core/document';

const MENU = ['Home', 'World', 'Business', 'Technology', 'Science', 'Sport', 'Opinion', 'Video'];

const ARTICLE = [
  'The city council voted on Tuesday to extend the program for another two years, officials said.',
  'Supporters of the measure argued that it had reduced waiting times at the clinics by almost a third.',
  'Critics said the money would be better spent on the roads, which have not been repaired since the flood.',
  'The mayor said she would sign the bill this week and that the first payments would go out in March.',
  'Residents who spoke at the meeting were divided, with several asking for a public vote on the plan next spring.',
  'The program was first approved in 2019 after a long debate about the cost of running the clinics at night.',
];

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
