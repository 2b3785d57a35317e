// A second measure of the headline on pages of sites the header rules were not written from: a dragnet page's
// URL slug names its headline ("…/latest-amelia-earhart-search-falls-short/"). The page line sharing most of the
// slug's words (at least 60 % of them, and making up over half of the line) stands for the gold headline; pages
// whose slug names no line are skipped. And the publication date: a URL with a date in it ("/2012/07/24/", "20120724")
// stands for the gold date (same day; a print edition's URL may be a day after the web page's stamp, so within one
// day is shown too). Measure only (the dragnet pages are AGPL-3.0 data).
// usage: node scripts/eval-title-proxy.mjs <dev folder> <facts.jsonl>
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const [devDir, factsFile] = process.argv.slice(2);
const titles = new Map();
const published = new Map();
for (const line of readFileSync(factsFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const record = JSON.parse(line);
  titles.set(basename(record.file, '.txt'), record.title ?? null);
  published.set(basename(record.file, '.txt'), record.published ?? null);
}
const wordsOf = (text) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => word.length > 1);
const SLUG_NOISE = new Set(['html', 'htm', 'index', 'story', 'php']);

function slugWords(url) {
  const parts = url.replace(/\/+$/, '').split('/').slice(3);
  const slug = parts.reduce((best, part) => ((part.match(/[a-z]+-/g) ?? []).length > (best.match(/[a-z]+-/g) ?? []).length ? part : best), '');
  return new Set(wordsOf(slug.replace(/\.\w+$/, '')).filter((word) => !SLUG_NOISE.has(word) && !/^\d+$/.test(word)));
}

function goldHeadline(lines, slug) {
  let best = { share: 0, line: null };
  for (const line of lines) {
    const words = new Set(wordsOf(line));
    if (words.size === 0 || words.size > 40) continue;
    let shared = 0;
    for (const word of slug) if (words.has(word)) shared++;
    const share = shared / slug.size;
    if (share > best.share + 1e-9 && shared / words.size > 0.5) best = { share, line };
  }
  return best.share >= 0.6 ? best.line : null;
}

const sameWords = (a, b) => {
  const x = new Set(wordsOf(a));
  const y = new Set(wordsOf(b));
  return x.size === y.size && [...x].every((word) => y.has(word));
};
/** "/2012/07/24/", "-20120724.": the day a URL names, as YYYY-MM-DD; null without one. */
function urlDate(url) {
  const match = /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)/.exec(url) ?? /[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$)/.exec(url);
  return match && Number(match[2]) <= 12 && Number(match[3]) <= 31 ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
let dated = 0;
let sameDay = 0;
let nextDay = 0;
let scored = 0;
let right = 0;
for (const name of readdirSync(join(devDir, 'gold')).filter((file) => file.startsWith('dragnet-')).sort()) {
  const gold = JSON.parse(readFileSync(join(devDir, 'gold', name), 'utf8'));
  const day = urlDate(gold.url ?? '');
  if (day) {
    dated++;
    const predicted = published.get(gold.id)?.slice(0, 10);
    if (predicted === day) sameDay++;
    else if (predicted && Math.abs(Date.parse(predicted) - Date.parse(day)) <= 86_400_000) nextDay++;
  }
  const slug = slugWords(gold.url ?? '');
  if (slug.size < 3) continue;
  const headline = goldHeadline(readFileSync(join(devDir, 'docs', `${gold.id}.txt`), 'utf8').split('\n'), slug);
  if (headline === null) continue;
  scored++;
  const title = titles.get(gold.id);
  if (title && sameWords(title, headline)) right++;
}
console.log(`headline named by the URL slug (dragnet pages): ${right}/${scored} = ${scored ? (right / scored).toFixed(3) : 'n/a'}`);
console.log(`published on the day the URL names (dragnet pages): ${sameDay}/${dated} = ${dated ? (sameDay / dated).toFixed(3) : 'n/a'}; within one day: ${sameDay + nextDay}/${dated}`);
