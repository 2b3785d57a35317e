/**
 * Document-level consistency and linking: one type per written form (majority of its
 * mentions, body lines counting more than headlines), short forms linked to the fullest form of
 * the same entity ("Putin" -> "Vladimir Putin", "Xi" -> "Xi Jinping") and acronyms to the name
 * they abbreviate ("SCO" -> "Shanghai Cooperation Organisation").
 */
import type { NameMention, NameType } from '../types';
import type { RawMention } from './mentions';

interface Form {
  /** Lower-cased words. */
  words: string[];
  /** How the form is written, from a body line when there is one. */
  display: string;
  fromBody: boolean;
  votes: Map<NameType, number>;
  type: NameType;
  count: number;
  first: number;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const FOLLOWED_BY_ACRONYM = /^\s*\(\s*(\p{Lu}{2,6})\s*\)/u;

export function linkMentions(raw: readonly RawMention[], text: string): NameMention[] {
  const forms = new Map<string, Form>();
  raw.forEach((mention, order) => addMention(forms, mention, text, order));
  for (const form of forms.values()) form.type = majorityType(form.votes);
  typeNamePartsAsPeople(forms);
  const acronyms = acronymTargets(raw, forms, text);
  const containing = formsByWord(forms);
  const canonical = new Map<string, Form>();
  for (const [key, form] of forms) canonical.set(key, acronyms.get(key) ?? fullestForm(form, containing));
  return raw.map((mention) => {
    const key = keyOf(mention);
    const target = canonical.get(key)!;
    const start = mention.tokens[0]!.start;
    const end = mention.tokens[mention.tokens.length - 1]!.end;
    return { start, end, text: text.slice(start, end), type: target.type, canonical: target.display };
  });
}

function keyOf(mention: RawMention): string {
  return mention.tokens.map((token) => token.text.toLowerCase()).join(' ');
}

function addMention(forms: Map<string, Form>, mention: RawMention, text: string, order: number): void {
  const key = keyOf(mention);
  const fromBody = mention.style === 'normal';
  const display = text.slice(mention.tokens[0]!.start, mention.tokens[mention.tokens.length - 1]!.end).replace(/\s+/g, ' ');
  let form = forms.get(key);
  if (!form) {
    form = { words: key.split(' '), display, fromBody, votes: new Map(), type: mention.type, count: 0, first: order };
    forms.set(key, form);
  } else if (fromBody && !form.fromBody) {
    form.display = display;
    form.fromBody = true;
  }
  form.count++;
  form.votes.set(mention.type, (form.votes.get(mention.type) ?? 0) + (fromBody ? 1 : 0.5));
}

function majorityType(votes: Map<NameType, number>): NameType {
  let best: NameType = 'person';
  let bestVotes = -1;
  for (const [type, count] of votes) {
    if (count > bestVotes) {
      best = type;
      bestVotes = count;
    }
  }
  return best;
}

/** A lone word that opens or closes a person's full name is that person ("Xi", "Putin"). */
function typeNamePartsAsPeople(forms: Map<string, Form>): void {
  const nameParts = new Set<string>();
  for (const form of forms.values()) {
    if (form.type !== 'person' || form.words.length < 2) continue;
    nameParts.add(form.words[0]!);
    nameParts.add(form.words[form.words.length - 1]!);
  }
  for (const form of forms.values()) {
    if (form.words.length === 1 && nameParts.has(form.words[0]!)) form.type = 'person';
  }
}

/** Word -> the forms of more than one word that contain it (the candidates for a fuller form). */
function formsByWord(forms: Map<string, Form>): Map<string, Form[]> {
  const index = new Map<string, Form[]>();
  for (const form of forms.values()) {
    if (form.words.length < 2) continue;
    for (const word of new Set(form.words)) {
      const list = index.get(word);
      if (list) list.push(form);
      else index.set(word, [form]);
    }
  }
  return index;
}

/** The longest form of the same type whose words contain this form's words in a row. */
function fullestForm(form: Form, containing: Map<string, Form[]>): Form {
  let best = form;
  for (const other of containing.get(form.words[0]!) ?? []) {
    if (other.type !== form.type || other.words.length <= form.words.length) continue;
    if (!containsRun(other.words, form.words)) continue;
    if (other.words.length > best.words.length || (other.words.length === best.words.length && other.count > best.count)) best = other;
  }
  return best;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, index) => words[start + index] === word)) return true;
  }
  return false;
}

/** Acronym forms -> the form they abbreviate: "Full Name (ACR)" in the text, or matching initials. */
function acronymTargets(raw: readonly RawMention[], forms: Map<string, Form>, text: string): Map<string, Form> {
  const targets = new Map<string, Form>();
  for (const mention of raw) {
    if (mention.tokens.length < 2) continue;
    const form = forms.get(keyOf(mention))!;
    const after = FOLLOWED_BY_ACRONYM.exec(text.slice(mention.tokens[mention.tokens.length - 1]!.end, mention.tokens[mention.tokens.length - 1]!.end + 12));
    const acronyms = [initialsOf(mention)];
    if (after) acronyms.push(after[1]!);
    for (const acronym of acronyms) {
      const key = acronym.toLowerCase();
      if (forms.has(key) && !targets.has(key)) targets.set(key, form);
    }
  }
  for (const [key, form] of forms) {
    if (!ACRONYM.test(form.display)) targets.delete(key);
  }
  return targets;
}

function initialsOf(mention: RawMention): string {
  return mention.tokens
    .map((token) => token.text.charAt(0))
    .filter((initial) => /\p{Lu}/u.test(initial))
    .join('');
}
