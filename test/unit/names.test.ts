import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSeedDocument } from '../../src/core/document';
import { detectNames } from '../../src/core/names';
import { LABEL_COUNT, analyseLine, wordInfoOf } from '../../src/core/names/features';
import { dropPluralAcronyms, markDefinedAcronyms } from '../../src/core/names/acronyms';
import { keptWordInfo } from '../../src/core/names/cues';
import { timeZoneCities } from '../../src/core/names/cities';
import { markJoinedOrganizations } from '../../src/core/names/coordination';
import { markAgencyCredits } from '../../src/core/names/credits';
import { isAcronym } from '../../src/core/names/cues';
import { completeOrganizationHeads } from '../../src/core/names/heads';
import { linkMentions } from '../../src/core/names/link';
import { type RawMention, mentionsOf, rawMention } from '../../src/core/names/mentions';
import { decodeBase64, loadNamesModel } from '../../src/core/names/model';
import { markPronounPeople } from '../../src/core/names/pronouns';
import { splitJoinedNames } from '../../src/core/names/split';
import { markHeadlineSubjects } from '../../src/core/names/subjects';
import { markTitledPeople } from '../../src/core/names/titles';
import { tokenizeLine } from '../../src/core/names/tokenize';
import { labelledNames, taggedLine } from './taggedLines';
import { ORDINARY_FILE, ordinaryWordsFile } from '../../scripts/ordinary-words';
import type { NameMention, NameType } from '../../src/core/types';

const MODEL_DIR = join(__dirname, '../../src/core/names');

function names(text: string): string[] {
  return detectNames(toSeedDocument(text)).map((name) => `${name.type}:${name.text}`);
}

function seedNames(file: string): NameMention[] {
  return detectNames(toSeedDocument(readFileSync(join(__dirname, '../fixtures', file), 'utf8')));
}

test('the committed model is the one the training command wrote (sha256)', () => {
  const recorded = JSON.parse(readFileSync(join(MODEL_DIR, 'model.sha256.json'), 'utf8')) as { sha256: string };
  const actual = createHash('sha256').update(readFileSync(join(MODEL_DIR, 'model.json'))).digest('hex');
  assert.equal(actual, recorded.sha256);
});

test('the committed ordinary-word list is the one scripts/ordinary-words.ts writes', () => {
  assert.equal(readFileSync(ORDINARY_FILE, 'utf8'), ordinaryWordsFile());
  const { ordinaryWords } = loadNamesModel();
  // English words, but not those the training news writes as names more often than not.
  for (const word of ['tragedy', 'feasibility', 'petrochemical']) assert.ok(ordinaryWords.has(word), word);
  for (const word of ['china', 'turkey']) assert.ok(!ordinaryWords.has(word), word);
});

test('a word the training news capitalizes only inside names of other kinds ("Grand Slams") stays ordinary', () => {
  const { ordinaryWords } = loadNamesModel();
  assert.ok(ordinaryWords.has('slams'));
  assert.deepEqual(names('Opposition Leader Slams Budget Over Delayed Payments And Broken Promises'), []);
  assert.deepEqual(names("Italy's Giulia Ferri Slams Porn Site For Sharing Her Doctored Photos"), ['place:Italy', 'person:Giulia Ferri']);
});

test('a title-case headline\'s ordinary words are not names', () => {
  const found = names('Minister Says Feasibility Study For Coal Terminal Was Delayed By Terrible Storm\n\nThe study was published on Monday by the ministry.');
  for (const junk of ['Feasibility', 'Study', 'Coal', 'Terminal', 'Storm', 'Terrible']) assert.ok(!found.some((name) => name.includes(junk)), `${junk} in ${found.join(', ')}`);
  assert.ok(names('Floods In Pavlodar Force Evacuation Of Three Villages After Heavy Rain\n').includes('place:Pavlodar'));
});

test('a headline may keep its prepositions in lower case, however long', () => {
  const found = names('- Scandal Over NATO Drones Escalates with Baltic Link and Legal Concerns\n');
  assert.ok(!found.some((name) => /Escalates|Scandal|Concerns/.test(name)), found.join(', '));
  assert.ok(found.some((name) => name.endsWith(':NATO')), found.join(', '));
});

test('a headline quoting words of another language is still read as a headline', () => {
  const found = names("'Pyaar Panchnama Zindagi Dobara Milegi': Rohan Mehra's Estranged Brother Says Feud Goes Viral\n");
  assert.ok(!found.some((name) => /Estranged|Goes|Viral|Feud/.test(name)), found.join(', '));
  const english = names("US Senator Says 'Terrible Tragedy' Could Have Been Avoided By Better Planning\n");
  assert.ok(!found.some((name) => /Tragedy/.test(name)) && !english.some((name) => /Tragedy|Terrible/.test(name)), english.join(', '));
});

