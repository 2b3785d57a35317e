/**
 * Trains the boilerplate line model (src/core/boilerplate/model.json) on the `sh-*` pages of the dev
 * corpus (the Scrapinghub article-extraction benchmark, MIT): deterministic, ridge-regularised logistic
 * regressions fitted by Newton's method. Pages are grouped by site (the host in the gold's `origin`):
 * a quarter of the sites is held aside, the rest is cross-validated by site to choose the threshold;
 * the shipped weights are then fitted on every sh page. `dragnet-*` pages (AGPL-3.0 data) are never
 * trained on: `--report` only scores them.
 *
 *   node --import tsx scripts/train-boilerplate.ts [--report] [--drop=feature,feature] [--dry-run]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectBoilerplate, keptByRules, readPage } from '../src/core/boilerplate';
import { pageHeadline } from '../src/core/boilerplate/pageHeadline';
import { lineFeatureMatrix, rowsOf } from '../src/core/boilerplate/lineFeatures';
import { type LineModel, logistic, STAGE2_FEATURE_NAMES, stage2Rows } from '../src/core/boilerplate/lineModel';
import { type SeedDocument, toSeedDocument } from '../src/core/document';
import { readMetadata } from '../src/core/metadata';
import { fitLogistic } from './train-boilerplate-fit';

const EVAL = join(__dirname, '..', '..', 'shared', 'eval', 'dev');
const MODEL_DIR = join(__dirname, '..', 'src', 'core', 'boilerplate');
const FOLDS = 5;
const ASIDE_SHARE = 0.25;
const RIDGE = Number(process.argv.find((arg) => arg.startsWith('--ridge='))?.slice('--ridge='.length) ?? 1);
const CERTAIN_MARGIN = 0.4;
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

/** One labelled page: feature rows of its scored lines, labels (1 boilerplate), and the headline line the engine keeps. */
interface Page {
  id: string;
  site: string;
  rows: Float64Array[];
  /** 1 boilerplate, 0 content, -1 not scored (gold `ignore`). */
  labels: number[];
  headlineAt: number;
  /** Lines the rules keep inside the body: never flagged (see `keptByRules`). */
  keptByRules: Uint8Array;
  /** The rules' own verdict per line (1 boilerplate), for comparison. */
  rules: number[];
  /** The whole detector's verdict per line (rules and line model) with a given model, for held-aside figures. */
  detected: (model: LineModel) => number[];
}

function loadPages(prefix: string): Page[] {
  const ids = readdirSync(join(EVAL, 'gold')).filter((f) => f.startsWith(`${prefix}-`)).map((f) => f.slice(0, -5)).sort();
  return ids.map((id) => {
    const gold = JSON.parse(readFileSync(join(EVAL, 'gold', `${id}.json`), 'utf8')) as { origin: string; boilerplate: { lines: number[]; ignore: number[] } };
    const document = toSeedDocument(readFileSync(join(EVAL, 'docs', `${id}.txt`), 'utf8'));
    // The title the detector reads the page with (see detectBoilerplate).
    const title = pageHeadline(document, readMetadata(document).title);
    const page = readPage(document, { title });
    const boilerplate = new Set(gold.boilerplate.lines);
    const ignored = new Set(gold.boilerplate.ignore);
    const labels = page.lines.map((line) => {
      const number = line.features.index + 1;
      return ignored.has(number) ? -1 : boilerplate.has(number) ? 1 : 0;
    });
    const site = /https?:\/\/(?:www\.)?([^/ )]+)/.exec(gold.origin)?.[1] ?? id;
    return { id, site, rows: rowsOf(lineFeatureMatrix(page)).map(withoutDropped), labels, headlineAt: page.headlineAt, keptByRules: keptByRules(page), rules: page.ruleKinds.map((kind) => (kind ? 1 : 0)), detected: (model: LineModel) => detectedLines(document, title, model, page.lines) };
  });
}

