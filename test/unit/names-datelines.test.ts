/** American datelines: the city and the state's abbreviation are places (datelines.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markCityStates, markStateDatelines } from '../../src/core/names/datelines';
import { linkMentions } from '../../src/core/names/link';
import { mention, typedForms } from './rawMentions';

const shown = (text: string, mentions: ReturnType<typeof mention>[]) =>
  typedForms(text, markStateDatelines(mentions, text));

test("a dateline's city and state are places: retyped, or added where missed", () => {
  const text = 'Photo credit\n\nLake Varn, Ill. — Dana Pike threw for 200 yards.\nKENTON, Texas (AP) — Rain fell.\n';
  const mentions = [mention(text, 'Lake Varn', 'organization'), mention(text, 'Dana Pike', 'person')];
  assert.deepEqual(shown(text, mentions), ['Lake Varn/place', 'Ill./place', 'Dana Pike/person', 'KENTON/place', 'Texas/place']);
});

test('a city and state inside a line, or without the dash, are left to the tagger', () => {
  const text = 'She moved to Lake Varn, Ill. — then left.\nLake Varn, Ill. is small.\n';
  assert.deepEqual(shown(text, [mention(text, 'Lake Varn', 'person')]), ['Lake Varn/person']);
});

const COMMON_WORDS = new Set(['yes', 'fine', 'login', 'mountain', 'view']);
const cityStates = (text: string, mentions: ReturnType<typeof mention>[]) =>
  typedForms(text, markCityStates(mentions, text, COMMON_WORDS));

test("a city and its state's postal code or AP abbreviation anywhere in a line are places: retyped, or added where missed", () => {
  const text = 'June 9 – Lake Varn, FL @ Vinoy Park\nShe grew up in Oak Mill, N.H., and in Dunmore, OH. Mountain View, CA\n';
  const mentions = [mention(text, 'Lake Varn', 'organization'), mention(text, 'Vinoy Park', 'organization'), mention(text, 'Dunmore', 'person')];
  assert.deepEqual(cityStates(text, mentions), ['Lake Varn/place', 'FL/place', 'Vinoy Park/organization', 'Oak Mill/place', 'N.H./place', 'Dunmore/place', 'OH/place', 'Mountain View/place', 'CA/place']);
});

test("a degree after a person's name is no state (a town the tagger took for a person is the town); a line of capitals, a code run on, an unknown code and a code that is a word after ordinary words are no address", () => {
  const text = 'Dr. Jane Roe, MD, said so.\nWAS IT ROME, OR PARIS\nBurlo, PA-C, said. Burlo, QX said. "Yes, OK," she said. Fine, OR not.\n';
  const mentions = [mention(text, 'Jane Roe', 'person'), mention(text, 'ROME', 'place')];
  assert.deepEqual(cityStates(text, mentions), ['Jane Roe/person', 'ROME/place']);
});

test("a master's degree after a person's full name is no state; after a one-word \"person\" it is the town's state", () => {
  const text = 'By Ana Lund, MS, RDN, and Lee Moss, MA.\nJackson, MS, is hot.\n';
  const mentions = [mention(text, 'Ana Lund', 'person'), mention(text, 'Lee Moss', 'person'), mention(text, 'Jackson', 'person')];
  assert.deepEqual(cityStates(text, mentions), ['Ana Lund/person', 'Lee Moss/person', 'Jackson/place', 'MS/place']);
});

test('a wire dateline anywhere in the world: the city in capitals and its country or state are places, the agency an organization; without an agency it is left alone', () => {
  const text = 'VARNO, Moldavia (AP) — Talks ended.\nPORT OSKA (Reuters) - Ships left.\nVARNO, Moldavia — a heading\n';
  const mentions = [mention(text, 'VARNO', 'person'), mention(text, 'AP', 'place'), mention(text, 'VARNO', 'person', 40)];
  assert.deepEqual(shown(text, mentions), ['VARNO/place', 'Moldavia/place', 'AP/organization', 'PORT OSKA/place', 'VARNO/person']);
});

test("a wire dateline's city outvotes the document's other mentions of it; where a person's name has the word, the dateline alone is the place", () => {
  const text = 'VARNO, Moldavia (AP) — Varno voted. Varno won.\nLORNE (AP) — Ada Lorne spoke. Lorne smiled.\n';
  const mentions = [
    mention(text, 'VARNO', 'person'), mention(text, 'Varno', 'person'), mention(text, 'Varno', 'person', 30),
    mention(text, 'LORNE', 'person'), mention(text, 'Ada Lorne', 'person'), mention(text, 'Lorne', 'person', 70),
  ];
  assert.deepEqual(linkMentions(markStateDatelines(mentions, text), text).map(({ text: name, type }) => `${name}/${type}`), [
    'VARNO/place', 'Moldavia/place', 'Varno/place', 'Varno/place', 'LORNE/place', 'Ada Lorne/person', 'Lorne/person',
  ]);
});
