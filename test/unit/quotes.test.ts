import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSeedDocument } from '../../src/core/document';
import { detectQuotes } from '../../src/core/quotes';
import { tokenize, type Token } from '../../src/core/quotes/tokens';
import type { NameMention, Quote } from '../../src/core/types';

function quotesOf(text: string, names: readonly NameMention[] = []): Quote[] {
  return detectQuotes(toSeedDocument(text), names);
}

function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
}

function person(text: string, at: string, canonical: string): NameMention {
  const start = text.indexOf(at);
  return { start, end: start + at.length, text: at, type: 'person', canonical };
}

test('seed 000: both of Peskov\'s quotations, not the two-word partial quote', () => {
  const quotes = quotesOf(fixture('000_93e29ae284e8c2f5.txt'));
  assert.deepEqual(quotes.map((quote) => [quote.text.slice(0, 22), quote.speaker]), [
    ['"These are relations o', 'Dmitry Peskov'],
    ['"Both we and our Chine', 'Dmitry Peskov'],
  ]);
  assert.ok(quotes.every((quote) => quote.marked));
});

test('seed 002: the unmarked block quotes of Putin and Xi, attributed on the next line', () => {
  const quotes = quotesOf(fixture('002_c5cc658af23e45c8.txt'));
  const unmarked = quotes.filter((quote) => !quote.marked);
  assert.deepEqual(unmarked.map((quote) => [quote.text.slice(0, 20), quote.speaker]), [
    ['I sincerely apprecia', 'Vladimir Putin'],
    ['We are not working a', 'Vladimir Putin'],
    ['China and Russia sho', 'Xi Jinping'],
  ]);
  const history = quotes.find((quote) => quote.text.startsWith('“History'));
  assert.equal(history?.speaker, 'Xi Jinping', 'the lead-in line "Xi … emphasized:" names the speaker');
  assert.ok(!quotes.some((quote) => quote.text.includes('Far Eastern')), 'a quoted term is no quotation');
  assert.ok(!quotes.some((quote) => quote.text.includes('dear friend')), 'two words are no quotation');
});

test('every common quote style, span including its marks', () => {
  for (const [open, close] of [['"', '"'], ['“', '”'], ['«', '»'], ['„', '“'], ['„', '”']]) {
    const text = `${open}We will win this race,${close} Smith said.`;
    const [quote] = quotesOf(text);
    assert.equal(quote?.text, `${open}We will win this race,${close}`, `${open}…${close}`);
    assert.equal(quote?.speaker, 'Smith');
  }
});

test('a quotation over several paragraphs: one record per paragraph, one group, one speaker', () => {
  const text = '“We came here to build a new road for everyone.\n\n“And we will finish it before the winter,” Mayor Jane Doe said.\n\n“Another thing entirely was said,” Bob Roe said.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 3);
  assert.equal(quotes[0]!.text, '“We came here to build a new road for everyone.');
  assert.equal(quotes[0]!.group, quotes[1]!.group);
  assert.notEqual(quotes[1]!.group, quotes[2]!.group);
  assert.deepEqual(quotes.map((quote) => quote.speaker), ['Jane Doe', 'Jane Doe', 'Bob Roe']);
});

test('a partial quotation inside indirect speech', () => {
  const [quote] = quotesOf('Sen. Marco Rubio said he would "fight for every last vote" in Ohio.');
  assert.equal(quote?.text, '"fight for every last vote"');
  assert.equal(quote?.speaker, 'Marco Rubio');
});

test('"said X" after the quotation, titles and place dropped', () => {
  const [quote] = quotesOf('"It is important that we act now," said Sen. Tammy Baldwin of Wisconsin.');
  assert.equal(quote?.speaker, 'Tammy Baldwin');
});

test('"X, appositive, said" and "according to X"', () => {
  const [first, second] = quotesOf(
    '"We need people who bring us together," Harry Bond, 30, of Raleigh, N.C., said on Monday.\n"The talks have stalled for now," according to Reuters.',
  );
  assert.equal(first?.speaker, 'Harry Bond');
  assert.equal(second?.speaker, 'Reuters');
});

test('"X: …" and "X told …:" before the quotation', () => {
  const [first, second] = quotesOf('Meghan McCain, Twitter: "Chris Wallace is the real winner."\nPriebus later told Fox News: "Both of them are meeting next week."');
  assert.equal(first?.speaker, 'Meghan McCain');
  assert.equal(second?.speaker, 'Priebus');
});

test('a second quotation in the paragraph keeps the speaker; a pronoun resolves to the nearest person', () => {
  const text = 'Peskov spoke to reporters on Friday. "We value these relations a lot," he said. "The scale is hard to overestimate."';
  const quotes = quotesOf(text, [person(text, 'Peskov', 'Dmitry Peskov')]);
  assert.deepEqual(quotes.map((quote) => quote.speaker), ['Dmitry Peskov', 'Dmitry Peskov']);
});

test('a surname is mapped to the fullest form of the name in the text', () => {
  const [quote] = quotesOf('Kremlin spokesman Dmitry Peskov spoke.\n\n"We value these relations," Peskov said.');
  assert.equal(quote?.speaker, 'Dmitry Peskov');
});

