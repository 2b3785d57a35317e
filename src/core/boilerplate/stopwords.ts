/**
 * The most frequent function words of the languages seen in scraped news (English, Spanish,
 * Portuguese, Italian, French, German, Dutch, Indonesian, Russian). Prose is dense in them in any
 * of these languages; menus and link lists are not (jusText's key signal). Scripts without spaces
 * (Chinese, Japanese) and Korean, whose particles attach to words, are judged by punctuation instead.
 */
const WORDS = [
  // English
  'a an the and or but of to in on at by for with from as is are was were be been being has have had do does did',
  'it its this that these those he she they we you i his her their our your him them who which what when where',
  'not no will would can could should may might must there than then so if into about after before over also',
  'said says one more most some such only just up out new all other because while during through against',
  'between under again here how why very own same both each few any until off down now my me us like',
  'get got make made many well even back last still way told two first time year years people since',
  // Spanish, Portuguese
  'el la los las un una unos unas y o de del al en con por para que es son fue se su sus lo como más pero',
  'o a os as um uma uns umas e do da dos das no na nos nas em com por para que é são foi se seu sua mais mas ao',
  'não também ou pelo pela este esta isso',
  // Italian, French
  'il lo gli le un uno una di da del della dei delle nel nella con per che è sono non si come anche più ma',
  'le la les un une des du de et ou en dans sur pour par avec qui que est sont pas ce cette il elle ils au aux',
  // German, Dutch
  'der die das den dem des ein eine einer und oder zu im mit von für auf ist sind war nicht sich auch es als',
  'de het een en van in op te met voor is zijn dat die niet ook aan als bij',
  // Indonesian
  'yang dan di ke dari untuk dengan ini itu dalam tidak akan ada pada juga oleh karena atau sebagai telah',
  // Russian
  'и в во не что он она они на я с со как а то все его но да ты к у же вы за бы по только ее мне было',
  'это из от о так для при мы их или уже был была были ещё еще который которые также',
];

const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.join(' ').split(' '));

/** No stop word is longer; longer words skip the lookup. */
export const MAX_STOP_WORD_LENGTH = 12;
/** A code unit that no stop word holds: stands for characters whose lower case is not one code unit. */
const NO_MATCH = 0xffff;
/** Per UTF-16 code unit above ASCII, its lower case (`toLowerCase` of it alone); 0 until first needed. */
const LOWER_CASE = new Uint16Array(0x10000);

/** The lower case of one code unit, as `toLowerCase` gives it; NO_MATCH when that is longer. */
function lowerCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  let lower = LOWER_CASE[code]!;
  if (lower === 0) {
    const lowered = String.fromCharCode(code).toLowerCase();
    lower = lowered.length === 1 ? lowered.charCodeAt(0) : NO_MATCH;
    LOWER_CASE[code] = lower;
  }
  return lower;
}

/**
 * One step of the hash of a word's lower-cased code units, taken while the word is scanned:
 * `STOP_WORD_HASH_START`, then this for each code unit (a word longer than MAX_STOP_WORD_LENGTH needs none).
 */
export function stopWordHashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + lowerCode(code)) | 0;
}

export const STOP_WORD_HASH_START = 0;

/**
 * Stop words by the hash of their code units in an open-addressing table, so that a word of the
 * text is looked up without making a string of it, and faster than a Map: slots hold an index
 * into WORD_LIST plus one, 0 for an empty slot.
 */
const WORD_LIST = [...STOP_WORDS];
const SLOT_COUNT = 2048;
const SLOT_MASK = SLOT_COUNT - 1;
const SLOT_WORD = new Uint16Array(SLOT_COUNT);
const SLOT_HASH = new Int32Array(SLOT_COUNT);

function hashOf(word: string): number {
  let hash = STOP_WORD_HASH_START;
  for (let i = 0; i < word.length; i++) hash = stopWordHashStep(hash, word.charCodeAt(i));
  return hash;
}

WORD_LIST.forEach((word, index) => {
  const hash = hashOf(word);
  let slot = hash & SLOT_MASK;
  while (SLOT_WORD[slot] !== 0) slot = (slot + 1) & SLOT_MASK;
  SLOT_WORD[slot] = index + 1;
  SLOT_HASH[slot] = hash;
});

/**
 * Whether text[start, end), lower-cased, is a stop word (`STOP_WORDS.has(slice.toLowerCase())`);
 * `hash` is its hash from `stopWordHashStep`.
 */
export function isStopWordAt(text: string, start: number, end: number, hash: number): boolean {
  const length = end - start;
  if (length > MAX_STOP_WORD_LENGTH) return false;
  for (let slot = hash & SLOT_MASK; SLOT_WORD[slot] !== 0; slot = (slot + 1) & SLOT_MASK) {
    if (SLOT_HASH[slot] !== hash) continue;
    const word = WORD_LIST[SLOT_WORD[slot]! - 1]!;
    if (word.length === length && sameLowered(text, start, word)) return true;
  }
  return false;
}

function sameLowered(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (lowerCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}
