/**
 * The committed tagger weights (model.json, written by `npm run train:names`): feature keys, one
 * row of int8 weights per key (base64), and the label transitions, all scaled by `scale`.
 */
import { LABEL_COUNT } from './features';
import modelFile from './model.json';
import ordinaryFile from './ordinary.json';
import { ABSENT, type Allocate, type PackedParts, PackedStrings, privateMemory } from './packedStrings';
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
  firstNames: PackedStrings;
  /** Lower-cased word -> its cluster (see ModelFile.clusters). */
  clusters: WordClusters;
  /** English words that are not names, beyond commonWords (ordinary.json, see scripts/ordinary-words.ts). */
  ordinaryWords: PackedStrings;
}

/**
 * A decoded model as worker threads receive it: strings and typed arrays, which structured cloning
 * shares when they are on a SharedArrayBuffer (readModel with sharedMemory). A thread that decoded
 * the model itself held 5 MB of arrays and the file's 2.4 MB parse (see modelFromParts).
 */
export interface ModelParts {
  rows: PackedParts;
  weights: Float32Array;
  transitions: Float32Array;
  commonWords: string;
  firstNames: PackedParts;
  clusters: ClusterParts;
  ordinaryWords: PackedParts;
}

interface ClusterParts {
  words: PackedParts;
  clusterOfWord: Uint16Array;
}

/** ModelFile.clusters as a WordNumbers, packed. */
class WordClusters implements WordNumbers {
  private readonly words: PackedStrings;
  private readonly clusterOfWord: Uint16Array;

  /** The file's clusters, or the parts of a WordClusters made in another thread. */
  constructor(clusters: readonly string[] | ClusterParts, allocate: Allocate) {
    if (Array.isArray(clusters)) {
      const words = (clusters as readonly string[]).map((list) => list.split(' '));
      this.words = new PackedStrings(words.flat(), allocate);
      const clusterOfWord = words.flatMap((list, cluster) => list.map(() => cluster));
      this.clusterOfWord = new Uint16Array(allocate(2 * clusterOfWord.length));
      this.clusterOfWord.set(clusterOfWord);
    } else {
      const parts = clusters as ClusterParts;
      this.words = new PackedStrings(parts.words);
      this.clusterOfWord = parts.clusterOfWord;
    }
  }

  get parts(): ClusterParts {
    return { words: this.words.parts, clusterOfWord: this.clusterOfWord };
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

/** `allocate`: where the model's typed arrays live (sharedMemory for a model worker threads will receive, see ModelParts). */
export function readModel(file: ModelFile, ordinaryWords: string, allocate = privateMemory): NamesModel {
  if (file.transitions.length !== TRANSITION_SIZE) throw new Error('names model: wrong transition table size');
  const bytes = new Int8Array(decodeBase64(file.weights).buffer);
  if (bytes.length !== file.keys.length * LABEL_COUNT) throw new Error('names model: weights do not match keys');
  const weights = new Float32Array(allocate(4 * bytes.length));
  for (let index = 0; index < bytes.length; index++) weights[index] = bytes[index]! * file.scale;
  return {
    rows: new PackedStrings(file.keys, allocate),
    weights,
    transitions: Float32Array.from(file.transitions, (value) => value * file.scale),
    // A few hundred words, asked by many rules: a Set (commonWordsOf makes them too).
    commonWords: new Set(file.commonWords.split(' ')),
    firstNames: new PackedStrings(file.firstNames.split(' '), allocate),
    clusters: new WordClusters(file.clusters, allocate),
    ordinaryWords: new PackedStrings(ordinaryWords.split(' '), allocate),
  };
}

/** The bundled model, decoded (a few milliseconds). */
export function loadNamesModel(allocate = privateMemory): NamesModel {
  return readModel(modelFile as ModelFile, ordinaryFile.words, allocate);
}

export function modelParts(model: NamesModel): ModelParts {
  return {
    rows: model.rows.parts,
    weights: model.weights,
    transitions: model.transitions,
    commonWords: [...model.commonWords].join(' '),
    firstNames: model.firstNames.parts,
    clusters: model.clusters.parts,
    ordinaryWords: model.ordinaryWords.parts,
  };
}

/** The model another thread decoded, from its parts: no file read or parsed, no arrays of this thread's own when they are shared. */
export function modelFromParts(parts: ModelParts): NamesModel {
  return {
    rows: new PackedStrings(parts.rows),
    weights: parts.weights,
    transitions: parts.transitions,
    commonWords: new Set(parts.commonWords.split(' ')),
    firstNames: new PackedStrings(parts.firstNames),
    clusters: new WordClusters(parts.clusters, privateMemory),
    ordinaryWords: new PackedStrings(parts.ordinaryWords),
  };
}
