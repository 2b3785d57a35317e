/** Full calendar dates as page headers print them: the publication date is read from such a line. */
import { isoDate, monthNumber } from '../calendar';
import { LineMemo } from './lineMemo';

const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** "Nov 19, 2019", "Nov. 19 2019", "November 18th, 2019". */
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
/** "19 November 2019", "18 NOV 2019", "Wednesday 20 November 2019". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.? (${MONTH})\\.?,? (\\d{4})\\b`, 'i');
/**
 * Month names of Portuguese, Spanish, French, Italian, German, Dutch, Scandinavian, Indonesian, Romanian and Turkish
 * pages, and the forms Russian, Ukrainian, Polish and Czech write after a day ("19 ноября 2019"), January first.
 */
const LOCAL_MONTHS = [
  'janeiro|enero|janvier|gennaio|januar|jänner|januari|ianuarie|ocak|января|січня|stycznia|ledna',
  'fevereiro|febrero|février|fevrier|febbraio|februar|februari|februarie|şubat|subat|февраля|лютого|lutego|února|unora',
  'março|marco|marzo|mars|märz|marz|maart|maret|marts|martie|mart|марта|березня|marca|března|brezna',
  'abril|avril|aprile|april|aprilie|nisan|апреля|квітня|kwietnia|dubna',
  'maio|mayo|mai|maggio|mei|maj|mayıs|mayis|мая|травня|maja|května|kvetna',
  'junho|junio|juin|giugno|juni|iunie|haziran|июня|червня|czerwca|června|cervna',
  'julho|julio|juillet|luglio|juli|iulie|temmuz|июля|липня|lipca|července|cervence',
  'agosto|août|aout|august|augustus|agustus|augusti|ağustos|agustos|августа|серпня|sierpnia|srpna',
  'setembro|septiembre|setiembre|septembre|settembre|september|septembrie|eylül|eylul|сентября|вересня|września|wrzesnia|září|zari',
  'outubro|octubre|octobre|ottobre|oktober|octombrie|ekim|октября|жовтня|października|pazdziernika|října|rijna',
  'novembro|noviembre|novembre|november|nopember|noiembrie|kasım|kasim|ноября|листопада|listopada|listopadu',
  'dezembro|diciembre|décembre|decembre|dicembre|dezember|december|desember|decembrie|aralık|aralik|декабря|грудня|grudnia|prosince',
];
/** "22 de outubro de 2010", "5 de mayo de 2019", "20 novembre 2019", "20. November 2019". */
const LOCAL_DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er|º)?\\.?\\s+(?:de\\s+)?(${LOCAL_MONTHS.join('|')})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`, 'iu');
/** "2019-11-19", "2019-11-19T12:48:14Z", "2016.12.01", "2018/10/09", and "2019. 11. 19." as Korean pages space it. */
const YEAR_FIRST = /(?<![\d.])(\d{4})([-./]|\.\s)(\d{1,2})\2(\d{1,2})(?![\d])/;
/** "11/19/19", "27/09/2018", "13.06.2014", "19-11-2019": day and month order read from the numbers (a dash only before a four-digit year). */
const NUMERIC = /(?<![\d./-])(\d{1,2})(?:([/.])(\d{1,2})\2(\d{4}|\d{2})|(-)(\d{1,2})-(\d{4}))(?![\d./-])/;
/** "2019年11月19日", "2019년 11월 19일": Chinese, Japanese and Korean pages write year, month and day with their signs. */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;

/** Copyright ranges and model numbers are not publication years; page dates fall in this span. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

const fullDates = new LineMemo(readFullDate);

/** The first full calendar date (with its year) written in a line, as ISO, or null. */
export function parseFullDate(text: string): string | null {
  if (!/\d/.test(text)) return null;
  return fullDates.get(text);
}

function readFullDate(text: string): string | null {
  const found = [monthFirst(text), dayFirst(text), localDayFirst(text), yearFirst(text), numeric(text), cjk(text)].filter((match): match is DateAt => match !== null);
  found.sort((a, b) => a.index - b.index);
  return found[0]?.iso ?? null;
}

interface DateAt {
  index: number;
  iso: string;
}

function dateAt(index: number, year: number, month: number, day: number): DateAt | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const iso = isoDate(year, month, day);
  return iso ? { index, iso } : null;
}

function monthFirst(text: string): DateAt | null {
  const match = MONTH_DAY_YEAR.exec(text);
  return match ? dateAt(match.index, Number(match[3]), monthNumber(match[1]!), Number(match[2])) : null;
}

function dayFirst(text: string): DateAt | null {
  const match = DAY_MONTH_YEAR.exec(text);
  return match ? dateAt(match.index, Number(match[3]), monthNumber(match[2]!), Number(match[1])) : null;
}

function localDayFirst(text: string): DateAt | null {
  const match = LOCAL_DAY_MONTH_YEAR.exec(text);
  if (!match) return null;
  const month = LOCAL_MONTHS.findIndex((names) => names.split('|').includes(match[2]!.toLowerCase())) + 1;
  return month > 0 ? dateAt(match.index, Number(match[3]), month, Number(match[1])) : null;
}

function yearFirst(text: string): DateAt | null {
  const match = YEAR_FIRST.exec(text);
  return match ? dateAt(match.index, Number(match[1]), Number(match[3]), Number(match[4])) : null;
}

/** "96" is 1996 and "19" is 2019: two-digit years from 70 on are of the last century (no page date before 1990 is taken anyway). */
function fullYear(twoDigits: number): number {
  return twoDigits >= 70 ? 1900 + twoDigits : 2000 + twoDigits;
}

/** A number above 12 can only be the day; otherwise month first, as US pages write it. */
function numeric(text: string): DateAt | null {
  const match = NUMERIC.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[3] ?? match[6]);
  const written = match[4] ?? match[7]!;
  const year = written.length === 2 ? fullYear(Number(written)) : Number(written);
  return first > 12 ? dateAt(match.index, year, second, first) : dateAt(match.index, year, first, second);
}

/** Every numeric date of a page, and every date with its month named, to read the order it writes day and month in. */
const NUMERIC_ALL = new RegExp(NUMERIC.source, 'g');
const DAY_FIRST_NAMED = [new RegExp(DAY_MONTH_YEAR.source, 'gi'), new RegExp(LOCAL_DAY_MONTH_YEAR.source, 'giu')];
const MONTH_FIRST_NAMED = new RegExp(MONTH_DAY_YEAR.source, 'gi');

/**
 * "05/11/2019" is 5 November on a page that writes "27/09/2018" elsewhere: the line's first full date, with a
 * numeric date whose day and month could be either read in the order the page's other numeric dates show
 * (day first when more of them can only be read so). Month first, as US pages write, when the page shows none.
 */
export function parseFullDateOnPage(text: string, pageText: string): string | null {
  const iso = parseFullDate(text);
  const match = iso === null ? null : NUMERIC.exec(text);
  const first = Number(match?.[1]);
  const second = Number(match?.[3] ?? match?.[6]);
  if (!match || first > 12 || second > 12 || first === second || numeric(text)?.iso !== iso || !writesDayFirst(pageText)) return iso;
  const written = match[4] ?? match[7]!;
  return isoDate(written.length === 2 ? fullYear(Number(written)) : Number(written), second, first) ?? iso;
}

/** The page's dates that can only be read day first ("27/09/2018", "19 November 2019") outnumber those read month first. */
function writesDayFirst(pageText: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const match of pageText.matchAll(NUMERIC_ALL)) {
    if (Number(match[1]) > 12) dayFirst++;
    else if (Number(match[3] ?? match[6]) > 12) monthFirst++;
  }
  for (const named of DAY_FIRST_NAMED) dayFirst += [...pageText.matchAll(named)].length;
  monthFirst += [...pageText.matchAll(MONTH_FIRST_NAMED)].length;
  return dayFirst > monthFirst;
}

function cjk(text: string): DateAt | null {
  const match = CJK_DATE.exec(text);
  return match ? dateAt(match.index, Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** A clock time or an age ("10:31 pm", "1 day ago"): stamp lines carry one even without a full date. */
const TIME_STAMP = /\b\d{1,2}:\d{2}\b|\b\d+ (?:minutes?|hours?|days?) ago\b/i;

/** A short line that stamps the page: a full date or a clock time, at most a few other words around it. */
export function isStampLine(text: string, words: number): boolean {
  return words <= 24 && (parseFullDate(text) !== null || TIME_STAMP.test(text));
}
