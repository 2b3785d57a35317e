/**
 * American datelines: a story's first line opens with where it was filed, the city and the state's
 * abbreviation in AP style, then a dash ("DEKALB, Ill. (AP) — Mike Glass threw", "Dekalb, Ill. —").
 * Both are places. The tagger, taught on 1996 wire datelines ("AL-AIN, United Arab Emirates
 * 1996-12-06", see link.ts), often misses the abbreviation and takes the city for anything else.
 */
import type { RawMention } from './mentions';
import { mentionEnd, rawMention, withAddedMentions } from './mentions';
import { tokenizeLine } from './tokenize';

/** The states as AP style abbreviates them in datelines (the short ones are written in full). */
const STATES = [
  'Ala.', 'Alaska', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Hawaii', 'Idaho', 'Ill.', 'Ind.', 'Iowa', 'Kan.',
  'Ky.', 'La.', 'Maine', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.',
  'N.D.', 'Ohio', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Texas', 'Utah', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
];
const escaped = STATES.map((state) => state.replace(/\./g, '\\.')).join('|');
/** At a line's start: one to three capitalized words, a comma, the state, an optional agency in brackets, a dash. */
const DATELINE = new RegExp(`^(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}), (${escaped})(?: \\([\\p{Lu}\\p{L} ]{2,20}\\))? [—–-]{1,2} `, 'gmu');
/** What every DATELINE match holds (a comma, a short capitalized word, a dash), tested first: most texts have no dateline of this kind. */
const DASH_AFTER_STATE = /, \p{Lu}[\p{L}.]{1,5}(?: \([^)\n]{2,20}\))? [—–-]/u;

/** The mentions with the city and state of every American dateline places (retyped, or added where the tagger missed them). */
export function markStateDatelines(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  if (!DASH_AFTER_STATE.test(text)) return mentions;
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(DATELINE)) {
    spans.push({ start: match.index, end: match.index + match[1]!.length });
    const state = match.index + match[0].indexOf(`, ${match[2]!}`) + 2;
    spans.push({ start: state, end: state + match[2]!.length });
  }
  if (spans.length === 0) return mentions;
  const typed = mentions.map((mention) => {
    const exact = spans.some(({ start, end }) => mention.tokens[0]!.start === start && mentionEnd(mention) === end);
    return exact && mention.type !== 'place' ? { ...mention, type: 'place' as const } : mention;
  });
  const added = spans
    .filter(({ start, end }) => !mentions.some((mention) => mention.tokens[0]!.start < end && start < mentionEnd(mention)))
    .map(({ start, end }) => rawMention(tokenizeLine(text.slice(start, end), start), 'place', 'normal'));
  return withAddedMentions(typed, added);
}
