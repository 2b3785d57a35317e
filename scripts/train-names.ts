/**
 * Trains the names tagger (`npm run train:names`): an averaged structured perceptron over the
 * feature templates of src/core/names/features.ts, Viterbi-decoded, on CoNLL-2003 eng.train and the corpora of
 * ../shared/train/names-extra (CORPORA below),
 * checked on eng.testa. Tagging runs twice, the second pass also reading the first pass's types
 * of each word elsewhere in the document (history.ts); the history of the training documents
 * comes from models trained on the other half of them (two folds), as it would on unseen text.
 * First names (a word list the features read, gazetteer.ts) are learned from the corpora's people
 * and shipped in the model; the training documents' lists come from the other half of them too.
 * Word clusters (train-names-clusters.ts), from the corpora's text without labels, are shipped too.
 * Deterministic (fixed data order, seeded shuffle). Writes the pruned, int8-quantized model to
 * src/core/names/model.json and its sha256 to model.sha256.json.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABEL_COUNT, LABELS, allFeatures, analyseLine, commonWordsOf, documentEvidenceOf, lineContextCodes, wordInfoOf } from '../src/core/names/features';
import type { AnalysedLine, DocumentEvidence } from '../src/core/names/features';
import { HISTORY_MASKS, historyFeatures, lineHistory, typeMasksOf } from '../src/core/names/history';
import { wordClustersOf } from './train-names-clusters';
import { type ConllSentence, firstNamesOf, readConll } from './train-names-data';
import { type Example, FeatureIndex, Perceptron, type Weights, predict } from './train-names-perceptron';
import { type Scores, countEntities, formatScores } from './train-names-score';

const DATA = join(__dirname, '../../shared/train/conll2003');
const EXTRA = join(__dirname, '../../shared/train/names-extra');
/**
 * The training corpora: CoNLL-2003 news (1996) and today's kinds of text (see
 * ../shared/train/names-extra/README.md and THIRD-PARTY-NOTICES.md): interviews, biographies,
 * court and travel texts, web text, Wikipedia and tweets. `every` keeps every n-th document (1: all
 * of it); `repeat` is how many times the final training pass sees each kept line. CoNLL-2003 seen
 * three times keeps 1996-style news the tagger's strength while the others teach today's pages
 * (with the word clusters, twice let CoNLL-2003 organizations and places slip).
 */
const CORPORA = [
  { path: join(DATA, 'eng.train'), every: 1, repeat: 3 },
  { path: join(EXTRA, 'gum-open.conll'), every: 1, repeat: 1 },
  { path: join(EXTRA, 'uner-ewt-devtest.conll'), every: 1, repeat: 1 },
  { path: join(EXTRA, 'wikigold.conll'), every: 1, repeat: 1 },
  { path: join(EXTRA, 'btc.conll'), every: 1, repeat: 1 },
];
const MODEL_DIR = join(__dirname, '../src/core/names');
const EPOCHS = 15;
const FOLD_EPOCHS = 6;
/** A word opening this many people's names of the training corpora is a first name (gazetteer.ts). */
const FIRST_NAME_MINIMUM = 2;
/** Word clusters (train-names-clusters.ts): words seen at least 3 times, 200 clusters over the neighbours among the 1000 most frequent words. */
const CLUSTERS = { minimumCount: 3, contextWords: 1000, clusters: 200, iterations: 15 };
/** Features whose largest trained weight is below this share of the largest weight are dropped. */
const PRUNE_SHARE = 0.02;

interface PreparedDoc {
  lines: AnalysedLine[];
  evidence: DocumentEvidence;
  gold: Uint8Array[];
  firstNames: ReadonlySet<string>;
  clusters: ReadonlyMap<string, number>;
}

function readDocs(path: string, every = 1): ConllSentence[][] {
  return readConll(readFileSync(path, 'utf8')).filter((_doc, position) => position % every === 0);
}

function prepare(doc: readonly ConllSentence[], commonWords: ReadonlySet<string>, firstNames: ReadonlySet<string>, clusters: ReadonlyMap<string, number>): PreparedDoc {
  const entryOf = (word: string) => ({ info: wordInfoOf(word, commonWords) });
  const lines = doc.map((sentence) => analyseLine(sentence.words, entryOf));
  return { lines, evidence: documentEvidenceOf(lines), gold: doc.map((sentence) => Uint8Array.from(sentence.labels)), firstNames, clusters };
}

