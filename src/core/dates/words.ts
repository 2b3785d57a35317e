/** Month, weekday and number words, and the regular-expression sources built from them. */

const MONTH_NUMBERS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const WEEKDAY_NUMBERS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** Space between the words of a date: may break a line once, never cross a blank line. */
export const GAP = '(?:[ \\t]+(?:\\r?\\n[ \\t]*)?|\\r?\\n[ \\t]*)';
/** Capitalised full month names and their abbreviations (the abbreviation may take a period). */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
/** The words of MONTH, for `DateRule.startWords`. */
export const MONTH_WORDS: readonly string[] = MONTH.slice(3, -1).split('|');
export const FULL_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** The words of FULL_MONTH, for `DateRule.startWords`. */
export const FULL_MONTH_WORDS: readonly string[] = FULL_MONTH.slice(3, -1).split('|');
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** The words of WEEKDAY, for `DateRule.startWords`. */
export const WEEKDAY_WORDS: readonly string[] = WEEKDAY.slice(3, -1).split('|');
export const SHORT_WEEKDAY = '(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)';
/** A count written in digits or words, up to the tens ("two", "41", "twenty-one"). */
export const COUNT = '(?:\\d{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen|(?:[Tt]wen|[Tt]hir|[Ff]or|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)ty(?:-[a-z]+)?)';

export function monthNumber(word: string): number | undefined {
  return MONTH_NUMBERS[word.toLowerCase().replace('.', '')];
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_NUMBERS[word.toLowerCase()];
}

/** "41" -> 41, "a" -> 1, "twenty-one" -> 21; undefined for anything else. */
export function countValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const [tens, units] = word.toLowerCase().split('-');
  const value = COUNT_WORDS[tens ?? ''];
  if (value === undefined || units === undefined) return value;
  const unitValue = COUNT_WORDS[units];
  return unitValue !== undefined && unitValue < 10 && value >= 20 ? value + unitValue : undefined;
}
