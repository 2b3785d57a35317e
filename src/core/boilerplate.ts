/**
 * Boilerplate: the lines of a scraped page that are not the article (menus, share buttons, related
 * links, copies of the headline, disclaimers, footers). jusText's method without HTML classifies each
 * line by length and function-word density and then by its neighbours; the article body is the
 * densest run of prose; everything outside it, and the furniture inside it, is boilerplate.
 */
import { findBody } from './boilerplate/body';
import { flagFurnitureBlocks } from './boilerplate/blocks';
import { type PageReading } from './boilerplate/lineFeatures';
import { boilerplateProbabilities, LINE_MODEL, type LineModel } from './boilerplate/lineModel';
import { withConfidence } from './boilerplate/confidence';
import { ruledKinds } from './boilerplate/ruledLines';
import { type ClassifiedLine, classifyAlone, isProse, reclassifyByNeighbours } from './boilerplate/classify';
import { isTitleCase, type LineFeatures } from './boilerplate/features';
import { HeadlineCopies } from './boilerplate/headline';
import { DATELINE_LEAD_REACH, headlineLeadLines, isDatelineLead } from './boilerplate/lead';
import { type LineMeasure, LineMeasureCache } from './boilerplate/lineCache';
import { normalizeLine } from './boilerplate/normalize';
import { pageHeadline } from './boilerplate/pageHeadline';
import { signOffLines } from './boilerplate/signoff';
import { standfirstLines } from './boilerplate/standfirst';
import { announcedListEnd, markDataRows, markIntroducedLists, markShapedRows } from './boilerplate/lists';
import { furnitureKind } from './boilerplate/phrases';
import { toRegions } from './boilerplate/regions';
import type { SeedDocument } from './document';
import type { BoilerplateRegion } from './types';

export { normalizeLine } from './boilerplate/normalize';

export interface BoilerplateContext {
  title: string | null;
  /** Normalized lines (`normalizeLine`) repeated across many documents of the collection. */
  repeatedLines?: ReadonlySet<string>;
  /** Another line model than the committed one (the training script's figures for pages held aside). */
  model?: LineModel;
}

export function detectBoilerplate(document: SeedDocument, context: BoilerplateContext): BoilerplateRegion[] {
  const page = readPage(document, { ...context, title: pageHeadline(document, context.title) });
  const model = context.model ?? LINE_MODEL;
  const probabilities = boilerplateProbabilities(page, model);
  const threshold = model.threshold;
  const ruled = ruledKinds(page);
  const kept = keptByRules(page);
  const kinds = page.lines.map((line, i) => {
    const byPlace = (): string => kindByPlace(line, i < page.body.first, i >= page.body.first && i <= page.body.last);
    if (ruled[i] !== null && i !== page.headlineAt) {
      probabilities[i] = Math.max(probabilities[i]!, RULED_PROBABILITY);
      return ruled[i] || byPlace();
    }
    if (i === page.headlineAt || probabilities[i]! < threshold || kept[i]) return null;
    return page.ruleKinds[i] ?? line.kind ?? byPlace();
  });
  keepClosingParagraph(page, kinds, probabilities, ruled);
  keepShortRuns(page, kinds, probabilities, ruled);
  keepEnclosedSentences(page, kinds, probabilities, ruled);
  flagFurnitureBlocks(page.lines, kinds, page.headlineAt);
  const regions = toRegions(document, page.lines, smoothKindsByPlace(page.lines, kinds));
  return withConfidence(regions, page, probabilities, page.headlineAt, model);
}

/**
 * The story's closing paragraph, right under the last line the page keeps: a one-sentence wrap-up
 * ("Some would argue ... nothing.") stands where the footer starts, and the model, reading it as the
 * page's tail, flags it only narrowly. A full sentence of prose there, with no furniture words and no rule
 * against it, is the article's when the model's doubt is this small; a footer's blurb or a slogan it flags surely.
 */
function keepClosingParagraph(page: RuledPage, kinds: (string | null)[], probabilities: Float64Array, ruled: readonly (string | null)[]): void {
  let last = kinds.length - 1;
  while (last >= 0 && (kinds[last] !== null || last === page.headlineAt)) last--;
  const next = last + 1;
  const line = page.lines[next];
  if (last < 0 || !line || line.kind !== null || ruled[next] !== null) return;
  if (isProse(line) && line.features.endsSentence && probabilities[next]! < CLOSING_MAX_PROBABILITY) kinds[next] = null;
}