/** 1 for each line of `lines` inside a region the whole detector finds with `model`. */
function detectedLines(document: SeedDocument, title: string | null, model: LineModel, lines: ReturnType<typeof readPage>['lines']): number[] {
  const flagged = new Uint8Array(document.lines.length + 2);
  for (const region of detectBoilerplate(document, { title, model })) flagged.fill(1, region.startLine, region.endLine + 1);
  return lines.map((line) => flagged[line.features.index + 1]!);
}

/** Features left out for an ablation (`--drop name,name`): their column is zero, so their weight is too. */
const DROPPED = new Set((process.argv.find((arg) => arg.startsWith('--drop='))?.slice('--drop='.length) ?? '').split(',').filter(Boolean));
const DROPPED_COLUMNS = STAGE2_FEATURE_NAMES.flatMap((name, i) => (DROPPED.has(name) ? [i] : []));

function withoutDropped(row: Float64Array): Float64Array {
  for (const column of DROPPED_COLUMNS) row[column] = 0;
  return row;
}

/** A stable number in [0, 1) for a name: splits by site that do not depend on file order. */
function unitHash(salt: string, name: string): number {
  return createHash('sha256').update(`${salt}:${name}`).digest().readUInt32BE(0) / 2 ** 32;
}

function foldOf(page: Page, folds: number, salt: string): number {
  return Math.floor(unitHash(salt, page.site) * folds);
}

function scoredRows(pages: readonly Page[], rowsOf: (page: Page) => readonly Float64Array[]): { rows: Float64Array[]; labels: number[] } {
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (const page of pages) {
    const pageRows = rowsOf(page);
    page.labels.forEach((label, i) => {
      if (label < 0) return;
      rows.push(pageRows[i]!);
      labels.push(label);
    });
  }
  return { rows, labels };
}

/** First-stage probabilities of each page's lines from a model not fitted on that page's site. */
function outOfFoldFirstStage(pages: readonly Page[], salt: string): Map<Page, number[]> {
  const probabilities = new Map<Page, number[]>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = pages.filter((page) => foldOf(page, FOLDS, salt) === fold);
    const weights = fitLogistic(scoredRows(pages.filter((page) => !inFold.includes(page)), (page) => page.rows), RIDGE);
    for (const page of inFold) probabilities.set(page, page.rows.map((row) => logistic(weights, row)));
  }
  return probabilities;
}

function train(pages: readonly Page[], threshold: number): LineModel {
  const stage1 = fitLogistic(scoredRows(pages, (page) => page.rows), RIDGE);
  const first = outOfFoldFirstStage(pages, 'stage1');
  const stage2 = fitLogistic(scoredRows(pages, (page) => stage2Rows(page.rows, first.get(page)!)), RIDGE);
  const round = (w: number): number => Math.round(w * 10000) / 10000;
  return { features: STAGE2_FEATURE_NAMES, stage1: stage1.map(round), stage2: stage2.map(round), threshold, certainMargin: CERTAIN_MARGIN };
}

function probabilities(model: LineModel, page: Page): number[] {
  const first = page.rows.map((row) => logistic(model.stage1, row));
  return stage2Rows(page.rows, first).map((row) => logistic(model.stage2, row));
}

/** Content-line counts: kept content (tp), flagged content, kept boilerplate. */
interface Counts { tp: number; flagged: number; kept: number; content: number }

function count(pages: readonly Page[], predicted: (page: Page) => number[], threshold: number): Counts {
  const counts: Counts = { tp: 0, flagged: 0, kept: 0, content: 0 };
  for (const page of pages) {
    const p = predicted(page);
    page.labels.forEach((label, i) => {
      if (label < 0) return;
      const isFlagged = i !== page.headlineAt && p[i]! >= threshold && !page.keptByRules[i];
      if (label === 0) {
        counts.content++;
        if (isFlagged) counts.flagged++;
        else counts.tp++;
      } else if (!isFlagged) counts.kept++;
    });
  }
  return counts;
}

function describe(counts: Counts): string {
  const precision = counts.tp / (counts.tp + counts.kept);
  const recall = counts.tp / counts.content;
  const f1 = (2 * precision * recall) / (precision + recall);
  const wrong = (100 * counts.flagged) / counts.content;
  return `content F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)}), ${wrong.toFixed(1)} % of ${counts.content} content lines flagged`;
}

