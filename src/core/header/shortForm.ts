/** Short forms of a publication's name ("L.A. Times", "CT Post") and the full name the page also prints. */

/** A word written as initials or a capital abbreviation: "L.A.", "CT", "NY". */
const ABBREVIATION = /^(?:(?:\p{Lu}\.){2,4}|\p{Lu}{2,4})$/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "L.A." -> "Los Angeles" (one capitalized word per letter) or "CT" -> "Connecticut" (one word holding the letters in order). */
function abbreviationPattern(word: string): string {
  const letters = word.replace(/\./g, '').split('');
  const initials = letters.map((letter) => `${letter}\\p{Ll}+`).join(' ');
  const contracted = `${letters[0]}${letters.slice(1).map((letter) => `\\p{Ll}*${letter.toLowerCase()}`).join('')}\\p{Ll}*`;
  return `(?:${initials}|${contracted})`;
}

/**
 * The name in full when it holds an abbreviation and the page prints the expanded name
 * (in its copyright line, a footer): readers and catalogues know the publication by that name.
 */
export function fullForm(name: string, text: string): string {
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.some((word) => ABBREVIATION.test(word))) return name;
  const pattern = words.map((word) => (ABBREVIATION.test(word) ? abbreviationPattern(word) : escape(word))).join('\\s+');
  return new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'u').exec(text)?.[0] ?? name;
}

/** Small words a name's initials skip: "Foreign Policy" is FP, "The Wall Street Journal" WSJ. */
const SKIPPED = /^(?:the|of|and|&|for|a|an)$/i;

/**
 * "FP" when the page also names "Foreign Policy": of `names`, the one whose capitalized words' initials
 * spell the abbreviation and that `accepts` (readers and catalogues know the publication by its name in full). Null without one.
 */
export function spelledOut(abbreviation: string, names: readonly string[], accepts: (name: string) => boolean = () => true): string | null {
  if (!ABBREVIATION.test(abbreviation)) return null;
  const letters = abbreviation.replace(/\./g, '');
  return (
    names.find((name) => {
      const words = name.split(/\s+/).filter((word) => !SKIPPED.test(word));
      return words.length === letters.length && words.every((word, at) => /^\p{Lu}\p{Ll}/u.test(word) && word[0] === letters[at]) && accepts(name);
    }) ?? null
  );
}