test('the text naming nobody gives a null speaker', () => {
  const [quote] = quotesOf('The sign at the gate read "no entry after dark, please" in red letters.');
  assert.equal(quote?.speaker, null);
});

test('scare quotes, titles and markup are no quotations', () => {
  const text = 'The so-called "reforms" were "fake news" on ABC\'s "Good Morning America." <a href="http://example.com/a b c">';
  assert.deepEqual(quotesOf(text), []);
});

test('an unbalanced quote mark runs to the end of its paragraph, never beyond', () => {
  const text = 'He is 6\'2" tall and said "we will win the race by a mile\n\nThe next paragraph has no quotation in it at all.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, '"we will win the race by a mile');
});

test('100 KB of quote marks finish in linear time (no catastrophic backtracking)', () => {
  quotesOf('"warm up the code paths," he said.');
  for (const mark of ['"', '“', '”', '" "', '"a b c ']) {
    const text = mark.repeat(Math.ceil(100_000 / mark.length));
    const started = process.cpuUsage();
    quotesOf(text);
    const used = process.cpuUsage(started);
    // CPU time, not wall time, so a busy machine does not fail the test; backtracking would take seconds.
    assert.ok((used.user + used.system) / 1000 < 1000, `${JSON.stringify(mark)} took too long`);
  }
});

test('the head of the subject, not a possessive or a place after "of"', () => {
  const [first, second] = quotesOf(
    '"It will soften," Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO.\nAs Archbishop Aris Shirvanian of the Patriarchate of Jerusalem told the AP, "We have suffered the same fate."',
  );
  assert.equal(first?.speaker, 'Joe Kasper');
  assert.equal(second?.speaker, 'Aris Shirvanian');
});

test('"X and Y wrote" names the first; "— Name" after a quotation names its author', () => {
  const [first, second] = quotesOf('"The letter gave little information," Cummings and Conyers wrote.\n“Maybe we can build a wall around him.” ― Steve Quinlan');
  assert.equal(first?.speaker, 'Cummings');
  assert.equal(second?.speaker, 'Steve Quinlan');
});

test('a new sentence after a quotation is no attribution; a name before beats a pronoun after', () => {
  const [first] = quotesOf('President Obama condemned "what appears to be a horrific attack." He said he had directed his team to help.');
  assert.equal(first?.speaker, 'Obama');
  const [second] = quotesOf('Asked about it, Feinstein said "I do not know anything about it," she said.');
  assert.equal(second?.speaker, 'Feinstein');
});

test('a name mention covering the speaker gives its canonical form, a generation only where written', () => {
  const text = '"We will win this one," Bozell says.';
  const mention: NameMention = { ...person(text, 'Bozell', 'Brent Bozell III') };
  assert.equal(quotesOf(text, [mention])[0]?.speaker, 'Brent Bozell');
  const [quote] = quotesOf('"We will win this one," Donald Trump Jr. says.');
  assert.equal(quote?.speaker, 'Donald Trump Jr.');
});

test('CRLF line breaks: spans stay on their line', () => {
  const text = 'Intro line.\r\n"We will build the road together," Smith said.\r\n';
  const [quote] = quotesOf(text);
  assert.equal(quote?.text, '"We will build the road together,"');
  assert.equal(text.slice(quote!.start, quote!.end), quote!.text);
});

/** The tokenizer as a pattern defines it; `tokenize` scans character codes and must agree. */
function tokensByPattern(text: string, base: number): Token[] {
  const abbreviation = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|Sr|Jr|St|Hon|Gens|Reps|Sens|U\.S|U\.N|D\.C|[A-Z](?:\.[A-Z])+)\.$/;
  const tokens: Token[] = [];
  for (const match of text.matchAll(/([\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*\.?)|[^\s\p{L}\p{N}]/gu)) {
    const start = base + match.index;
    const isWord = match[1] !== undefined;
    const word = isWord && match[0].endsWith('.') && !abbreviation.test(match[0]) ? match[0].slice(0, -1) : match[0];
    tokens.push({ text: word, start, end: start + word.length, isWord });
    if (word !== match[0]) tokens.push({ text: '.', start: start + word.length, end: start + word.length + 1, isWord: false });
  }
  return tokens;
}

test('tokenize: words with inner joiners, abbreviations, astral letters and symbols, as the pattern defines them', () => {
  const samples = [
    'Mr. O’Neil-Smith said: "U.S. troops left D.C. at 5.30 p.m." — and 𝐀𝐁𝐂 😀 end.',
    "rock-'n'-roll isn't well- known; e.g. co-op. A. B.",
    'Café naïve 東京都 한국어 Новости\u00a0дня\u2028next\ud800lone',
    '',
    ' trailing space and period.',
  ];
  for (const sample of samples) assert.deepEqual(tokenize(sample, 7), tokensByPattern(sample, 7), sample);
  for (const name of ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt']) {
    const text = fixture(name);
    assert.deepEqual(tokenize(text, 0), tokensByPattern(text, 0));
  }
});