function f1Of(counts: Counts): number {
  return (2 * counts.tp) / (2 * counts.tp + counts.kept + counts.flagged);
}

/** Cross-validation by site over `pages`: each fold's pages predicted by a model of the other folds. */
function crossValidated(pages: readonly Page[]): Map<Page, number[]> {
  const predicted = new Map<Page, number[]>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = pages.filter((page) => foldOf(page, FOLDS, 'cv') === fold);
    const model = train(pages.filter((page) => !inFold.includes(page)), 0.5);
    for (const page of inFold) predicted.set(page, probabilities(model, page));
  }
  return predicted;
}

function rulesAlone(page: Page): number[] {
  return page.rules;
}

/**
 * The threshold with the best cross-validated content F1 (`--thresholds` prints them all). Capping
 * the share of content flagged at 5 % chose 0.9, which kept most boilerplate of unseen pages.
 */
function chooseThreshold(options: readonly { t: number; counts: Counts }[]): number {
  for (const { t, counts } of options) if (process.argv.includes('--thresholds')) console.log(`  threshold ${t}: ${describe(counts)}`);
  return options.reduce((best, option) => (f1Of(option.counts) > f1Of(best.counts) ? option : best)).t;
}

function main(): void {
  const report = process.argv.includes('--report');
  const sh = loadPages('sh');
  const aside = sh.filter((page) => unitHash('aside', page.site) < ASIDE_SHARE);
  const tuning = sh.filter((page) => !aside.includes(page));
  const cv = crossValidated(tuning);
  const threshold = chooseThreshold(THRESHOLDS.map((t) => ({ t, counts: count(tuning, (p) => cv.get(p)!, t) })));
  console.log(`sh: ${sh.length} pages, ${new Set(sh.map((p) => p.site)).size} sites; ${tuning.length} pages tuned on, ${aside.length} held aside`);
  console.log(`cross-validated by site (${FOLDS} folds), threshold ${threshold}: ${describe(count(tuning, (p) => cv.get(p)!, threshold))}`);
  const tuned = train(tuning, threshold);
  console.log(`held-aside sh pages, model of the other sh pages: ${describe(count(aside, (p) => probabilities(tuned, p), threshold))}`);
  console.log(`held-aside sh pages, whole detector (rules, model of the other sh pages): ${describe(count(aside, (p) => p.detected(tuned), 0.5))}`);
  const asideModel = process.argv.find((arg) => arg.startsWith('--aside-model='))?.slice('--aside-model='.length);
  if (asideModel) writeFileSync(asideModel, `${JSON.stringify(tuned)}\n`);
  if (process.argv.includes('--pages')) for (const page of aside) console.log(`  ${page.id} ${page.site}: ${describe(count([page], (p) => probabilities(tuned, p), threshold))}`);
  console.log(`the rules alone: tuning pages ${describe(count(tuning, rulesAlone, 0.5))}; held aside ${describe(count(aside, rulesAlone, 0.5))}`);
  const model = train(sh, threshold);
  if (process.argv.includes('--dry-run')) return report ? measureDragnet(model, threshold) : undefined;
  const json = `${JSON.stringify(model)}\n`;
  writeFileSync(join(MODEL_DIR, 'model.json'), json);
  const sha256 = createHash('sha256').update(json).digest('hex');
  writeFileSync(join(MODEL_DIR, 'model.sha256.json'), `${JSON.stringify({ file: 'model.json', sha256, bytes: json.length }, null, 2)}\n`);
  console.log(`wrote model.json (${json.length} bytes, sha256 ${sha256.slice(0, 12)}…), trained on all ${sh.length} sh pages`);
  if (report) measureDragnet(model, threshold);
}

/** Measured only, never trained on (AGPL-3.0 data). */
function measureDragnet(model: LineModel, threshold: number): void {
  const dragnet = loadPages('dragnet');
  console.log(`dragnet (unseen): shipped model ${describe(count(dragnet, (p) => probabilities(model, p), threshold))}`);
  console.log(`dragnet, the rules alone: ${describe(count(dragnet, rulesAlone, 0.5))}`);
}

main();