/**
 * A sub-heading between the article's paragraphs ("Synopsis", "About the Speaker"), or a short list
 * between them (the items of a kit: "bottled water", "baby carrier", "camera"): short lines in the body
 * that no phrase or rule names as furniture, under a paragraph the page keeps and over kept prose or a
 * kept list item, when the model doubts them (shortRunBound). The model reads a short line alone as a menu
 * entry; a section label, a share counter or a teaser's two lines between paragraphs it flags surely.
 */
function keepShortRuns(page: RuledPage, kinds: (string | null)[], probabilities: Float64Array, ruled: readonly (string | null)[]): void {
  const { lines, body } = page;
  const isShortUnruled = (i: number): boolean => kinds[i] !== null && ruled[i] === null && lines[i]!.kind === null &&
    lines[i]!.features.words <= SHORT_RUN_MAX_WORDS;
  for (let i = Math.max(1, body.first); i < body.last; i++) {
    if (!isShortUnruled(i) || kinds[i - 1] !== null || !isProse(lines[i - 1])) continue;
    let end = i;
    while (end < body.last && end - i < SHORT_RUN_MAX_LINES && isShortUnruled(end)) end++;
    const bound = shortRunBound(lines.slice(i, end));
    if (kinds[end] === null && isArticleText(lines[end]) && probabilities.subarray(i, end).every((p) => p < bound)) kinds.fill(null, i, end);
    i = end;
  }
}

/**
 * A sentence between two lines the page keeps (a closing remark above the photo's credit, a paragraph
 * between a list and the next paragraph): when no phrase or rule names it and the model doubts it as
 * little as the closing paragraph, it is the article's, as its neighbours are.
 */
function keepEnclosedSentences(page: RuledPage, kinds: (string | null)[], probabilities: Float64Array, ruled: readonly (string | null)[]): void {
  const { lines } = page;
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (kinds[i] === null || ruled[i] !== null || line.kind !== null || !isProse(line) || !line.features.endsSentence) continue;
    if (probabilities[i]! < CLOSING_MAX_PROBABILITY && kinds[i - 1] === null && kinds[i + 1] === null) kinds[i] = null;
  }
}

/**
 * How sure the model may be that each line of a short run is furniture for the run to stay: a sub-heading
 * (one line) gets the closing paragraph's bound; a list (a few items, none shaped like a menu entry) a
 * looser one, as the model, trained on few list articles, doubts lists more; any other run (two lines: a
 * teaser's label and title) none.
 */
function shortRunBound(run: readonly ClassifiedLine[]): number {
  if (run.length === 1) return CLOSING_MAX_PROBABILITY;
  const isList = run.length >= LIST_MIN_ITEMS && run.every((line) => !isMenuEntry(line.features));
  return isList ? LIST_MAX_PROBABILITY : 0;
}

/** A sub-heading or a list item names a thing in a few words; a longer short line is a teaser's title. */
const SHORT_RUN_MAX_WORDS = 6;
/** A short list holds a handful of items; a longer run is a menu. */
const SHORT_RUN_MAX_LINES = 8;
const LIST_MIN_ITEMS = 3;
const LIST_MAX_PROBABILITY = 0.6;

/** A menu's entries are capitalized names ("World", "Top Stories"); a list of things in a sentence is not. */
function isMenuEntry(features: LineFeatures): boolean {
  return isTitleCase(features) || (features.words === 1 && features.capitalized === 1);
}

/** How sure the model may be that the closing paragraph is furniture (its threshold is lower): beyond, it is. */
const CLOSING_MAX_PROBABILITY = 0.5;

/** A line the rules of ruledLines.ts flag counts as this sure (certain: removed in bulk). */
const RULED_PROBABILITY = 0.95;

/**
 * Lines the rules keep inside the body stay, whatever the model says (1 kept, per line). Prose: the
 * model reads a paragraph after an interruption (related links, a caption) as the page's tail, where
 * the rules' continuation of the body knows better (the seeds' last paragraphs). And the items of the
 * article's own lists between its paragraphs in the densest run (a buying guide's product lists, a
 * spec list): the model, trained on few list articles, reads their short lines as furniture. List
 * items before the first kept paragraph, after the last, or in a continuation after an interruption
 * are left to the model: there they are more often a widget the rules took for a list (a newsletter
 * box, "Contribute to this story:" links), unless a colon announces them as one block (keepAnnouncedLists).
 */
