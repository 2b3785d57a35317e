/** Rules for named days and months without a year: weekdays, bare months, holidays. */
import { type Day, addDays, nearestYear, occurrenceYear, weekdayOf } from './calendar';
import { type DateRule, type Resolution, type RuleContext, dayResolution, isClockTime, monthResolution, startingAt, vague, wordList, wordsBefore } from './rule';
import { type Tense, tenseAround } from './tense';
import { FULL_MONTH, FULL_MONTH_WORDS, WEEKDAY, WEEKDAY_WORDS, monthNumber, weekdayNumber } from './words';

/** Days from `reference` to the weekday, by "last"/"next" or else by the tense of its sentence. */
function weekdayOffset(target: number, reference: Day, modifier: string, future: () => boolean): number {
  const forward = (target - weekdayOf(reference) + 7) % 7;
  const backward = forward === 0 ? 0 : forward - 7;
  if (modifier === 'last') return backward === 0 ? -7 : backward;
  if (modifier === 'next') return forward === 0 ? 7 : forward;
  if (modifier === 'this') return Math.abs(backward) < forward ? backward : forward;
  return future() ? forward : backward;
}

const WEEKDAY_MODIFIER = /\b(last|next|this|early|late)\s+$/i;

/** "Friday", "on Sunday", "last Monday", "Friday's", "Sunday night". */
const weekday: DateRule = {
  pattern: new RegExp(`\\b(${WEEKDAY})\\b(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?`, 'g'),
  startWords: WEEKDAY_WORDS,
  resolve(match, context) {
    const end = match.index + match[0].length;
    const modifier = wordsBefore(context.text, match.index, WEEKDAY_MODIFIER);
    const start = modifier ? match.index - modifier[0].length : match.index;
    if (isClockTime(context.text, start, end)) return null;
    const target = weekdayNumber(match[1] ?? '');
    const reference = context.reference;
    if (target === undefined) return null;
    if (!reference) return startingAt(vague(true), start);
    const direction = (modifier?.[1] ?? '').toLowerCase();
    const offset = weekdayOffset(target, reference, direction, () => tenseAround(context.text, start, end) === 'future');
    return startingAt(dayResolution(addDays(reference, offset), true), start);
  },
};

/** "May" and "March" are verbs and nouns too: alone, they are months only after one of these. */
const MONTH_CUE_BEFORE = /\b(?:in|since|until|till|by|from|through|to|during|before|after|between|of|early|late|mid|last|this|next|past)[\s-]+$/i;
/** A month followed by a capitalised word is more likely a name ("June Carter", "March for Life"). */
const NAME_AFTER = /^\s+(?:[A-Z][a-z]|for\b|of\s+the\b)/;

function isMonthName(name: string, context: RuleContext, start: number, end: number): boolean {
  if (MONTH_CUE_BEFORE.test(context.text.slice(Math.max(0, start - 10), start))) return true;
  if (name === 'May' || name === 'March') return false;
  return !NAME_AFTER.test(context.text.slice(end, end + 12));
}

function monthYearFor(month: number, reference: Day, modifier: string, tense: () => Tense | null): number {
  if (modifier === 'last' || /^this\s+past$/.test(modifier)) return month < reference.month ? reference.year : reference.year - 1;
  if (modifier === 'next') return month > reference.month ? reference.year : reference.year + 1;
  if (modifier === 'this') return reference.year;
  if (month === reference.month) return reference.year;
  return occurrenceYear(month, 1, reference, tense() === 'future');
}

const MONTH_MODIFIER = /\b(last|next|this(?:\s+past)?|early|late|mid)[\s-]+$/i;

/** "October", "in March", "last May", "early December", "this past September". */
const bareMonth: DateRule = {
  pattern: new RegExp(`\\b(${FULL_MONTH})\\b`, 'g'),
  startWords: FULL_MONTH_WORDS,
  resolve(match, context) {
    const name = match[1] ?? '';
    const end = match.index + match[0].length;
    const modifier = wordsBefore(context.text, match.index, MONTH_MODIFIER);
    if (!modifier && !isMonthName(name, context, match.index, end)) return null;
    const start = modifier ? match.index - modifier[0].length : match.index;
    const month = monthNumber(name);
    if (month === undefined) return null;
    if (!context.reference) return startingAt(vague(true), start);
    const direction = (modifier?.[1] ?? '').toLowerCase();
    const year = monthYearFor(month, context.reference, direction, () => tenseAround(context.text, start, end));
    return startingAt(monthResolution(year, month, true), start);
  },
};

/** Day of the fourth Thursday of November (US Thanksgiving). */
function thanksgivingDay(year: number): number {
  const firstWeekday = weekdayOf({ year, month: 11, day: 1 });
  return 1 + ((4 - firstWeekday + 7) % 7) + 21;
}

const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24],
  "new year's day": [1, 1], "new year's eve": [12, 31],
};

function holidayResolution(name: string, context: RuleContext): Resolution | null {
  const reference = context.reference;
  if (!reference) return vague(true);
  if (name.startsWith('thanksgiving')) {
    const year = nearestYear(11, 25, reference);
    return dayResolution({ year, month: 11, day: thanksgivingDay(year) }, true);
  }
  const fixed = FIXED_HOLIDAYS[name];
  if (!fixed) return null;
  const [month, day] = fixed;
  return dayResolution({ year: nearestYear(month, day, reference), month, day }, true);
}

/** "Thanksgiving Day", "Christmas Eve", "New Year's Day". */
const holiday: DateRule = {
  pattern: /\b(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?)\b/g,
  startWords: wordList('Christmas New Thanksgiving'),
  resolve: (match, context) => holidayResolution(match[0].toLowerCase().replace(/\s+/g, ' ').replace('’', "'"), context),
};

export const NAMED_RULES: readonly DateRule[] = [weekday, bareMonth, holiday];