/**
 * Every corpus's documents prepared, each with the first names of the other half of the documents
 * (two folds): a list built from a document's own people would call all of them first names, and the
 * model would learn that a person's first word is always on the list, which on unseen text it is not.
 */
function prepareCorpora(texts: readonly ConllSentence[][][], commonWords: ReadonlySet<string>, clusters: ReadonlyMap<string, number>): PreparedDoc[][] {
  const docs = texts.flat();
  const foldNames = [0, 1].map((fold) => firstNamesOf(docs.filter((_doc, position) => position % 2 !== fold).flat(), commonWords, FIRST_NAME_MINIMUM));
  let position = 0;
  return texts.map((corpus) => corpus.map((doc) => prepare(doc, commonWords, foldNames[position++ % 2]!, clusters)));
}

/** One example per line; `masks` null for the first pass, else the first pass's types per word. */
function examplesOf(doc: PreparedDoc, index: FeatureIndex, masks: ReadonlyMap<string, number> | null): Example[] {
  return doc.lines.map((line, position) => {
    const codes = lineContextCodes(line, doc.evidence);
    const history = masks && lineHistory(line.infos, masks);
    const ids: number[] = [];
    const starts = [0];
    line.words.forEach((_word, word) => {
      const historyKeys = history ? historyFeatures(history[word]!) : [];
      for (const key of allFeatures(line.words, word, codes[word]!, doc.evidence.topic, historyKeys, doc.firstNames, doc.clusters)) {
        const id = index.idOf(key);
        if (id >= 0) ids.push(id);
      }
      starts.push(ids.length);
    });
    return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), gold: doc.gold[position]! };
  });
}

/** The examples of every corpus's documents (in `passes`, corpus after corpus), each corpus `repeat` times. */
function repeated(passes: readonly Example[][], corpora: readonly PreparedDoc[][]): Example[] {
  const examples: Example[] = [];
  let from = 0;
  corpora.forEach((docs, corpus) => {
    const lines = passes.slice(from, from + docs.length).flat();
    for (let copy = 0; copy < CORPORA[corpus]!.repeat; copy++) examples.push(...lines);
    from += docs.length;
  });
  return examples;
}

function historyOf(doc: PreparedDoc, firstPass: readonly Example[], model: Weights): Map<string, number> {
  return typeMasksOf(doc.lines.map((line, position) => ({ infos: line.infos, labels: predict(firstPass[position]!, model) })));
}

/** First-pass history of every training document, from a model that never saw it. */
function jackknifedHistory(docs: PreparedDoc[], firstPass: Example[][], featureCount: number): Map<string, number>[] {
  const masks: Map<string, number>[] = [];
  for (const fold of [0, 1]) {
    const model = new Perceptron(featureCount).train(firstPass.filter((_doc, position) => position % 2 !== fold).flat(), FOLD_EPOCHS);
    docs.forEach((doc, position) => {
      if (position % 2 === fold) masks[position] = historyOf(doc, firstPass[position]!, model);
    });
  }
  return masks;
}

/** Entity scores of two-pass tagging. */
function evaluate(docs: PreparedDoc[], index: FeatureIndex, model: Weights): Scores {
  const scores: Scores = new Map();
  for (const doc of docs) {
    const masks = historyOf(doc, examplesOf(doc, index, null), model);
    for (const example of examplesOf(doc, index, masks)) countEntities(example.gold, predict(example, model), scores);
  }
  return scores;
}

interface Quantized {
  scale: number;
  keys: string[];
  bytes: Int8Array;
  transitions: number[];
}

/** Keeps features with a weight of at least PRUNE_SHARE of the largest, rounded to int8 steps. */
function quantize(index: FeatureIndex, { weights, transitions }: Weights): Quantized {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127;
  const kept = [...index.ids].filter(([, id]) => rowMax(weights, id) >= PRUNE_SHARE * largest).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const bytes = new Int8Array(kept.length * LABEL_COUNT);
  kept.forEach(([, id], row) => {
    for (let label = 0; label < LABEL_COUNT; label++) bytes[row * LABEL_COUNT + label] = Math.round(weights[id * LABEL_COUNT + label]! / scale);
  });
  return { scale, keys: kept.map(([key]) => key), bytes, transitions: Array.from(transitions, (value) => Math.max(-127, Math.min(127, Math.round(value / scale)))) };
}

