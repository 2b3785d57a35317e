import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate, readPage } from '../../src/core/boilerplate';
import type { LineModel } from '../../src/core/boilerplate/lineModel';
import { isSignOff } from '../../src/core/boilerplate/signoff';
import { standfirstLines } from '../../src/core/boilerplate/standfirst';
import { toSeedDocument } from '../../src/core/document';
import { constantModel } from './constantLineModel';
import { CLINICS_ARTICLE } from './storyTexts';

/**
 * Where the article's own lines stand apart from its densest run (a standfirst over share buttons),
 * a buying guide's repeated shop link, and a source credit under the last paragraph.
 */
const MENU = ['Home', 'World', 'Business', 'Technology', 'Science', 'Sport', 'Opinion', 'Video'];
const HEADLINE = 'Council keeps night clinics open';
const FOOTER = ['Privacy Policy', 'Contact Us', 'Terms of Use'];


function flaggedLines(lines: readonly string[], model?: LineModel): Set<number> {
  const flagged = new Set<number>();
  for (const region of detectBoilerplate(toSeedDocument(lines.join('\n')), { title: null, model })) {
    for (let line = region.startLine; line <= region.endLine; line++) flagged.add(line);
  }
  return flagged;
}

/** A standfirst as many news sites print it: no full stop, dense in names and figures. */
const STANDFIRST = 'Mayor Ann Lee signs £4m Northside clinics deal after Tuesday vote as Greens and Labour split on cost';

test('standfirst: between a title-like line and the share buttons over the story, even when the page gives no headline', () => {
  const layout = (under: string): string[] =>
    [...MENU, HEADLINE, STANDFIRST, under, 'Tweet this', 'Email', 'Jane Smith', 'guardian.co.uk, Monday 29 October 2012 13.29 EDT', ...CLINICS_ARTICLE, ...FOOTER];
  const standfirsts = (lines: readonly string[]): number[] => {
    const read = readPage(toSeedDocument(lines.join('\n')), { title: null });
    assert.equal(read.headlineAt, -1);
    return standfirstLines(read.lines, read.headlineAt, read.body.first);
  };
  const shared = layout('Share');
  assert.deepEqual(standfirsts(shared), [shared.indexOf(STANDFIRST)]);
  // Over a date line (a dated teaser list's summary) the long line is no standfirst.
  assert.deepEqual(standfirsts(layout('July 24, 2012')), []);
});

test('the source a story was taken from, alone under its last paragraph, is its sign-off', () => {
  const read = (credit: string): boolean => {
    const page = readPage(toSeedDocument([...MENU, ...CLINICS_ARTICLE, credit, ...FOOTER].join('\n')), { title: null });
    return isSignOff(page.lines.find((line) => line.features.text === credit)!);
  };
  assert.ok(read('Via MacRumors'), '"Via" and a name');
  assert.ok(read('— Financial Times'), 'a dash and a name');
  // An embedded post's signature (a handle and a date) and a sentence are no credit.
  assert.ok(!read('— The City Council (@citycouncil) October 9, 2018'), 'an embedded post');
  assert.ok(!read('via the back door, as the mayor put it'), 'a sentence');
  const lines = [...MENU, ...CLINICS_ARTICLE, 'Via MacRumors', ...FOOTER];
  assert.ok(!flaggedLines(lines, constantModel(0.9)).has(lines.indexOf('Via MacRumors') + 1), 'credit flagged');
});
