import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate } from '../../src/core/boilerplate';
import { type LineModel, STAGE2_FEATURE_NAMES } from '../../src/core/boilerplate/lineModel';
import { isStandfirst, standfirstLines } from '../../src/core/boilerplate/standfirst';
import { readPage } from '../../src/core/boilerplate';
import { toSeedDocument } from '../../src/core/document';
import { CLINICS_ARTICLE } from './storyTexts';

const MENU = ['Home', 'World', 'Business', 'Technology', 'Science', 'Sport', 'Opinion', 'Video'];
const HEADLINE = 'Council keeps night clinics open';
/** A standfirst as many news sites print it: no full stop, dense in names and figures. */
const STANDFIRST = 'Mayor Ann Lee signs £4m Northside clinics deal after Tuesday vote as Greens and Labour split on cost';

/** A line model that calls every line boilerplate: what is left is what the rules keep. */
const FLAGS_EVERYTHING: LineModel = {
  features: STAGE2_FEATURE_NAMES,
  stage1: STAGE2_FEATURE_NAMES.slice(0, STAGE2_FEATURE_NAMES.length - 4).map(() => 0),
  stage2: STAGE2_FEATURE_NAMES.map((_, i) => (i === 0 ? 10 : 0)),
  threshold: 0.5,
  certainMargin: 0.4,
};

function page(underHeadline: readonly string[]): string[] {
  return [...MENU, HEADLINE, ...underHeadline, 'By Jane Smith', 'July 24, 2012', 'Share', 'Print', ...CLINICS_ARTICLE, 'Privacy Policy', 'Contact Us'];
}

function flagged(lines: readonly string[], model?: LineModel): Set<number> {
  const out = new Set<number>();
  for (const region of detectBoilerplate(toSeedDocument(lines.join('\n')), { title: HEADLINE, model })) {
    for (let line = region.startLine; line <= region.endLine; line++) out.add(line);
  }
  return out;
}

test('standfirst: the long line under the headline stays, even without a full stop and whatever the model says', () => {
  const lines = page([STANDFIRST]);
  const read = readPage(toSeedDocument(lines.join('\n')), { title: HEADLINE });
  assert.deepEqual(standfirstLines(read.lines, read.headlineAt, read.body.first), [lines.indexOf(STANDFIRST)]);
  for (const model of [undefined, FLAGS_EVERYTHING]) {
    const found = flagged(lines, model);
    assert.ok(!found.has(lines.indexOf(STANDFIRST) + 1), 'standfirst flagged');
    assert.ok(found.has(lines.indexOf('Share') + 1), 'share button kept');
  }
});

test('standfirst: a slogan, a call to the reader, a breadcrumb trail, a title and a note about the writer under the headline are not one', () => {
  const notStandfirsts = [
    'Earbuds, speakers and phones. See what else made our list of the best gadgets of the past year',
    'Get breaking news alerts and special reports delivered to your phone every weekday morning from our newsroom',
    'Home / Health / News / Council keeps night clinics open in the north of the city for two more years',
    'Night Clinics In The North Stay Open For Two More Years After The Council Vote On Tuesday Evening',
    'Jane Smith is a staff writer for the Northside Gazette who covers health, the city council and the courts',
  ];
  for (const line of notStandfirsts) {
    const lines = page([line]);
    const read = readPage(toSeedDocument(lines.join('\n')), { title: HEADLINE });
    assert.ok(!isStandfirst(read.lines[lines.indexOf(line)]!), `a standfirst: ${line}`);
    assert.ok(flagged(lines, FLAGS_EVERYTHING).has(lines.indexOf(line) + 1), `kept: ${line}`);
  }
  // A short sentence under the headline is a slogan or a label, whatever the rules around it make of it.
  const slogan = page(['Sharing is caring!']);
  const read = readPage(toSeedDocument(slogan.join('\n')), { title: HEADLINE });
  assert.ok(!isStandfirst(read.lines[slogan.indexOf('Sharing is caring!')]!), 'a slogan is a standfirst');
});

test('standfirst: only within reach of the headline, not a long line further down the furniture', () => {
  const lines = page(['Photo', 'Gallery', 'Audio', 'Print', 'Email', STANDFIRST]);
  assert.ok(flagged(lines, FLAGS_EVERYTHING).has(lines.indexOf(STANDFIRST) + 1), 'a line six lines under the headline kept');
});

test('standfirst: between a title-like line and the byline over the story, even when the page gives no headline', () => {
  const layout = (signature: string, above = HEADLINE): string[] =>
    [...MENU, above, STANDFIRST, signature, 'Share', ...CLINICS_ARTICLE, 'Privacy Policy', 'Contact Us'];
  const standfirsts = (lines: readonly string[]): number[] => {
    const read = readPage(toSeedDocument(lines.join('\n')), { title: null });
    assert.equal(read.headlineAt, -1);
    return standfirstLines(read.lines, read.headlineAt, read.body.first);
  };
  const signed = layout('By Jane Smith | Northside Gazette');
  assert.deepEqual(standfirsts(signed), [signed.indexOf(STANDFIRST)]);
  // A date alone signs nothing (dated teaser lists), and under a share button the long line is no standfirst.
  assert.deepEqual(standfirsts(layout('July 24, 2012')), []);
  assert.deepEqual(standfirsts(layout('By Jane Smith | Northside Gazette', 'Email')), []);
});