export function keptByRules(page: RuledPage): Uint8Array {
  // And the article's datelined first paragraph above the body, across a photo and its links (lead.ts).
  const { lines, body, ruleKinds } = page;
  const kept = new Uint8Array(lines.length);
  for (let i = Math.max(0, body.first - DATELINE_LEAD_REACH); i < body.first; i++) if (isDatelineLead(lines[i]!)) kept[i] = 1;
  // And the lead under the headline, across the byline and share buttons (lead.ts).
  for (const i of headlineLeadLines(lines, page.headlineAt, body.first)) kept[i] = 1;
  // And the credits under its last paragraph (signoff.ts), and the standfirst under its headline (standfirst.ts).
  for (const i of signOffLines(lines, body)) kept[i] = 1;
  for (const i of page.standfirst) kept[i] = 1;
  const isKeptProse = (i: number): boolean => ruleKinds[i] === null && isProse(lines[i]);
  let firstProse = body.first;
  while (firstProse <= body.last && !isKeptProse(firstProse)) firstProse++;
  let lastProse = body.last;
  while (lastProse > firstProse && !isKeptProse(lastProse)) lastProse--;
  for (let i = body.first; i <= body.last; i++) {
    if (ruleKinds[i] !== null) continue;
    const isInnerListItem = lines[i]!.listItem && i > firstProse && i < lastProse && i <= body.mainLast;
    if (isInnerListItem || isProse(lines[i])) kept[i] = 1;
  }
  keepAnnouncedLists(page, kept);
  return kept;
}

/**
 * A list a colon announces stays with the prose that announces it ("The tour dates:" under the last
 * paragraph, then the dates): when the colon's line stands in the body and it or the line above it
 * is kept, the colon's line and its items (announcedListEnd) are kept too, also after the article's
 * last paragraph, where the model reads short lines as the page's tail. A widget's label ("Share
 * this:") names itself as furniture and announces nothing.
 */
function keepAnnouncedLists(page: RuledPage, kept: Uint8Array): void {
  const { lines, body } = page;
  for (let i = Math.max(1, body.first); i <= body.last; i++) {
    if (kept[i - 1] || kept[i]) kept.fill(1, i, announcedListEnd(lines, i));
  }
}

/** The page as the rules read it, and the headline line they keep (-1 when none). */
export interface RuledPage extends PageReading {
  headlineAt: number;
  /** The standfirst's lines (standfirst.ts): never flagged, by the rules nor the model. */
  standfirst: readonly number[];
}

/**
 * The rules' reading: jusText classes, the body, and each line's kind when the rules call it
 * boilerplate. The learned model (lineModel.ts) takes this as part of its input.
 */
export function readPage(document: SeedDocument, context: BoilerplateContext): RuledPage {
  const measured = measureLines(document, context.repeatedLines);
  let headline = new HeadlineCopies(context.title);
  let lines = classifyLines(measured, headline, context.repeatedLines);
  let body = findBody(lines);
  if (headline.isWithin(lines, body)) {
    // The given title is a line of the article (a wrong guess upstream): its copies are content.
    headline = new HeadlineCopies(null);
    lines = classifyLines(measured, headline, context.repeatedLines);
    body = findBody(lines);
  }
  const found = lines.findIndex((line) => headline.isHeadline(line.features.index));
  const headlineAt = found >= 0 && found >= body.first - HEADLINE_REACH ? found : -1;
  const standfirst = standfirstLines(lines, headlineAt, body.first);
  const ruleKinds = lines.map((line, i) => {
    if (i === headlineAt || standfirst.includes(i)) return null;
    const inBody = i >= body.first && i <= body.last;
    if (inBody && !isFurnitureInBody(line, lines[i - 1], lines[i + 1])) return null;
    return line.kind ?? kindByPlace(line, i < body.first, inBody);
  });
  return { lines, body, ruleKinds, headlineAt, standfirst };
}

/** A non-blank line as measured once, whatever the headline turns out to be. */
interface MeasuredLine {
  features: LineFeatures;
  /** What the line's text decides, shared with LINE_MEASURES. */
  measure: LineMeasure;
  /** `normalizeLine` form, or the text itself for long paragraphs (see MAX_COMPARED_LENGTH). */
  compared: string;
  normalized: boolean;
  /** `furnitureKind`, worked out when first needed; undefined until then. */
  furniture?: string | null;
}

/** Lines of the previous call, for the editor's analysis on each keystroke (see `LineMeasureCache`). */
const LINE_MEASURES = new LineMeasureCache();

