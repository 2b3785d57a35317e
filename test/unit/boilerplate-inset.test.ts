import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate } from '../../src/core/boilerplate';
import { toSeedDocument } from '../../src/core/document';
import { constantModel } from './constantLineModel';
import { CLINICS_ARTICLE } from './storyTexts';

const MENU = ['Home', 'World', 'Business', 'Technology', 'Science', 'Sport', 'Opinion', 'Video'];
const HEADLINE = 'Council keeps night clinics open';
const FOOTER = ['Privacy Policy', 'Contact Us', 'Terms of Use'];

function flagged(lines: readonly string[], probability: number, title: string | null = null): Set<number> {
  const out = new Set<number>();
  for (const region of detectBoilerplate(toSeedDocument(lines.join('\n')), { title, model: constantModel(probability) })) {
    for (let line = region.startLine; line <= region.endLine; line++) out.add(line);
  }
  return out;
}

/** The article with `inset` between its third and fourth paragraphs. */
function withInset(inset: readonly string[]): string[] {
  return [...MENU, HEADLINE, ...CLINICS_ARTICLE.slice(0, 3), ...inset, ...CLINICS_ARTICLE.slice(3), ...FOOTER];
}

test('a sub-heading between two paragraphs stays when the model doubts it, not when it is sure', () => {
  const lines = withInset(['About the Clinics']);
  const at = lines.indexOf('About the Clinics') + 1;
  assert.ok(!flagged(lines, 0.45).has(at), 'doubted sub-heading flagged');
  assert.ok(flagged(lines, 0.55).has(at), 'surely flagged short line kept');
  assert.ok(flagged(lines, 0.45).has(lines.indexOf('Home') + 1), 'menu kept');
});

test('a short list of things between two paragraphs stays; a run of menu entries or of two lines does not', () => {
  const items = ['bottled water', 'a first aid kit', 'snack bars', 'camera'];
  const lines = withInset(items);
  const found = flagged(lines, 0.55);
  for (const item of items) assert.ok(!found.has(lines.indexOf(item) + 1), `list item flagged: ${item}`);
  const menu = ['World', 'Sport', 'Business'];
  const menuLines = withInset(menu);
  for (const entry of menu) assert.ok(flagged(menuLines, 0.55).has(menuLines.lastIndexOf(entry) + 1), `menu entry kept: ${entry}`);
  const teaser = ['Opinion', 'Why the clinics matter'];
  const teaserLines = withInset(teaser);
  for (const line of teaser) assert.ok(flagged(teaserLines, 0.45).has(teaserLines.lastIndexOf(line) + 1), `teaser line kept: ${line}`);
});

test('the lead under the headline stays across the byline, share buttons and the outlet\'s name, and the paragraph right under it', () => {
  const lead = ['Clinics in the north of the city will stay open at night for two more years, the council decided.',
    'The decision follows months of debate about the cost of the program and its effect on waiting times.'];
  const between = ['By Jane Smith', 'July 24, 2012', 'Text Size', 'Print', 'E-mail', 'Reprints', 'The Northside Gazette'];
  const sidebar = ['Loading...', 'Comments', 'Weigh In', 'Corrections?', 'Archive'];
  const lines = [...MENU, HEADLINE, ...between, ...lead, ...sidebar, ...CLINICS_ARTICLE, ...FOOTER];
  const found = flagged(lines, 0.99, HEADLINE);
  for (const line of lead) assert.ok(!found.has(lines.indexOf(line) + 1), `lead flagged: ${line}`);
  assert.ok(found.has(lines.indexOf('Loading...') + 1), 'sidebar kept');
  assert.ok(found.has(lines.indexOf('Reprints') + 1), 'share button kept');
});

test('a call to the reader under the headline is no lead', () => {
  const prompt = 'Sign up for our newsletter to get the latest news from the city council delivered every morning.';
  const lines = [...MENU, HEADLINE, 'By Jane Smith', 'July 24, 2012', 'Print', 'E-mail', prompt, 'Loading...', 'Comments', 'Archive', ...CLINICS_ARTICLE, ...FOOTER];
  assert.ok(flagged(lines, 0.99, HEADLINE).has(lines.indexOf(prompt) + 1), 'prompt kept');
});

test('a paragraph in the lead\'s place that the rules do not keep leaves its region uncertain, whatever the model says', () => {
  const gallery = 'View Photo Gallery — Night clinics in the north: the council weighs the cost of care after dark';
  const lead = 'Clinics in the north of the city will stay open at night for two more years, the council decided on Tuesday after a long debate.';
  const lines = [...MENU, HEADLINE, gallery, 'By Jane Smith', 'July 24, 2012', 'Print', 'E-mail', lead, 'Loading...', 'Comments', 'Archive', ...CLINICS_ARTICLE, ...FOOTER];
  const regions = detectBoilerplate(toSeedDocument(lines.join('\n')), { title: HEADLINE, model: constantModel(0.99) });
  const holding = (line: string): { certain?: boolean } | undefined => {
    const number = lines.indexOf(line) + 1;
    return regions.find((region) => region.startLine <= number && region.endLine >= number);
  };
  assert.equal(holding(lead)?.certain, false, 'the lead\'s region is certain (or the lead kept: the test shows nothing)');
  assert.equal(holding('Home')?.certain, true, 'the menu\'s region is not certain');
});

test('a sentence between two kept lines stays when the model doubts it, not when it is sure', () => {
  const remark = 'Naturally, the nurses had the last word.';
  const lines = [...MENU, HEADLINE, ...CLINICS_ARTICLE, 'Photo by Jane Roe', remark, 'Image courtesy of iStockphoto', ...FOOTER];
  const at = lines.indexOf(remark) + 1;
  assert.ok(!flagged(lines, 0.45).has(lines.indexOf('Image courtesy of iStockphoto') + 1), 'credit flagged: the test shows nothing');
  assert.ok(!flagged(lines, 0.45).has(at), 'doubted sentence flagged');
  assert.ok(flagged(lines, 0.55).has(at), 'surely flagged sentence kept');
});
