/**
 * The committed tagger weights (model.json, written by `npm run train:names`): feature keys, one
 * row of int8 weights per key (base64), and the label transitions, all scaled by `scale`.
 */
import { LABEL_COUNT } from './features';
import modelFile from './model.json';
import ordinaryFile from './ordinary.json';
import { ABSENT, PackedStrings } from './packedStrings';
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

/** A list of words asked whether it holds one (a Set, or packed: PackedStrings). */
export interface WordList {
  has(word: string): boolean;
}

/** Word -> number (a Map, or packed: WordClusters). */
export interface WordNumbers {
  get(word: string): number | undefined;
}

export interface NamesModel {
  /** The feature keys: a key's place in the list is the index of its row in `weights`. */
  rows: PackedStrings;
  weights: Float32Array;
  transitions: Float32Array;
  commonWords: Set<string>;
  firstNames: WordList;
  /** Lower-cased word -> its cluster (see ModelFile.clusters). */
  clusters: WordNumbers;
  /** English words that are not names, beyond commonWords (ordinary.json, see scripts/ordinary-words.ts). */
  ordinaryWords: WordList;
}

/** ModelFile.clusters as a WordNumbers, packed. */
class WordClusters implements WordNumbers {
  private readonly words: PackedStrings;
  private readonly clusterOfWord: Uint16Array;

  constructor(clusters: readonly string[]) {
    const words = clusters.map((list) => list.split(' '));
    this.words = new PackedStrings(words.flat());
    this.clusterOfWord = Uint16Array.from(words.flatMap((list, cluster) => list.map(() => cluster)));
  }

  get(word: string): number | undefined {
    const index = this.words.indexOf(word);
    return index === ABSENT ? undefined : this.clusterOfWord[index];
  }
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
  return {
    rows: new PackedStrings(file.keys),
    weights,
    transitions: Float32Array.from(file.transitions, (value) => value * file.scale),
    // A few hundred words, asked by many rules: a Set (commonWordsOf makes them too).
    commonWords: new Set(file.commonWords.split(' ')),
    firstNames: new PackedStrings(file.firstNames.split(' ')),
    clusters: new WordClusters(file.clusters),
    ordinaryWords: new PackedStrings(ordinaryWords.split(' ')),
  };
}

/** The bundled model, decoded (a few milliseconds). */
export function loadNamesModel(): NamesModel {
  return readModel(modelFile as ModelFile, ordinaryFile.words);
}
