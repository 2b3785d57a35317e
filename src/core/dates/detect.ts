/** Finds every date expression of a document and resolves it against the publication date. */
import type { SeedDocument } from '../document';
import type { DateMention } from '../types';
import { ABSOLUTE_RULES } from './absolute';
import { type Day, parseIsoDay } from './calendar';
import { documentYear, holdsWithYearOnly } from './inferYear';
import { NAMED_RULES } from './named';
import { RELATIVE_RULES } from './relative';
import { type DateRule, type Resolution, type RuleContext, fitsNumberStart } from './rule';
import { type RuleStarts, ruleStarts, ruleWordTable } from './startWords';

const RULES: readonly DateRule[] = [...ABSOLUTE_RULES, ...NAMED_RULES, ...RELATIVE_RULES];
const RULE_WORDS = ruleWordTable(RULES);
/** Sticky copies of the patterns of rules with start words or numbers, tried at one offset at a time. */
const STICKY: readonly (RegExp | null)[] = RULES.map((rule) =>
  (rule.startWords || rule.startsAtNumber ? new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y') : null));

/** A numeric date whose first part cannot be a month ("29/08/2025") or that uses dots shows a day-first document. */
const DAY_FIRST_EVIDENCE = /(?<![\d./-])(?:(?:1[3-9]|2\d|3[01])\/\d{1,2}\/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])/;

interface Candidate extends Resolution {
  start: number;
  end: number;
  /** Index of the rule in RULES, and where its match starts (`start` may lie after it). */
  rule: number;
  from: number;
}

/**
 * Every rule's matches, rule by rule and each rule's in text order, as a global scan of its pattern
 * finds them. A rule with start words (or numbers) is tried only at their offsets, skipping those
 * inside its previous match: the same matches, since every match starts at one of them. A rule with
 * required words is not tried when the text has none of them.
 */
function collectCandidates(context: RuleContext, starts: RuleStarts, only?: ReadonlyMap<number, readonly number[]>): Candidate[] {
  const candidates: Candidate[] = [];
  RULES.forEach((rule, index) => {
    if (!starts.runs[index] || (only && !only.has(index))) return;
    const sticky = STICKY[index];
    if (sticky) {
      let next = 0;
      const number = rule.startsAtNumber;
      const offsets = only?.get(index) ?? starts.offsets[index]!;
      // Indexed, not for…of: on a date-dense text the iterator's result objects were a fifth of the dates' garbage.
      for (let at = 0; at < offsets.length; at++) {
        const offset = offsets[at]!;
        if (offset < next || (number && !fitsNumberStart(context.text, offset, number))) continue;
        sticky.lastIndex = offset;
        const match = sticky.exec(context.text);
        if (match) next = addCandidate(candidates, rule, index, match, context);
      }
      return;
    }
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(context.text); match; match = rule.pattern.exec(context.text)) {
      if (match[0].length === 0) {
        // An empty match would never advance the scan: step over it rather than loop forever.
        rule.pattern.lastIndex++;
        continue;
      }
      addCandidate(candidates, rule, index, match, context);
    }
  });
  return candidates;
}

/** Adds the match's candidate when the rule resolves it; returns where the match ends. */
function addCandidate(candidates: Candidate[], rule: DateRule, index: number, match: RegExpExecArray, context: RuleContext): number {
  const end = match.index + match[0].length;
  const resolution = rule.resolve(match, context);
  // Spelled out rather than spread: a literal of fixed shape is made several times faster.
  if (resolution) candidates.push({ value: resolution.value, precision: resolution.precision, relative: resolution.relative, start: resolution.start ?? match.index, end, rule: index, from: match.index });
  return end;
}

/** Of overlapping candidates, the one starting first wins, and of those the longest. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  let reachedEnd = -1;
  for (let at = 0; at < candidates.length; at++) {
    const candidate = candidates[at]!;
    if (candidate.start < reachedEnd) continue;
    chosen.push(candidate);
    reachedEnd = candidate.end;
  }
  return chosen;
}

export function detectDates(document: SeedDocument, published: string | null): DateMention[] {
  const text = document.text;
  const dayFirst = DAY_FIRST_EVIDENCE.test(text);
  const reference = parseIsoDay(published);
  // Where rules may start depends on the text alone: found once, for both passes.
  const starts = ruleStarts(text, RULE_WORDS);
  const candidates = collectCandidates({ text, reference, dayFirst }, starts);
  // Sorted in place by start: rulesAtUnresolved puts each rule's offsets back in order when it runs.
  const found = selectNonOverlapping(candidates);
  const mentions = found.map((candidate): DateMention => ({
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    value: candidate.value,
    precision: candidate.precision,
    relative: candidate.relative,
  }));
  if (!reference && mentions.some((mention) => mention.value === null)) inferValues(mentions, text, dayFirst, starts, rulesAtUnresolved(mentions, candidates));
  return mentions;
}

/**
 * Each rule that matched where a mention stayed unresolved, with where those matches start: only
 * they can resolve it against a year (a match does not depend on the reference), so a date-dense text
 * is not matched twice over. Rules that scan the whole text run whole again (their offsets are unused).
 */
function rulesAtUnresolved(mentions: readonly DateMention[], candidates: readonly Candidate[]): Map<number, number[]> {
  const unresolved = new Set(mentions.flatMap((mention) => (mention.value === null ? [mention.start] : [])));
  const rules = new Map<number, number[]>();
  for (const candidate of candidates) {
    if (!unresolved.has(candidate.start)) continue;
    const offsets = rules.get(candidate.rule);
    if (offsets) offsets.push(candidate.from);
    else rules.set(candidate.rule, [candidate.from]);
  }
  // collectCandidates reads each rule's offsets in text order; the candidates come sorted by where their dates start, which may lie before the match (a weekday).
  for (const offsets of rules.values()) offsets.sort((a, b) => a - b);
  return rules;
}

/** Without a publication date, year-less and relative dates are resolved against the year the text establishes. */
function inferValues(mentions: DateMention[], text: string, dayFirst: boolean, starts: RuleStarts, rules: ReadonlyMap<number, readonly number[]>): void {
  const year = documentYear(text);
  if (year === null) return;
  const yearEnd: Day = { year, month: 12, day: 31 };
  const resolved = new Map<number, Candidate>();
  for (const candidate of collectCandidates({ text, reference: yearEnd, dayFirst }, starts, rules)) {
    const known = resolved.get(candidate.start);
    if (!known || candidate.end > known.end) resolved.set(candidate.start, candidate);
  }
  for (const mention of mentions) {
    if (mention.value !== null) continue;
    const candidate = resolved.get(mention.start);
    if (!candidate || candidate.end !== mention.end || candidate.value === null || !holdsWithYearOnly(mention.text, candidate.precision)) continue;
    // A named month's day falls in the inferred year itself: the text says no more than that year.
    mention.value = candidate.precision === 'year' ? candidate.value : `${String(year).padStart(4, '0')}${candidate.value.slice(4)}`;
    mention.precision = candidate.precision;
    mention.inferred = true;
  }
}
