/**
 * Planets and moons are places (as a reader, and the labels, take them): science pages name
 * Jupiter, Europa or Enceladus in sentences where the tagger, taught by 1996 news and web text
 * with few of them, reads a lone capitalized word as a surname or a company, or as no name. A
 * one-word person or organization that is a body of the solar system is the place, unless the
 * document gives a fuller name of that type with the word ("Bruno Mars", "Mars Inc"), where it is
 * that person or company. Once a document names one body so, it is about space: every other body
 * it writes with a capital, alone, is a place too ("Saturn's moon Enceladus"). A person's name
 * holds no "of", "the" or "and": a heading the tagger took for a person ("Icy Moon of Jupiter") is
 * no fuller name of the body.
 */
import { mayNamePerson } from './cues';
import type { RawMention } from './mentions';
import { rawMention, withAddedMentions } from './mentions';
import { MentionSpans } from './spanIndex';

/** The planets, the dwarf planets and the larger moons. */
const BODY_NAMES = [
  'Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto', 'Ceres', 'Eris',
  'Europa', 'Ganymede', 'Callisto', 'Io', 'Titan', 'Enceladus', 'Triton', 'Phobos', 'Deimos', 'Charon',
];
const BODIES = new Set(BODY_NAMES.map((name) => name.toLowerCase()));

/** A body's name as a whole word, not run into another capitalized word ("Mars Reconnaissance Orbiter", "Titan Submarine"). */
const BODY_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${BODY_NAMES.join('|')})(?![\\p{L}\\p{N}]|\\s+\\p{Lu})`, 'gu');

export function typeSolarSystemBodies(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  const body = (mention: RawMention) => mention.words.length === 1 && BODIES.has(mention.key);
  if (!mentions.some(body)) return mentions;
  // "mars|person": the word is part of a fuller name of that type in the document.
  const fuller = new Set<string>();
  for (const { words, type } of mentions) {
    if (words.length < 2 || (type === 'person' && !mayNamePerson(words))) continue;
    for (const word of words) fuller.add(`${word}|${type}`);
  }
  const typed = mentions.map((mention) => (body(mention) && mention.type !== 'place' && !fuller.has(`${mention.key}|${mention.type}`) ? { ...mention, type: 'place' as const } : mention));
  if (!typed.some((mention) => body(mention) && mention.type === 'place')) return typed;
  const added: RawMention[] = [];
  const typedSpans = new MentionSpans(typed);
  for (const match of text.matchAll(BODY_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!fuller.has(`${match[0].toLowerCase()}|person`) && !typedSpans.overlaps(start, end)) {
      added.push(rawMention([{ text: match[0], start, end }], 'place', 'normal'));
    }
  }
  return withAddedMentions(typed, added);
}