test('an acronym is two to six capitals of any script', () => {
  for (const word of ['PTI', 'AN', 'NYMEX', 'ÖVP', 'ФСБ']) assert.ok(isAcronym(word), word);
  for (const word of ['P', 'Pti', 'ÖVp', 'NYMEXES', 'G7', 'Фсб']) assert.ok(!isAcronym(word), word);
});

test('the model loads with a weight row per feature key and a full transition table', () => {
  const model = loadNamesModel();
  assert.ok(model.rows.size > 1000);
  assert.equal(model.weights.length, model.rows.size * LABEL_COUNT);
  assert.equal(model.transitions.length, (LABEL_COUNT + 1) * LABEL_COUNT);
  assert.ok(model.commonWords.has('said'));
});

test('base64 decoding matches Node', () => {
  const bytes = Uint8Array.from([0, 1, 127, 128, 200, 255, 7]);
  assert.deepEqual(decodeBase64(Buffer.from(bytes).toString('base64')), bytes);
});

test('tokens split off possessives, brackets and sentence periods but keep abbreviations', () => {
  const words = tokenizeLine("Bitar's save (Reuters) in the U.S. and Mr. Smith left U.S..", 0).map((token) => token.text);
  assert.deepEqual(words, ['Bitar', "'s", 'save', '(', 'Reuters', ')', 'in', 'the', 'U.S.', 'and', 'Mr.', 'Smith', 'left', 'U.S.', '.']);
});

test('token offsets point into the line', () => {
  const line = 'He met “Putin’s” aides.';
  for (const token of tokenizeLine(line, 10)) assert.equal(line.slice(token.start - 10, token.end - 10), token.text);
});

test('a title before a name is not part of it', () => {
  assert.deepEqual(names('President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday.'), [
    'person:Vladimir Putin', 'person:Xi Jinping', 'place:Beijing',
  ]);
});

test('"X said" and places in a quotation line', () => {
  assert.deepEqual(names('"We will win," Jose Mourinho said after the match in London.'), ['person:Jose Mourinho', 'place:London']);
});

test('lists of names', () => {
  assert.deepEqual(names('Angela Merkel, Emmanuel Macron and Boris Johnson signed the agreement.'), [
    'person:Angela Merkel', 'person:Emmanuel Macron', 'person:Boris Johnson',
  ]);
  assert.deepEqual(names('Leaders from France, Germany and Italy met at the European Union headquarters in Brussels.'), [
    'place:France', 'place:Germany', 'place:Italy', 'organization:European Union', 'place:Brussels',
  ]);
});

test('names at the start of a sentence', () => {
  assert.deepEqual(names('Microsoft said on Tuesday it would buy a stake in the company.'), ['organization:Microsoft']);
});

test('an all-caps headline', () => {
  assert.deepEqual(names('SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP.'), ['place:JAPAN', 'place:SYRIA']);
});

test('short forms link to the fullest form, and a lone surname is the person', () => {
  const found = detectNames(toSeedDocument('President Vladimir Putin met Xi Jinping.\nPutin said the talks went well, and Xi agreed.'));
  assert.deepEqual(found.map((name) => `${name.type}:${name.text}=>${name.canonical}`), [
    'person:Vladimir Putin=>Vladimir Putin', 'person:Xi Jinping=>Xi Jinping', 'person:Putin=>Vladimir Putin', 'person:Xi=>Xi Jinping',
  ]);
});

test('an acronym in brackets links to the name it abbreviates', () => {
  const found = detectNames(toSeedDocument('The Shanghai Cooperation Organisation (SCO) meets in Tianjin. The SCO has ten members.'));
  const acronyms = found.filter((name) => name.text === 'SCO');
  assert.equal(acronyms.length, 2);
  for (const name of acronyms) assert.equal(name.canonical, 'Shanghai Cooperation Organisation');
});

test('mention text is the document text at its offsets', () => {
  const text = 'Salem Bitar\'s save kept Syria in the game.\r\nBitar was named man of the match.';
  for (const name of detectNames(toSeedDocument(text))) assert.equal(text.slice(name.start, name.end), name.text);
});

test('a seat of power speaking with the article is the institution; a country speaking stays a place', () => {
  assert.deepEqual(names('The Kremlin said on Monday that Russia said it would not attend.'), ['organization:Kremlin', 'place:Russia']);
  assert.deepEqual(names('Last week the Elysee hosted the talks, as the Elysee noted on Friday.'), ['organization:Elysee', 'organization:Elysee']);
});

/** Raw mentions of the given `[words, type]` pairs, in a text that is just those words, one mention per line. */
function rawMentions(style: RawMention['style'], ...mentions: [string, NameType][]): { raw: RawMention[]; text: string } {
  let text = '';
  const raw = mentions.map(([words, type]) => {
    const tokens = words.split(' ').map((word) => {
      const token = { text: word, start: text.length, end: text.length + word.length };
      text += `${word} `;
      return token;
    });
    text += '\n';
    return rawMention(tokens, type, style);
  });
  return { raw, text };
}

