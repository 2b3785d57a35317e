import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectBoilerplate, readPage } from '../../src/core/boilerplate';
import { FEATURE_NAMES, lineFeatureMatrix, rowsOf } from '../../src/core/boilerplate/lineFeatures';
import { LINE_MODEL, modelMatchesFeatures } from '../../src/core/boilerplate/lineModel';
import { toSeedDocument } from '../../src/core/document';

const MODEL_DIR = join(__dirname, '..', '..', 'src', 'core', 'boilerplate');

const PROSE = [
  'The city council voted on Tuesday to extend the program for another two years, officials said.',
  'Supporters of the measure argued that it had reduced waiting times at the clinics by almost a third.',
  'Critics said the money would be better spent on the roads, which have not been repaired since the flood.',
  'The mayor said she would sign the bill this week and that the first payments would go out in March.',
];

function featureOf(text: string, line: number, name: string): number {
  const document = toSeedDocument(text);
  const page = readPage(document, { title: null });
  const row = rowsOf(lineFeatureMatrix(page)).find((_, i) => page.lines[i]!.features.index === line - 1)!;
  return row[FEATURE_NAMES.indexOf(name)]!;
}

test('the committed boilerplate model is the one the training command wrote (sha256)', () => {
  const recorded = JSON.parse(readFileSync(join(MODEL_DIR, 'model.sha256.json'), 'utf8')) as { sha256: string };
  const actual = createHash('sha256').update(readFileSync(join(MODEL_DIR, 'model.json'))).digest('hex');
  assert.equal(actual, recorded.sha256);
});

test('the committed model is what the training command writes today (train-boilerplate --check)', (t) => {
  const root = join(__dirname, '..', '..');
  // The labelled pages live beside the repository (../shared/eval), as for npm run eval.
  if (!existsSync(join(root, '..', 'shared', 'eval', 'dev', 'gold'))) return t.skip('no ../shared/eval beside the repository');
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'train-boilerplate.ts'), '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});

test('the committed model was trained on the features the engine computes', () => {
  assert.ok(modelMatchesFeatures(LINE_MODEL));
  assert.ok(LINE_MODEL.stage1.some((weight) => weight !== 0), 'untrained weights');
});

test('comment-thread stamps and cues count after the article', () => {
  const thread = ['bytor104', 'Tue Jul 24, 2012 10:14 AM EDT', 'Report this comment', 'What a story.', '8:18am, EDT', '3 votes'];
  const text = [...PROSE, ...thread].join('\n');
  assert.equal(featureOf(text, 6, 'time-stamp'), 1);
  assert.equal(featureOf(text, 7, 'comment-cue'), 1);
  assert.equal(featureOf(text, 1, 'time-stamp'), 0);
  assert.ok(featureOf(text, 10, 'stamps-after-main-run') > featureOf(text, 6, 'stamps-after-main-run'));
});

test('monthly archives and copies of one line are measured', () => {
  const text = [...PROSE, 'July (266)', 'June (12)', 'Best photos', 'Best photos', 'Best photos'].join('\n');
  assert.equal(featureOf(text, 5, 'count-in-parentheses'), 1);
  assert.equal(featureOf(text, 1, 'count-in-parentheses'), 0);
  assert.ok(featureOf(text, 7, 'copies-in-page') > 0);
  assert.equal(featureOf(text, 1, 'copies-in-page'), 0);
});

test('a page of menus around an article: the menu is certain boilerplate, the article is kept', () => {
  const menu = ['Home', 'World', 'Politics', 'Business', 'Sport', 'Contact us'];
  const text = [...menu, ...PROSE, ...menu].join('\n');
  const regions = detectBoilerplate(toSeedDocument(text), { title: null });
  const flagged = new Set(regions.flatMap((region) => Array.from({ length: region.endLine - region.startLine + 1 }, (_, k) => region.startLine + k)));
  for (let line = 7; line <= 10; line++) assert.ok(!flagged.has(line), `article line ${line} flagged`);
  assert.ok(flagged.has(1) && flagged.has(12));
  assert.ok(regions.every((region) => region.confidence !== undefined && region.confidence >= LINE_MODEL.threshold));
});

test('a region is certain only when its confidence clears the threshold by the margin', () => {
  const text = readFileSync(join(__dirname, '..', 'fixtures', '000_93e29ae284e8c2f5.txt'), 'utf8');
  const regions = detectBoilerplate(toSeedDocument(text), { title: null });
  const certainFrom = LINE_MODEL.threshold + LINE_MODEL.certainMargin;
  assert.ok(regions.some((region) => region.certain) && regions.some((region) => !region.certain), 'both kinds on the seed');
  for (const region of regions) assert.equal(region.certain, region.confidence! >= certainFrom - 0.005, `${region.startLine}: ${region.confidence}`);
});

test('widget links are link-shaped (gallery arrows, photo counts, handles); sub-headings and titles are not', () => {
  const lines = ['View the Full Gallery »', '57 Photos', 'Follow @CityDesk', 'Night clinics stay open', '<The Palace: A Musical>', '10 things to know'];
  const text = [...PROSE.slice(0, 2), ...lines, ...PROSE.slice(2)].join('\n');
  const expected = [1, 1, 1, 0, 0, 0];
  expected.forEach((value, k) => assert.equal(featureOf(text, 3 + k, 'link-shape'), value, lines[k]));
});