function rowMax(weights: Float32Array | Float64Array, id: number): number {
  let largest = 0;
  for (let label = 0; label < LABEL_COUNT; label++) largest = Math.max(largest, Math.abs(weights[id * LABEL_COUNT + label]!));
  return largest;
}

/** Dense weights over the training index as the quantized model sees them (for checking on testa). */
function dequantized(index: FeatureIndex, model: Quantized): Weights {
  const weights = new Float32Array(index.ids.size * LABEL_COUNT);
  model.keys.forEach((key, row) => {
    const id = index.ids.get(key)!;
    for (let label = 0; label < LABEL_COUNT; label++) weights[id * LABEL_COUNT + label] = model.bytes[row * LABEL_COUNT + label]! * model.scale;
  });
  return { weights, transitions: Float64Array.from(model.transitions, (value) => value * model.scale) };
}

function writeModel(model: Quantized & { commonWords: string[]; firstNames: string[]; clusters: string[][] }): void {
  const file = {
    format: 'names-perceptron/1',
    labels: [...LABELS],
    scale: model.scale,
    transitions: model.transitions,
    commonWords: model.commonWords.join(' '),
    firstNames: model.firstNames.join(' '),
    clusters: model.clusters.map((words) => words.join(' ')),
    keys: model.keys,
    weights: Buffer.from(model.bytes.buffer).toString('base64'),
  };
  const text = `${JSON.stringify(file)}\n`;
  writeFileSync(join(MODEL_DIR, 'model.json'), text);
  const sha256 = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(MODEL_DIR, 'model.sha256.json'), `${JSON.stringify({ file: 'model.json', sha256, bytes: Buffer.byteLength(text) }, null, 2)}\n`);
  console.log(`model.json: ${model.keys.length} features, ${model.commonWords.length} common words, ${model.firstNames.length} first names, ${model.clusters.length} word clusters, ${Buffer.byteLength(text)} bytes, sha256 ${sha256}`);
}

function main(): void {
  const started = Date.now();
  const commonWords = commonWordsOf(readConll(readFileSync(join(DATA, 'eng.train'), 'utf8')).flat().map((sentence) => sentence.words));
  const texts = CORPORA.map(({ path, every }) => readDocs(path, every));
  const firstNames = firstNamesOf(texts.flat(2), commonWords, FIRST_NAME_MINIMUM);
  const clusterWords = wordClustersOf(texts.flat(2).map((sentence) => sentence.words), CLUSTERS);
  const clusters = new Map(clusterWords.flatMap((words, cluster) => words.map((word) => [word, cluster] as const)));
  console.log(`${clusterWords.length} word clusters of ${clusters.size} words in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const corpora = prepareCorpora(texts, commonWords, clusters);
  const trainDocs = corpora.flat();
  const index = new FeatureIndex();
  for (let mask = 0; mask < HISTORY_MASKS; mask++) historyFeatures(mask).forEach((key) => index.idOf(key));
  const firstPass = trainDocs.map((doc) => examplesOf(doc, index, null));
  const masks = jackknifedHistory(trainDocs, firstPass, index.ids.size);
  const secondPass = trainDocs.map((doc, position) => examplesOf(doc, index, masks[position]!));
  index.growing = false;
  console.log(`${trainDocs.length} training documents, ${index.ids.size} features; history in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const trained = new Perceptron(index.ids.size).train([...repeated(firstPass, corpora), ...repeated(secondPass, corpora)], EPOCHS);
  const checkDocs = readDocs(join(DATA, 'eng.testa')).map((doc) => prepare(doc, commonWords, firstNames, clusters));
  console.log(`testa:\n${formatScores(evaluate(checkDocs, index, trained))}`);
  const model = { ...quantize(index, trained), commonWords: [...commonWords].sort(), firstNames: [...firstNames].sort(), clusters: clusterWords };
  console.log(`quantized testa:\n${formatScores(evaluate(checkDocs, index, dequantized(index, model)))}`);
  writeModel(model);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