test('a company short form takes the type of its registered name', () => {
  const { raw, text } = rawMentions('normal', ['Newmont Mining Corp', 'organization'], ['Newmont', 'place'], ['Newmont', 'place'], ['New York', 'place']);
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.type}:${name.text}=>${name.canonical}`), [
    'organization:Newmont Mining Corp=>Newmont Mining Corp', 'organization:Newmont=>Newmont Mining Corp',
    'organization:Newmont=>Newmont Mining Corp', 'place:New York=>New York',
  ]);
});

test('a lone word is a person when a person named with it says so, not when a heading with "of" was taken for one', () => {
  const { raw, text } = rawMentions('normal', ['Dana Kell', 'person'], ['Kell', 'organization'], ['Moon of Varnis', 'person'], ['Varnis', 'organization']);
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.type}:${name.text}`), [
    'person:Dana Kell', 'person:Kell', 'person:Moon of Varnis', 'organization:Varnis',
  ]);
});

test('a person "of" a place or club is the person, and the rest the name the document gives alone', () => {
  const { raw } = rawMentions('normal', ['Dana Pike of Lake Varn', 'person'], ['Lake Varn', 'organization'], ['Al Reed of Kenton', 'person'], ['Duke of Varn', 'person'], ['Lord Reed of Kenton', 'person']);
  assert.deepEqual(splitJoinedNames(raw).map((mention) => `${mention.type}:${mention.key}`), [
    'person:dana pike', 'organization:lake varn', 'organization:lake varn', 'person:al reed', 'person:duke of varn', 'person:lord reed of kenton',
  ]);
});

test('names side by side in a table split into the names the document gives alone', () => {
  const { raw } = rawMentions('table', ['Real Madrid', 'organization'], ['Barcelona', 'organization'], ['Barcelona Real Madrid', 'organization'],
    ['Manchester', 'place'], ['United', 'organization'], ['Manchester United', 'organization']);
  assert.deepEqual(splitJoinedNames(raw).map((mention) => mention.tokens.map((token) => token.text).join(' ')), [
    'Real Madrid', 'Barcelona', 'Barcelona', 'Real Madrid', 'Manchester', 'United', 'Manchester United',
  ]);
});

test("a club's plural nickname after its place is no second club, though the document gives both alone", () => {
  const { raw } = rawMentions('normal', ['Varna', 'organization'], ['Otters', 'organization'], ['Varna Otters', 'organization'],
    ['Kesh City', 'organization'], ['Rams', 'organization'], ['Kesh City Rams', 'organization'], ['Netherlands', 'organization'], ['Varna Netherlands', 'organization']);
  assert.deepEqual(splitJoinedNames(raw).map((mention) => mention.tokens.map((token) => token.text).join(' ')), [
    'Varna', 'Otters', 'Varna Otters', 'Kesh City', 'Rams', 'Kesh City Rams', 'Netherlands', 'Varna', 'Netherlands',
  ]);
});

/** Raw mentions of the given `[words, type]` pairs at their first occurrences in `text`. */
function mentionsIn(text: string, style: RawMention['style'], ...mentions: [string, NameType][]): RawMention[] {
  return mentions.map(([words, type]) => {
    let at = text.indexOf(words);
    const tokens = words.split(' ').map((word) => {
      const token = { text: word, start: at, end: at + word.length };
      at += word.length + 1;
      return token;
    });
    return rawMention(tokens, type, style);
  });
}

test('a scorer after a bracket, a comma or a dash is a person, the team before the score is not', () => {
  const text = 'Chelsea 2 (Zola 12, Vialli 55) Everton 2\nSyria - Nader Jokhadar 7';
  const raw = mentionsIn(text, 'table', ['Chelsea', 'organization'], ['Zola', 'organization'], ['Vialli', 'organization'], ['Everton', 'organization'], ['Syria', 'place'], ['Nader Jokhadar', 'organization']);
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.type}:${name.text}`), [
    'organization:Chelsea', 'person:Zola', 'person:Vialli', 'organization:Everton', 'place:Syria', 'person:Nader Jokhadar',
  ]);
});

test('names in a dateline are places', () => {
  const text = 'SOCCER - JAPAN WIN.\nAL-AIN, United Arab Emirates 1996-12-06\n';
  const raw = mentionsIn(text, 'normal', ['AL-AIN', 'organization'], ['United Arab Emirates', 'organization']);
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.type}:${name.text}`), ['place:AL-AIN', 'place:United Arab Emirates']);
});

