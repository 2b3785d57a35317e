import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { detectLanguage, englishOnlyNotice, isMostlyEnglish } from '../../src/core/language';
import { updateIndexYaml } from '../../src/corpus/indexUpdate';
import { summarizeDocument } from '../../src/corpus/summary';

const PORTUGUESE = 'O governo anunciou ontem que vai aumentar o investimento nas escolas públicas do interior. Segundo o ministro, as obras devem começar no próximo mês e durar cerca de dois anos, enquanto os professores esperam por melhores condições de trabalho.';
const ITALIAN = 'Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico della città. Secondo il sindaco, le strade del centro saranno chiuse alle auto durante il fine settimana, mentre i negozi potranno restare aperti più a lungo.';
const KOREAN = '정부는 어제 지방 공립학교에 대한 투자를 늘리겠다고 발표했다. 장관에 따르면 공사는 다음 달에 시작되어 약 2년 동안 계속될 예정이며, 교사들은 더 나은 근무 조건을 기대하고 있다.';
const ENGLISH = 'The council approved the new traffic plan for the city on Tuesday evening. According to the mayor, the streets of the centre will be closed to cars at weekends, while shops will be allowed to stay open for longer.';

test('language: the article\'s language as an ISO 639-3 code', () => {
  assert.equal(detectLanguage(PORTUGUESE, []), 'por');
  assert.equal(detectLanguage(ITALIAN, []), 'ita');
  assert.equal(detectLanguage(KOREAN, []), 'kor');
  assert.equal(detectLanguage(ENGLISH, []), 'eng');
});

test('language: boilerplate is not read, and names and figures alone are too little to tell', () => {
  const menu = 'Home World Business Sport Subscribe to our newsletter and follow us on the app for the latest news from the region\n';
  const text = `${menu}${PORTUGUESE}`;
  assert.equal(detectLanguage(text, []), 'eng', 'the English menu outweighs one Portuguese paragraph');
  assert.equal(detectLanguage(text, [{ start: 0, end: menu.length }]), 'por');
  assert.equal(detectLanguage('Real Madrid 16 11 5 0 32 12 38\nBarcelona 16 10 4 2 46 21 34\nDeportivo Coruna 15 9 6 0 23 7 33\nReal Betis 15 8 5 2 28 13 29\n', []), null);
});

test('language: in the facts record and the INDEX summary; documents not in English get a notice', () => {
  const text = `date 2025-08-29  Escolas do interior\n\n${PORTUGUESE}\n\n${PORTUGUESE.replace('ontem', 'hoje')}\n`;
  const record = analyze(text);
  assert.equal(record.language, 'por');
  assert.equal(summarizeDocument(record, text).language, 'por');
  assert.match(englishOnlyNotice(record.language)!, /^Written in Portuguese \(por\): names, dates and quotations are detected in English only/);
  assert.equal(englishOnlyNotice('eng'), null);
  assert.equal(englishOnlyNotice(null), null);
});

test('language: written in INDEX.yaml entries, new and existing', () => {
  const summary = { file: 'a.txt', title: 'T', published: null, source: null, authors: [], people: [], organizations: [], places: [], quotes: 0, boilerplate: 0, language: 'por' };
  const collection = { documents: 1, dateRange: null, gaps: [], duplicates: [], repeatedLines: [], errors: [] };
  const first = updateIndexYaml(null, [summary], collection);
  assert.ok(first.ok);
  assert.match(first.text, /- file: a.txt\n(?: {4}.*\n)*? {4}language: por\n/);
  const again = updateIndexYaml(first.text.replace('language: por', 'language: eng'), [summary], collection);
  assert.ok(again.ok);
  assert.match(again.text, / {4}language: por\n/);
});

test('language: the character scan of an ASCII sample finds the words ASCII_LANGUAGE_WORD finds', () => {
  // The pattern the scan stands for, counted the slow way.
  const byPattern = (sample: string) => {
    const words = sample.match(/(?<![A-Za-z0-9])[a-z][a-z'’-]*/g) ?? [];
    const english = words.filter((word) => ['the', 'and', 'of', 'said', 'their', 'which'].includes(word)).length;
    return words.length > 0 && english / words.length >= 0.1;
  };
  const samples = [
    'The man said the deal of the year was done.',
    'x9the 9the aThe the-and of’s don’t THE AND Of',
    'one two three four five six seven eight nine ten and',
    'one two three four five six seven eight nine ten eleven and',
    'theirs whichever oft saidx 3and B2the',
    'one two three four five six seven eight 9the x9the Bthe',
    'one-the two’the three\'the four five six seven eight nine the',
    '',
    '12 34 -- !!',
  ];
  for (const sample of samples) assert.equal(isMostlyEnglish(sample), byPattern(sample), sample);
});
