/** Words and punctuation of an attribution's context, with document offsets. */

export interface Token {
  text: string;
  start: number;
  end: number;
  isWord: boolean;
}

const ABBREVIATION = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Sr|Jr|St|Hon|Gens|Reps|Sens|U\.S|U\.N|D\.C|[A-Z](?:\.[A-Z])+)\.$/;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
const WORD = 1;
const SPACING = 2;
const MARK = 3;
/** Per UTF-16 code unit above ASCII: 0 not yet known, else WORD, SPACING or MARK. */
const CLASS_OF = new Uint8Array(0x10000);

function classOf(char: string): number {
  return LETTER_OR_DIGIT.test(char) ? WORD : SPACE.test(char) ? SPACING : MARK;
}

/** The class of the code point at `index`: a letter or digit, white space, or anything else. */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return WORD;
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? SPACING : MARK;
  }
  if (code >= 0xd800 && code <= 0xdfff) return classOf(String.fromCodePoint(text.codePointAt(index)!));
  let known = CLASS_OF[code]!;
  if (known === 0) {
    known = classOf(String.fromCharCode(code));
    CLASS_OF[code] = known;
  }
  return known;
}

/** Whether the code point at `index` is a letter or digit (`[\p{L}\p{N}]` in a Unicode pattern). */
export function isLetterOrDigitAt(text: string, index: number): boolean {
  return classAt(text, index) === WORD;
}

/** UTF-16 length of the code point at `index`. */
export function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;
}

/** End of the run of letters and digits from `index`. */
export function endOfLettersAndDigits(text: string, index: number): number {
  while (index < text.length && classAt(text, index) === WORD) index += widthAt(text, index);
  return index;
}

/**
 * End of the word starting at `start`: letters and digits, inner apostrophes, hyphens and periods
 * each followed by more of them, and one trailing period (a dotted initial or abbreviation).
 */
function endOfWord(text: string, start: number): number {
  let end = endOfLettersAndDigits(text, start);
  while (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && classAt(text, end + 1) === WORD) end = endOfLettersAndDigits(text, end + 1);
  return text.charCodeAt(end) === 0x2e ? end + 1 : end;
}

/**
 * Tokens of `text`, which starts at document offset `base`; a trailing period stays only on abbreviations.
 * One scan of character codes: every quotation's context is tokenized, several times.
 */
export function tokenize(text: string, base: number): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < text.length; ) {
    const kind = classAt(text, index);
    if (kind === SPACING) {
      index++;
      continue;
    }
    const end = kind === WORD ? endOfWord(text, index) : index + widthAt(text, index);
    const start = base + index;
    let word = text.slice(index, end);
    index = end;
    const isWord = kind === WORD;
    if (isWord && word.endsWith('.') && !ABBREVIATION.test(word)) {
      word = word.slice(0, -1);
      tokens.push({ text: word, start, end: start + word.length, isWord });
      tokens.push({ text: '.', start: start + word.length, end: start + word.length + 1, isWord: false });
      continue;
    }
    tokens.push({ text: word, start, end: start + word.length, isWord });
  }
  return tokens;
}

/** Here rather than in `isCapitalized`: the build turns a Unicode-property literal into a `new RegExp` per call. */
const CAPITAL_START = /^\p{Lu}/u;

export function isCapitalized(token: Token): boolean {
  return token.isWord && CAPITAL_START.test(token.text);
}
