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