test("a club named by its city is the place in the dateline and in \"In Varna,\" opening a sentence; a form never a place stays the club", () => {
  const text = 'VARNA, Kesh 1996-12-06\nVarna beat Lorn 2-1. In Varna, fans cheered. Varna won.\nIn Texas, Texas lost.\nIn Apex, Apex won.';
  /** The club's `nth` mention (from 0), as the tagger would give it. */
  const club = (word: string, nth: number) => {
    let start = text.indexOf(word);
    for (let skipped = 0; skipped < nth; skipped++) start = text.indexOf(word, start + 1);
    return rawMention([{ text: word, start, end: start + word.length }], 'organization', 'normal');
  };
  const raw = [club('VARNA', 0), club('Varna', 0), club('Varna', 1), club('Varna', 2), club('Texas', 0), club('Texas', 1), club('Apex', 0), club('Apex', 1)];
  // The dateline, a sentence's "In Varna,", a club's "Texas" as a place known by name; "Apex" is a place nowhere.
  assert.deepEqual(linkMentions(raw, text).map((name) => name.type), [
    'place', 'organization', 'place', 'organization', 'place', 'organization', 'organization', 'organization',
  ]);
});

test('a dateline names places on every line it is on, but not a name within its date', () => {
  const text = 'PARIS, France 1996-12-06\nLens beat Paris 1-0\nLYON, France 1996-12-07';
  const raw = mentionsIn(text, 'normal', ['PARIS', 'organization'], ['Lens', 'organization'], ['LYON', 'organization'], ['France 1996-12-07', 'organization']);
  // Out of order, and a mention that starts in the date's characters (only a made-up one can).
  raw.push(mentionsIn(text, 'normal', ['France', 'organization'])[0]!, rawMention([{ text: '12-06', start: 19, end: 24 }], 'organization', 'normal'));
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.type}:${name.text}`), [
    'place:PARIS', 'organization:Lens', 'place:LYON', 'place:France 1996-12-07', 'place:France', 'organization:12-06',
  ]);
});

test('a mention\'s words and key, and those of the parts it is split into, are its tokens\' texts lower-cased', () => {
  const line = taggedLine('Talks With Xi Jinping & Vladimir Putin', 'title', [2, 'B-person'], [3, 'I-person'], [4, 'I-person'], [5, 'I-person'], [6, 'I-person']);
  const alone = [taggedLine('Xi Jinping met Vladimir Putin', 'normal', [0, 'B-person'], [1, 'I-person'], [3, 'B-person'], [4, 'I-person'])];
  const mentions = splitJoinedNames(mentionsOf([line, ...alone]));
  assert.deepEqual(mentions.map((mention) => mention.key), ['xi jinping', 'vladimir putin', 'xi jinping', 'vladimir putin']);
  for (const mention of mentions) {
    assert.deepEqual(mention.words, mention.tokens.map((token) => token.text.toLowerCase()));
    assert.equal(mention.key, mention.words.join(' '));
  }
});

test("a hashtag's sign is no part of the name it tags, nor is a lone '#'", () => {
  const line = taggedLine('Paid by #VeltaCorp, Inc. and # Otters', 'normal', [2, 'B-organization'], [3, 'I-organization'], [4, 'I-organization'], [6, 'B-organization'], [7, 'I-organization']);
  assert.deepEqual(mentionsOf([line]).map(({ tokens, key }) => `${key}@${tokens[0]!.start}`), ['veltacorp , inc.@9', 'otters@31']);
});

test('a sign the tagger took into a name at either end is left out, and a sign alone is no name', () => {
  const line = taggedLine('Ocala, FL @ Vinoy Park | Harbor Hall @ 8 pm', 'normal',
    [2, 'B-place'], [3, 'I-place'], [4, 'B-place'], [5, 'I-place'], [6, 'I-place'], [7, 'B-organization'], [8, 'I-organization'], [9, 'B-person']);
  assert.deepEqual(mentionsOf([line]).map(({ tokens, key, type }) => `${type}:${key}@${tokens[0]!.start}`), [
    'place:fl@7', 'place:vinoy park@12', 'organization:harbor hall@25',
  ]);
});

test('a place or an organization begun again right after one of its type, a space between, is one name; people and other gaps stay apart', () => {
  const line = taggedLine('From Outer Varnia to Lake Bank Credit Union, Acme Ltd and Ann Lee Bo Kim said', 'normal',
    [1, 'B-place'], [2, 'B-place'], [4, 'B-organization'], [5, 'I-organization'], [6, 'B-organization'], [7, 'I-organization'],
    [9, 'B-organization'], [10, 'I-organization'], [12, 'B-person'], [13, 'I-person'], [14, 'B-person'], [15, 'I-person']);
  assert.deepEqual(mentionsOf([line]).map(({ tokens, key, type }) => `${type}:${key}@${tokens[0]!.start}`), [
    'place:outer varnia@5', 'organization:lake bank credit union@21', 'organization:acme ltd@45', 'person:ann lee@58', 'person:bo kim@66',
  ]);
});

test('"The" opening a country\'s name is the sentence\'s capital, not the name\'s; it stays in other names', () => {
  const line = taggedLine('The Netherlands won . The Varn Times said', 'normal',
    [0, 'B-place'], [1, 'I-place'], [4, 'B-organization'], [5, 'I-organization'], [6, 'I-organization']);
  assert.deepEqual(mentionsOf([line]).map(({ tokens, key, type }) => `${type}:${key}@${tokens[0]!.start}`), ['place:netherlands@4', 'organization:the varn times@22']);
});

test('word infos kept across documents are those of wordInfoOf, for each list of common words', () => {
  const words = ['Putin', 'Says', 'says', 'NATO', '2025', 'Putin'];
  for (const commonWords of [new Set(['says']), new Set<string>()]) {
    for (const word of words) assert.deepEqual(keptWordInfo(word, commonWords), wordInfoOf(word, commonWords));
  }
  assert.equal(keptWordInfo('Says', new Set(['says'])).common, true);
  assert.equal(keptWordInfo('Says', new Set()).common, false);
});

test('the plural titles "Sens." and "Reps." are one word before the names, no name themselves', () => {
  assert.deepEqual(names('The two candidates — Sens. Cory Booker and Kamala Harris — struggled.'), ['person:Cory Booker', 'person:Kamala Harris']);
});

test('"Rt. Hon." is two titles before a name, no name themselves nor part of it', () => {
  assert.deepEqual(names('Former Speaker Rt. Hon. B. U. Okonkwo and Hon. Funke Adedoyin'), ['person:B. U. Okonkwo', 'person:Funke Adedoyin']);
});

test('a plural acronym alone is no name; a name of capitals, with an "s" or not, stays', () => {
  const text = 'The SUVs have more LEDs, said UBS and the ZRS Group.';
  const raw = mentionsIn(text, 'normal', ['SUVs', 'organization'], ['LEDs', 'organization'], ['UBS', 'organization'], ['ZRS Group', 'organization']);
  assert.deepEqual(dropPluralAcronyms(raw).map((mention) => mention.key), ['ubs', 'zrs group']);
});

test('a name ending in an organization word is an organization, and so is its short form', () => {
  const text = 'Salomon Brothers said bonds rose. Salomon expects more.';
  const raw = mentionsIn(text, 'normal', ['Salomon Brothers', 'person'], ['Salomon', 'person']);
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.type}:${name.text}=>${name.canonical}`), [
    'organization:Salomon Brothers=>Salomon Brothers', 'organization:Salomon=>Salomon Brothers',
  ]);
});