function measureLines(document: SeedDocument, repeatedLines?: ReadonlySet<string>): MeasuredLine[] {
  LINE_MEASURES.startDocument(document.lines.map((line) => line.text));
  const measured: MeasuredLine[] = [];
  const normalizesAll = (repeatedLines?.size ?? 0) > 0;
  for (let index = 0; index < document.lines.length; index++) {
    const measure = LINE_MEASURES.measureOf(index, document.lines[index]!.text);
    if (!measure) continue;
    const features = measure.features;
    const normalized = normalizesAll || features.text.length <= MAX_COMPARED_LENGTH;
    if (normalized) measure.normalized ??= normalizeLine(features.text);
    const compared = normalized ? measure.normalized! : features.text;
    measured.push({ features, measure, compared, normalized, furniture: undefined });
  }
  return measured;
}

/** The line's furniture kind; kept with its measure when worked out from the normalized form (the usual case). */
function furnitureOf(line: MeasuredLine): string | null {
  if (line.furniture !== undefined) return line.furniture;
  const { measure, features, compared } = line;
  if (!line.normalized) return (line.furniture = furnitureKind(features.text, compared));
  if (measure.furniture === undefined) measure.furniture = furnitureKind(features.text, compared);
  return (line.furniture = measure.furniture);
}

function classifyLines(measured: readonly MeasuredLine[], headline: HeadlineCopies, repeatedLines?: ReadonlySet<string>): ClassifiedLine[] {
  const lines: ClassifiedLine[] = [];
  const copies = new Map<string, ClassifiedLine>();
  for (const line of measured) {
    const { features, compared } = line;
    const kind = headline.kindOf(features.index, compared) ?? furnitureOf(line) ??
      (repeatedLines?.has(compared) ? 'repeated' : null);
    const initial = headline.isHeadline(features.index) ? 'short' : classifyAlone(features, kind);
    const classified: ClassifiedLine = { features, initial, final: initial, kind, listItem: false, repeated: false, original: null, copies: 1 };
    const earlier = copies.get(compared);
    if (earlier) {
      earlier.repeated = classified.repeated = true;
      earlier.copies++;
      classified.original = earlier;
    } else {
      copies.set(compared, classified);
    }
    lines.push(classified);
  }
  reclassifyByNeighbours(lines);
  markDataRows(lines);
  markShapedRows(lines);
  markIntroducedLists(lines);
  return lines;
}

/** Headlines below the article are related links; other unlabelled lines are named by where they stand. */
function kindByPlace(line: ClassifiedLine, beforeBody: boolean, inBody: boolean): string {
  if (beforeBody) return 'navigation';
  if (line.features.words >= RELATED_HEADLINE_MIN_WORDS && isTitleCase(line.features)) return 'related-links';
  return inBody ? 'furniture' : 'footer';
}

/** A line named only by its place, between two lines of one kind, is of that kind (one headline in a list). */
function smoothKindsByPlace(lines: readonly ClassifiedLine[], kinds: (string | null)[]): (string | null)[] {
  for (let i = 1; i + 1 < kinds.length; i++) {
    const around = kinds[i - 1];
    if (kinds[i] !== null && lines[i]!.kind === null && around && around === kinds[i + 1]) kinds[i] = around;
  }
  return kinds;
}

/**
 * Paragraphs longer than this are compared as they stand (their exact copies still count as
 * copies): no furniture phrase or headline is this long, and normalizing every paragraph on
 * every keystroke is the engine's largest cost here. Collection-wide repeats need every line.
 */
const MAX_COMPARED_LENGTH = 300;

/** Menu entries are shorter than the headlines of a related-stories list. */
const RELATED_HEADLINE_MIN_WORDS = 4;
/**
 * How far above the body the headline may stand (byline, date, photo and share buttons between).
 * Further up, the given title was a wrong guess (a menu line) and gets no protection.
 */
const HEADLINE_REACH = 25;

/** Inside the body, prose stays whatever its neighbours: only furniture and link-like lines go. */
function isFurnitureInBody(line: ClassifiedLine, previous?: ClassifiedLine, next?: ClassifiedLine): boolean {
  if (line.listItem) return false;
  if (line.initial === 'bad') return true;
  const isShortFurniture = line.initial === 'short' && line.final === 'bad' && !line.features.endsSentence;
  return isShortFurniture && !(line.kind === null && isArticleText(previous) && isArticleText(next));
}

/** Prose or a list item: what stands around a sub-heading ("Linebacker", "Summary") in an article. */
function isArticleText(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && (line.listItem || isProse(line));
}
