/** Rules for dates that carry their own calendar values: ISO and numeric dates, month names, years. */
import { isValidDay, occurrenceYear } from './calendar';
import { type DateRule, type Resolution, type RuleContext, constantNumberRule, constantRule, dayResolution, isClockTime, monthResolution, startingAt, vague, wordList, wordsBefore, yearResolution } from './rule';
import { tenseAround } from './tense';
import { GAP, MONTH, MONTH_WORDS, SHORT_WEEKDAY, WEEKDAY, countValue, monthNumber } from './words';

/** A weekday before a date belongs to it: "Friday, August 29, 2025". */
const LEADING_WEEKDAY = new RegExp(`\\b(?:${WEEKDAY}|${SHORT_WEEKDAY})\\.?,?${GAP}$`);
const ORDINAL = '(?:st|nd|rd|th)?';
/** A day number must not run into a decimal, a percentage or a clock time ("May 5.5", "Oct 3:30"). */
const NOT_A_MEASURE = '(?![.,:]\\d|\\s*%)';

/** A day of `month`, in `year` when the text gives it, else in the year around the reference that fits. */
function resolveMonthDay(match: RegExpExecArray, year: number | null, month: number | undefined, day: number, context: RuleContext): Resolution | null {
  if (month === undefined) return null;
  const start = match.index - (wordsBefore(context.text, match.index, LEADING_WEEKDAY)?.[0].length ?? 0);
  if (year !== null) return isValidDay(year, month, day) ? startingAt(dayResolution({ year, month, day }, false), start) : null;
  if (!isValidDay(2000, month, day) || isClockTime(context.text, start, start)) return null;
  const reference = context.reference;
  if (!reference) return startingAt(vague(true), start);
  const tense = tenseAround(context.text, start, match.index + match[0].length);
  const inferred = occurrenceYear(month, day, reference, tense === 'future');
  return isValidDay(inferred, month, day) ? startingAt(dayResolution({ year: inferred, month, day }, true), start) : null;
}

const DIGITS = '0123456789';

const yearOf = (digits: string | undefined): number | null => (digits ? Number(digits) : null);

/** "2025-08-29", "2025/08/29", the date of "2025-08-29T10:24:00Z"; of the seed header "date 2025-08-29" the date alone, as a reader lists it. */
const isoDate: DateRule = {
  pattern: /\b(\d{4})([-/])(\d{2})\2(\d{2})(?![\d/-])/g,
  startsAtNumber: { min: 4, max: 4, next: '-/' },
  resolve(match) {
    const date = { year: Number(match[1]), month: Number(match[3]), day: Number(match[4]) };
    if (!isValidDay(date.year, date.month, date.day)) return null;
    return dayResolution(date, false);
  },
};

/** "08/29/2025", "29.08.2025", "8/29/25": month first unless the document writes days first. */
const numericDate: DateRule = {
  pattern: /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g,
  startsAtNumber: { min: 1, max: 2, next: '/.-' },
  resolve(match, context) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const digits = match[4] ?? '';
    if (digits.length === 2 && match[2] !== '/') return null;
    const shortYear = Number(digits);
    const year = digits.length === 4 ? shortYear : shortYear < 50 ? 2000 + shortYear : 1900 + shortYear;
    const dayFirst = context.dayFirst || match[2] === '.' || first > 12;
    const [day, month] = dayFirst ? [first, second] : [second, first];
    return isValidDay(year, month, day) ? dayResolution({ year, month, day }, false) : null;
  },
};

/** "August 29, 2025", "Friday, Aug. 29", "May 8". */
const monthDay: DateRule = {
  pattern: new RegExp(`\\b(${MONTH})\\b\\.?${GAP}(\\d{1,2})${ORDINAL}\\b${NOT_A_MEASURE}(?:,?${GAP}(\\d{4})\\b)?`, 'g'),
  startWords: MONTH_WORDS,
  afterStartWord: DIGITS,
  resolve: (match, context) => resolveMonthDay(match, yearOf(match[3]), monthNumber(match[1] ?? ''), Number(match[2]), context),
};

