/**
 * The committed tagger weights (model.json, written by `npm run train:names`): feature keys, one
 * row of int8 weights per key (base64), and the label transitions, all scaled by `scale`.
 */
import { LABEL_COUNT } from './features';
import modelFile from './model.json';
import ordinaryFile from './ordinary.json';
import { TRANSITION_SIZE } from './viterbi';

export interface ModelFile {
  format: 'names-perceptron/1';
  labels: string[];
  /** Multiply a stored integer weight by this to get the trained weight. */
  scale: number;
  transitions: number[];
  /** Space-separated lower-case words that are ordinary words, not names (see commonWordsOf). */
  commonWords: string;
  /** Space-separated lower-case first names learned from the training corpora (the `first` list of gazetteer.ts). */
  firstNames: string;
  /** Word clusters (the `k=` features), each its lower-case words space-separated; a word's cluster is its index here. */
  clusters: string[];
  keys: string[];
  /** base64 of keys.length * LABEL_COUNT signed bytes. */
  weights: string;
}

export interface NamesModel {
  /** Feature key -> index of its row in `weights`. */
  rows: Map<string, number>;
  weights: Float32Array;
  transitions: Float32Array;
  commonWords: Set<string>;
  firstNames: Set<string>;
  /** Lower-cased word -> its cluster (see ModelFile.clusters). */
  clusters: Map<string, number>;
  /** English words that are not names, beyond commonWords (ordinary.json, see scripts/ordinary-words.ts). */
  ordinaryWords: Set<string>;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 without Node's Buffer or the DOM's atob (the engine runs in both worlds). */
export function decodeBase64(text: string): Uint8Array {
  const values = new Uint8Array(128);
  for (let index = 0; index < BASE64.length; index++) values[BASE64.charCodeAt(index)] = index;
  const length = text.replace(/=+$/, '').length;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let written = 0;
  for (let index = 0; index < length; index++) {
    bits = ((bits << 6) | values[text.charCodeAt(index)]!) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[written++] = (bits >> bitCount) & 0xff;
    }
  }
  return bytes;
}

export function readModel(file: ModelFile, ordinaryWords: string): NamesModel {
  if (file.transitions.length !== TRANSITION_SIZE) throw new Error('names model: wrong transition table size');
  const bytes = new Int8Array(decodeBase64(file.weights).buffer);
  if (bytes.length !== file.keys.length * LABEL_COUNT) throw new Error('names model: weights do not match keys');
  const weights = new Float32Array(bytes.length);
  for (let index = 0; index < bytes.length; index++) weights[index] = bytes[index]! * file.scale;
  const rows = new Map<string, number>();
  file.keys.forEach((key, row) => rows.set(key, row));
  return {
    rows,
    weights,
    transitions: Float32Array.from(file.transitions, (value) => value * file.scale),
    commonWords: new Set(file.commonWords.split(' ')),
    firstNames: new Set(file.firstNames.split(' ')),
    clusters: new Map(file.clusters.flatMap((words, cluster) => words.split(' ').map((word) => [word, cluster] as const))),
    ordinaryWords: new Set(ordinaryWords.split(' ')),
  };
}

/** The bundled model, decoded (a few milliseconds). */
export function loadNamesModel(): NamesModel {
  return readModel(modelFile as ModelFile, ordinaryFile.words);
}