test('a name ending in an industry or an institution is an organization', () => {
  const text = 'Varna Steel fell. The Keck Observatory and the Lorton Sheriff Department.';
  const raw = mentionsIn(text, 'normal', ['Varna Steel', 'person'], ['Keck Observatory', 'person'], ['Lorton Sheriff Department', 'place']);
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.type}:${name.text}`), [
    'organization:Varna Steel', 'organization:Keck Observatory', 'organization:Lorton Sheriff Department',
  ]);
});

test('a country the tagger took for an organization is a place; one read as a person stays a person', () => {
  const { raw, text } = rawMentions('table', ['Japan', 'organization'], ['United Arab Emirates', 'organization'], ['Chad', 'person'], ['Real Madrid', 'organization']);
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.type}:${name.text}`), [
    'place:Japan', 'place:United Arab Emirates', 'person:Chad', 'organization:Real Madrid',
  ]);
});

test('an acronym is not short for a longer name that merely contains it', () => {
  const { raw, text } = rawMentions('normal', ['EU Visa', 'organization'], ['EU', 'organization'], ['Putin', 'person'], ['Vladimir Putin', 'person']);
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.text}=>${name.canonical}`), [
    'EU Visa=>EU Visa', 'EU=>EU', 'Putin=>Vladimir Putin', 'Vladimir Putin=>Vladimir Putin',
  ]);
});

test('names joined by "&" or "and" split into the names the document gives alone', () => {
  const { raw } = rawMentions('normal', ['Xi Jinping', 'person'], ['Vladimir Putin', 'person'], ['Xi Jinping & Vladimir Putin', 'organization'], ['Putin and Xi Jinping', 'organization'], ['Procter & Gamble', 'organization']);
  assert.deepEqual(splitJoinedNames(raw).map((mention) => `${mention.type}:${mention.tokens.map((token) => token.text).join(' ')}`), [
    'person:Xi Jinping', 'person:Vladimir Putin', 'person:Xi Jinping', 'person:Vladimir Putin', 'organization:Putin and Xi Jinping', 'organization:Procter & Gamble',
  ]);
});

test('a name joined by "&" or "and" from one-word names stays whole', () => {
  const { raw } = rawMentions('normal', ['Johnson', 'person'], ['Johnson & Johnson', 'organization'], ['Trinidad', 'place'], ['Tobago', 'place'], ['Trinidad and Tobago', 'place']);
  assert.deepEqual(splitJoinedNames(raw).map((mention) => mention.tokens.map((token) => token.text).join(' ')), ['Johnson', 'Johnson & Johnson', 'Trinidad', 'Tobago', 'Trinidad and Tobago']);
});

test('a given name and a family name the document also gives alone stay one person', () => {
  const { raw } = rawMentions('normal', ['Taylor', 'person'], ['Swift', 'person'], ['Taylor Swift', 'person'], ['Barcelona', 'organization'], ['Real Madrid', 'organization'], ['Barcelona Real Madrid', 'organization']);
  assert.deepEqual(splitJoinedNames(raw).map((mention) => mention.tokens.map((token) => token.text).join(' ')), [
    'Taylor', 'Swift', 'Taylor Swift', 'Barcelona', 'Real Madrid', 'Barcelona', 'Real Madrid',
  ]);
});

const COMMON = new Set(['says', 'say', 'pass', 'ready', 'former', 'young', 'said', 'news', 'diplomat', 'sentenced', 'league']);

test('the capitalized words after a person\'s title are that person, without the title', () => {
  const vance = taggedLine('US VP JD Vance Says He Is Ready', 'normal', [0, 'B-place'], [1, 'B-organization'], [2, 'I-organization'], [3, 'I-organization']);
  const poet = taggedLine('Renowned Poet and Playwright Israil Saparbay Passes Away', 'normal', [3, 'B-organization'], [4, 'I-organization']);
  const minister = taggedLine('Defence Minister Doug Young said', 'normal', [2, 'B-person'], [3, 'I-person']);
  const time = taggedLine('Updated: 10:24 PM IST', 'normal');
  const caps = taggedLine('SOCCER - MINISTER BACKS LEAGUE', 'caps');
  const general = taggedLine('Governor General David Johnston said', 'normal', [2, 'B-person'], [3, 'I-person']);
  const writes = taggedLine('Governor Fashola Writes', 'normal', [1, 'B-place'], [2, 'I-place']);
  const slams = taggedLine('Veteran Actor Slams Studio Over Pay Cuts', 'title');
  const ordinary = new Set(['slams', 'studio', 'pay', 'cuts', 'veteran']);
  const [first, second, third, fourth, fifth, sixth, seventh, eighth] = markTitledPeople([vance, poet, minister, time, caps, general, writes, slams], new Set([...COMMON, 'write']), ordinary);
  assert.deepEqual(labelledNames(first!), ['place:US', 'person:JD Vance']);
  assert.deepEqual(labelledNames(second!), ['person:Israil Saparbay']);
  assert.deepEqual(labelledNames(third!), ['person:Doug Young']);
  assert.deepEqual(labelledNames(fourth!), []);
  assert.deepEqual(labelledNames(fifth!), []);
  assert.deepEqual(labelledNames(sixth!), ['person:David Johnston'], '"General" ends a title, it opens no name');
  assert.deepEqual(labelledNames(seventh!), ['person:Fashola'], 'an ordinary word the tagger had in the name leaves it');
  assert.deepEqual(labelledNames(eighth!), [], 'in a title-case headline an ordinary word after a title is no name');
  assert.deepEqual(labelledNames(vance), ['place:US', 'organization:VP JD Vance'], 'the tagger\'s labels are not changed in place');
});

test('a name heading a line before a colon is a person, unless it is ordinary words or the tagger typed it', () => {
  const lines = [
    taggedLine('- Saken Mamash: Former Kazakh Diplomat Sentenced', 'normal'),
    taggedLine('Hong Kong: Shares Rise', 'normal', [0, 'B-place'], [1, 'I-place']),
    taggedLine('Mumbai News: Reliance Announces', 'normal'),
    taggedLine('Moscow: Russia values its relations', 'normal'),
  ];
  assert.deepEqual(markHeadlineSubjects(lines, COMMON).map(labelledNames), [['person:Saken Mamash'], ['place:Hong Kong'], [], []]);
});

test('a news agency credited in a byline or after the story is an organization', () => {
  const lines = [
    taggedLine('PTIUpdated: Friday, August 29, 2025, 10:24 PM IST', 'normal'),
    taggedLine('The minister said the talks went well. (IANS)', 'normal'),
    taggedLine('Talks will resume next week — ANI', 'normal'),
    taggedLine('Source: AFP', 'normal'),
    taggedLine('With inputs from PTI.', 'normal'),
    taggedLine('Putin (L) with Xi (R)', 'normal', [0, 'B-person'], [5, 'B-person']),
    taggedLine('He spoke at the summit (SCO) in Tianjin', 'normal'),
    taggedLine('Putin Meets Xi In Beijing - VIDEO', 'normal', [0, 'B-person'], [2, 'B-person'], [4, 'B-place']),
  ];
  assert.deepEqual(markAgencyCredits(lines, new Set(['video'])).map(labelledNames), [
    ['organization:PTI'], ['organization:IANS'], ['organization:ANI'], ['organization:AFP'], ['organization:PTI'], ['person:Putin', 'person:Xi'], [],
    ['person:Putin', 'person:Xi', 'place:Beijing'],
  ]);
});

test('an organization name opened on its last word takes the capitalized words before it', () => {
  const lines = [
    taggedLine('both British Airways and American should', 'normal', [2, 'B-person']),
    taggedLine('between British Airways Plc and American Airlines', 'normal', [2, 'B-organization'], [3, 'I-organization'], [5, 'B-organization'], [6, 'I-organization']),
    taggedLine('the Young Party said', 'normal', [2, 'B-organization']),
  ];
  assert.deepEqual(completeOrganizationHeads(lines, COMMON).map(labelledNames), [
    ['organization:British Airways'], ['organization:British Airways Plc', 'organization:American Airlines'], ['organization:Party'],
  ]);
});

test('a name that a later he, she, his or her refers to is a person, unless a person before it could be the one', () => {
  const lines = [
    taggedLine("Spain's Lucia Ferrante slams magazine for printing her letters", 'normal', [0, 'B-place'], [2, 'B-organization'], [3, 'I-organization']),
    taggedLine('Pavel Bure was suspended by the National Hockey League for his hit', 'normal', [0, 'B-person'], [1, 'I-person'], [6, 'B-organization'], [7, 'I-organization'], [8, 'I-organization']),
    taggedLine('Banco Santander said it would cut jobs', 'normal', [0, 'B-organization'], [1, 'I-organization']),
    taggedLine('Banco Santander hired Ana Lopez as her deputy', 'normal', [0, 'B-organization'], [1, 'I-organization'], [3, 'B-person'], [4, 'I-person']),
  ];
  assert.deepEqual(markPronounPeople(lines, COMMON).map(labelledNames), [
    ['place:Spain', 'person:Lucia Ferrante'],
    ['person:Pavel Bure', 'organization:National Hockey League'],
    ['organization:Banco Santander'],
    ['organization:Banco Santander', 'person:Ana Lopez'],
  ]);
});

test('a capitalized company word after a name ends it, and makes it an organization', () => {
  const lines = [
    taggedLine('Hitachi Engineering sign refinery deal', 'normal', [0, 'B-place']),
    taggedLine('Tata Motors Group said', 'normal', [0, 'B-person'], [1, 'I-person']),
    taggedLine('Hitachi engineering sign deal', 'normal', [0, 'B-place']),
    taggedLine('TATA MOTORS', 'caps', [0, 'B-place']),
  ];
  assert.deepEqual(completeOrganizationHeads(lines, COMMON).map(labelledNames), [
    ['organization:Hitachi Engineering'], ['organization:Tata Motors Group'], ['place:Hitachi'], ['place:TATA'],
  ]);
});

test('a place joined by "and" to an evident organization is an organization; a country stays a place', () => {
  const lines = [
    taggedLine("Qazmunai and Japan's Hitachi Engineering sign deal", 'normal', [0, 'B-place'], [2, 'B-place'], [4, 'B-organization'], [5, 'I-organization']),
    taggedLine('Hitachi Engineering and Qazmunai sign deal', 'normal', [0, 'B-organization'], [1, 'I-organization'], [3, 'B-place']),
    taggedLine('Kazakhstan and Hitachi Engineering sign deal', 'normal', [0, 'B-place'], [2, 'B-organization'], [3, 'I-organization']),
    taggedLine('coast of Baja California and Sinaloa', 'normal', [2, 'B-organization'], [3, 'I-organization'], [5, 'B-place']),
  ];
  assert.deepEqual(markJoinedOrganizations(lines).map(labelledNames), [
    ['organization:Qazmunai', 'place:Japan', 'organization:Hitachi Engineering'],
    ['organization:Hitachi Engineering', 'organization:Qazmunai'],
    ['place:Kazakhstan', 'organization:Hitachi Engineering'],
    ['organization:Baja California', 'place:Sinaloa'],
  ]);
});

test('a city the tagger took for a person is the city, unless the document names a person with that word', () => {
  const cities = timeZoneCities();
  for (const city of ['aqtau', 'new york', 'almaty']) assert.ok(cities.has(city), city);
  for (const notCity of ['knox', 'casey']) assert.ok(!cities.has(notCity), notCity);
  const { raw, text } = rawMentions('normal', ['Atyrau', 'person'], ['Sydney Barnes', 'person'], ['Sydney', 'person'], ['Putin', 'person']);
  assert.deepEqual(linkMentions(raw, text).map((name) => `${name.type}:${name.text}`), [
    'place:Atyrau', 'person:Sydney Barnes', 'person:Sydney', 'person:Putin',
  ]);
});

test('an acronym defined in brackets after a name takes its type wherever the document uses it', () => {
  const lines = [
    taggedLine('she quit the National Alliance (AN) party', 'normal', [3, 'B-organization'], [4, 'I-organization']),
    taggedLine('AN leader Gianfranco Fini said', 'normal', [2, 'B-person'], [3, 'I-person']),
    taggedLine('FINI QUITS AN ALLIANCE', 'caps'),
    taggedLine('WASHINGTON (AP) - officials said', 'normal', [0, 'B-place']),
    taggedLine('The AP reported', 'normal'),
  ];
  assert.deepEqual(markDefinedAcronyms(lines).map(labelledNames), [
    ['organization:National Alliance', 'organization:AN'], ['organization:AN', 'person:Gianfranco Fini'], [], ['place:WASHINGTON'], [],
  ]);
});

test('a title-case headline is truecased and read as body text; a list of names stays as it is', () => {
  const entryOf = (word: string) => ({ info: wordInfoOf(word, loadNamesModel().commonWords) });
  const headline = analyseLine(tokenizeLine('US VP Says He Is Ready To Be President If Terrible Tragedy Strikes Again', 0).map((token) => token.text), entryOf);
  assert.equal(headline.style, 'normal');
  assert.equal(headline.words.slice(0, 4).join(' '), 'US VP says he');
  const list = analyseLine(tokenizeLine('70 Tim Herron, Duffy Waldorf, Davis Love, Anders Forsbrand (Sweden)', 0).map((token) => token.text), entryOf);
  assert.equal(list.style, 'title');
  const sentence = analyseLine(tokenizeLine('Summary Of Consolidated Financial Data For Last Year Shows Profits.', 0).map((token) => token.text), entryOf);
  assert.equal(sentence.style, 'title', 'a final full stop makes a sentence, not a headline');
});

const SEED_000 = '000_93e29ae284e8c2f5.txt';
const SEED_002 = '002_c5cc658af23e45c8.txt';

/** [seed, type, canonical] the issue expects; `met` false where the tagger does not get there yet. */
const SEED_EXPECTATIONS: [string, string, string, boolean][] = [
  [SEED_000, 'person', 'Vladimir Putin', true],
  [SEED_000, 'person', 'Xi Jinping', true],
  [SEED_000, 'person', 'Dmitry Peskov', true],
  [SEED_000, 'person', 'Narendra Modi', true],
  [SEED_000, 'person', 'Donald Trump', true],
  [SEED_000, 'person', 'Kamala Harris', true],
  [SEED_000, 'person', 'Giorgia Meloni', true],
  [SEED_000, 'person', 'JD Vance', true],
  [SEED_000, 'organization', 'Shanghai Cooperation Organisation', true],
  [SEED_000, 'organization', 'PTI', true],
  [SEED_000, 'organization', 'Kremlin', true],
  [SEED_000, 'place', 'Moscow', true],
  [SEED_000, 'place', 'Beijing', true],
  [SEED_000, 'place', 'Tianjin', true],
  [SEED_000, 'place', 'China', true],
  [SEED_000, 'place', 'Russia', true],
  [SEED_000, 'place', 'India', true],
  [SEED_002, 'person', 'Vladimir Putin', true],
  [SEED_002, 'person', 'Ruslan Loginov', true],
  [SEED_002, 'person', 'Arman Beisembayev', true],
  [SEED_002, 'person', 'Saken Mamash', true],
  [SEED_002, 'person', 'Israil Saparbay', true],
  [SEED_002, 'person', 'Xi Jinping', true],
  [SEED_002, 'organization', 'EU', true],
  [SEED_002, 'organization', 'Kremlin', true],
  [SEED_002, 'organization', 'Qarmet', true],
  [SEED_002, 'organization', 'KNB', true],
  [SEED_002, 'place', 'Kazakhstan', true],
  [SEED_002, 'place', 'Pavlodar', true],
  [SEED_002, 'place', 'Aqtau', true],
];

for (const [seed, type, canonical, met] of SEED_EXPECTATIONS) {
  test(`seed ${seed.slice(0, 3)}: ${type} ${canonical}`, { todo: met ? false : 'not reached yet' }, () => {
    assert.ok(seedNames(seed).some((name) => name.type === type && name.canonical === canonical));
  });
}

test('seed 000: every Putin and SCO mention links to the full name', () => {
  const found = seedNames(SEED_000);
  for (const name of found.filter((mention) => mention.text === 'Putin')) assert.equal(name.canonical, 'Vladimir Putin');
  for (const name of found.filter((mention) => mention.text === 'SCO')) assert.equal(name.canonical, 'Shanghai Cooperation Organisation');
});

test("seed 002: a people's adjective is no organization (\"Chinese President Xi Jinping\", \"our Chinese friends\")", () => {
  assert.deepEqual(seedNames(SEED_002).filter((name) => name.text === 'Chinese'), []);
});

test('seeds: page furniture is not a name', () => {
  const texts = new Set([...seedNames(SEED_000), ...seedNames(SEED_002)].map((name) => name.text));
  for (const furniture of ['Read Also', 'Get App', 'Follow us on', 'Latest news', 'IST', 'Minute Read', 'Russia Values']) {
    assert.ok(!texts.has(furniture), furniture);
  }
});