/** "29 August 2025", "8th of May", "Friday 29 Aug". */
const dayMonth: DateRule = {
  pattern: new RegExp(`(?<![\\d.,$])\\b(\\d{1,2})${ORDINAL}${GAP}(?:of${GAP})?(${MONTH})\\b\\.?(?:,?${GAP}(\\d{4})\\b)?`, 'g'),
  // An ordinal's first letter or the gap's first character.
  startsAtNumber: { min: 1, max: 2, next: 'snrt \t\r\n' },
  resolve: (match, context) => resolveMonthDay(match, yearOf(match[3]), monthNumber(match[2] ?? ''), Number(match[1]), context),
};

/** "January 1998", "Oct. 1989", "May of 2010". */
const monthYear: DateRule = {
  pattern: new RegExp(`\\b(${MONTH})\\b\\.?,?${GAP}(?:of${GAP})?(\\d{4})\\b(?![.,]\\d)`, 'g'),
  startWords: MONTH_WORDS,
  // The year, or "of".
  afterStartWord: `${DIGITS}o`,
  resolve(match) {
    const month = monthNumber(match[1] ?? '');
    return month === undefined ? null : monthResolution(Number(match[2]), month, false);
  },
};

/** Words that make a following 4-digit number a count rather than a year. */
const COUNTED = '(?:people|persons|troops|soldiers|percent|pounds|tons|tonnes|feet|meters|metres|miles|kilometers|kilometres|dollars|euros|yen|shares|votes|points|residents|students|workers|employees|jobs|cases|deaths|units|cars|homes|acres|hectares|barrels|delegates|members|children|families|refugees|crore|lakh|million|billion|thousand|hundred|km|kg|MW|GW)';

/** "1990", "in 2027", "mid-1990", "post-1959"; not "$1990", "1,990", "1990.5", "2000 people". */
const year: DateRule = {
  pattern: new RegExp(`(?<![$#£€₹\\d.,/]|\\d-)\\b(1[6-9]\\d\\d|20\\d\\d)\\b(?![.,]\\d|\\s*%|-year|\\s+${COUNTED}\\b)`, 'g'),
  startsAtNumber: { min: 4, max: 4 },
  resolve: (match, context) => (isModelOrCopyright(context.text, match.index) ? null : yearResolution(Number(match[1]), false)),
};

/** "GTX 1660", "RTX 2080" (a product code before the number); "©1996-2019", "Copyright 2019" (a rights notice, not an event). */
const MODEL_CODE = /(?<![\w-])(?!(?:AD|BC|BCE|CE|FY|CY|US|UK|EU|UN)\b)[A-Z]{2,5}[ -]?$/;
const RIGHTS_NOTICE = /(?:©|ⓒ|\([cC]\)|\b[Cc]opyright)\s*(?:\d{4}\s*[-–]\s*)?$/;

function isModelOrCopyright(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return MODEL_CODE.test(before) || RIGHTS_NOTICE.test(before);
}

/** "the 1990s", "early 1990s", "the '90s", "the nineties", "20th century": dates without a calendar value. */
const DECADE_OR_CENTURY: readonly DateRule[] = [
  constantNumberRule(/\b(?:1[6-9]|20)\d0['’]?s\b/g, vague(false), { min: 4, max: 4, next: "'’s" }),
  constantRule(/['’]\d0s\b/g, vague(false)),
  constantRule(/\b(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b/g, vague(false), undefined,
    'twenties thirties forties fifties sixties seventies eighties nineties'),
  constantNumberRule(/\b\d{1,2}(?:st|nd|rd|th)[\s-]+[Cc]entury\b/g, vague(false), { min: 1, max: 2, next: 'snrt' }, 'century Century'),
];

/** Years said in words, as in broadcast transcripts: "nineteen seventy-nine", "the year two thousand". */
const spelledYear: DateRule = {
  pattern: /\b(?:[Nn]ineteen[\s-]+((?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)|(?:the\s+)?year\s+two\s+thousand(?:\s+and\s+([a-z]+))?)\b/g,
  startWords: wordList('Nineteen nineteen the year'),
  // "twen…" to "nine…" after "nineteen", "year" after "the", "two" after "year".
  afterStartWord: 'tfseny',
  resolve(match) {
    if (match[1]) {
      const rest = countValue(match[1]);
      return rest === undefined ? null : yearResolution(1900 + rest, false);
    }
    const rest = match[2] ? countValue(match[2]) : 0;
    return rest === undefined ? null : yearResolution(2000 + rest, false);
  },
};

export const ABSOLUTE_RULES: readonly DateRule[] = [isoDate, numericDate, monthDay, dayMonth, monthYear, year, ...DECADE_OR_CENTURY, spelledYear];
