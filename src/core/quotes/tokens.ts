/** Words and punctuation of an attribution's context, with document offsets. */

export interface Token {
  text: string;
  start: number;
  end: number;
  isWord: boolean;
}

/** A word (letters, digits, inner apostrophes and hyphens, a dotted initial or abbreviation) or one mark. */
const TOKEN = /([\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*\.?)|[^\s\p{L}\p{N}]/gu;
const ABBREVIATION = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Sr|Jr|St|Hon|Gens|Reps|Sens|U\.S|U\.N|D\.C|[A-Z](?:\.[A-Z])+)\.$/;

/** Tokens of `text`, which starts at document offset `base`; a trailing period stays only on abbreviations. */
export function tokenize(text: string, base: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = base + match.index;
    let word = match[0];
    const isWord = match[1] !== undefined;
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

export function isCapitalized(token: Token): boolean {
  return token.isWord && /^\p{Lu}/u.test(token.text);
}
