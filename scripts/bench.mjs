// npm run bench: the engine's speed and memory against a plain regex scan of the same text, measured in the
// same run (absolute times drift on shared machines, ratios do not). Corpora: the dev corpus's documents
// (real text; rows labelled "real") and documents generated from the sample seeds ("generated").
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
const { analyze } = require(join(root, 'dist/core.js'));

const seeds = readdirSync(join(root, 'test/fixtures')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'test/fixtures', f), 'utf8'));
const seed4k = seeds[0];

// The baseline the issue names: one pass of a few compiled regexes (dates, capitalized runs, double-quoted spans).
const BASELINE = [
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})?|\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/gu,
  /"[^"\n]*"|“[^”\n]*”/g,
];
function baselineScan(text) {
  let count = 0;
  for (const re of BASELINE) for (const _ of text.matchAll(re)) count++;
  return count;
}

/** Median and 95th percentile of `run` in milliseconds, after warm-up. */
function time(run, iterations) {
  for (let i = 0; i < Math.min(50, iterations); i++) run();
  const samples = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)] };
}

/**
 * Median CPU time (user + system of this process) of `run` in milliseconds, after one warm-up: on a
 * loaded machine a long run is preempted, and its wall time measures the neighbours more than the engine.
 */
function cpuTime(run, iterations) {
  run();
  const samples = [];
  for (let i = 0; i < iterations; i++) samples.push(cpuOnce(run));
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

/** CPU time of one run of `run`, in milliseconds, with no warm-up (a first analysis). */
function cpuOnce(run) {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** A small seeded generator, so every run writes the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
const pick = (next, list) => list[Math.floor(next() * list.length)];

// Each seed's furniture (the lines around its story) stays with its outlet, as on a real site. The story
// paragraphs are new: two to four sentences drawn from both seeds, so paragraphs, and thus documents,
// are not near-duplicates of each other (one in fifty is, on purpose); people and places vary too.
const PEOPLE = [['Vladimir Putin', 'Putin'], ['Xi Jinping', 'Xi'], ['Dmitry Peskov', 'Peskov'], ['Narendra Modi', 'Modi']];
const NEW_PEOPLE = ['Olaf Scholz', 'Emmanuel Macron', 'Recep Tayyip Erdogan', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Luiz Inacio Lula', 'Cyril Ramaphosa', 'Anwar Ibrahim', 'Sergei Lavrov', 'Wang Yi', 'Maria Zakharova', 'Subrahmanyam Jaishankar', 'Antonio Guterres', 'Ursula von der Leyen', 'Fumio Kishida', 'Yoon Suk Yeol'];
const PLACES = ['Moscow', 'Beijing', 'Tianjin', 'Astana', 'New Delhi', 'Tashkent', 'Kazan', 'Shanghai', 'Almaty', 'Minsk', 'Baku', 'Ankara'];
const STORY = /^[A-Z“"].{60,}[.!?"”]$/;
const seedParts = seeds.map((text) => {
  const lines = text.split('\n');
  const story = lines.filter((line) => STORY.test(line));
  const first = lines.indexOf(story[0]);
  const last = lines.lastIndexOf(story.at(-1));
  return { headline: lines[0].replace(/^\s*date \S+\s+/, '').trim(), head: lines.slice(1, first), tail: lines.slice(last + 1), story };
});
const sentences = seedParts.flatMap((part) => part.story.flatMap((line) => line.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/)));

/** Document `index` of the generated collection, about 4 KB. */
function variant(index) {
  const story = index % 50 === 49 ? index - 1 : index;
  const next = random(story + 1);
  const part = seedParts[index % seedParts.length];
  const cast = new Map(PEOPLE.filter(() => next() < 0.5).flatMap(([full, short]) => {
    const other = pick(next, NEW_PEOPLE);
    return [[full, other], [short, other.split(' ').pop()]];
  }));
  const place = new Map(['Moscow', 'Beijing'].map((name) => [name, pick(next, PLACES)]));
  const paragraphs = Array.from({ length: 4 + Math.floor(next() * 5) }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(next, sentences)).join(' '));
  const headline = `${index === story ? '' : 'Update: '}${paragraphs[0].split(/[,.]/)[0].split(' ').slice(0, 10).join(' ')}`;
  const month = String((story % 12) + 1).padStart(2, '0');
  const day = String((story % 28) + 1).padStart(2, '0');
  const body = [...part.head, ...paragraphs.flatMap((paragraph) => [paragraph, '']), ...part.tail].join('\n').replaceAll(part.headline, headline)
    .replace(/\b(?:Vladimir Putin|Xi Jinping|Dmitry Peskov|Narendra Modi|Putin|Xi|Peskov|Modi|Moscow|Beijing)\b/g, (name) => cast.get(name) ?? place.get(name) ?? name)
    .replace(/\d+/g, (digits) => String((Number(digits) + story) % 10000));
  return `date 2025-${month}-${day}  ${headline}\n${body}`;
}

const rows = [];
const row = (what, value, ratio = '', target = '') => rows.push([what, value, ratio, target]);
const mbps = (bytes, ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
const ratioOf = (engine, base) => `${(engine / base).toFixed(1)}x scan`;

// Real text: the dev corpus's documents (web pages, news wire, CoNLL, TempEval), when ../shared is beside the repo.
const DEV_DOCS = join(root, '..', 'shared', 'eval', 'dev', 'docs');
const devTexts = existsSync(DEV_DOCS) ? readdirSync(DEV_DOCS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(DEV_DOCS, f), 'utf8') })) : [];
/** Document `i` of a real collection: the dev documents over and over, each copy under a new name and with its own last line (a copy is new content, as the cache sees it). */
const realDocument = (i) => {
  const { name, text } = devTexts[i % devTexts.length];
  const copy = Math.floor(i / devTexts.length);
  return { name: `${String(i).padStart(5, '0')}_${name}`, text: copy === 0 ? text : `${text}\nArchive copy ${copy}.\n` };
};
const generatedDocument = (i) => ({ name: `${String(i).padStart(5, '0')}_doc.txt`, text: variant(i) });
const corpora = [
  ...(devTexts.length > 0 ? [{ label: 'real', document: realDocument }] : []),
  { label: 'generated', document: generatedDocument },
].filter((corpus) => !process.env.BENCH_REAL_ONLY || corpus.label === 'real');

// BENCH_COLLECTION_ONLY=1 skips to the collection part (the CLI and the live updates), for quicker iterations;
// BENCH_REAL_ONLY=1 leaves out the generated corpus (with both: the real corpus's index and saved-file rows only).
if (!process.env.BENCH_COLLECTION_ONLY) {
  // 4 KB document
  const small = seed4k.length > 4096 ? seed4k.slice(0, 4096) : seed4k;
  const base4k = time(() => baselineScan(small), 2000);
  const engine4k = time(() => analyze(small), 2000);
  row(`baseline regex scan, ${small.length} chars`, `p50 ${base4k.p50.toFixed(3)} ms (${mbps(small.length, base4k.p50)} MB/s)`);
  row('engine, 4 KB seed', `p50 ${engine4k.p50.toFixed(3)} ms, p95 ${engine4k.p95.toFixed(3)} ms`, ratioOf(engine4k.p50, base4k.p50), '<= 0.5 ms, <= 5x scan');

  // The 4 KB figure above is of one text analysed 2,000 times: its lines and words are in the engine's caches.
  // A document seen for the first time: the first 4 KB of dev documents, each analysed once (after a JIT warm-up on others).
  const slices = devTexts.filter((d) => d.text.length >= 4096).map((d) => d.text.slice(0, 4096));
  if (slices.length >= 200) {
    for (const text of slices.slice(0, 100)) analyze(text);
    const firsts = slices.slice(100, 200).map((text) => [cpuOnce(() => analyze(text)), cpuTime(() => baselineScan(text), 5)]);
    const median = (values) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)];
    const engineP50 = median(firsts.map(([engine]) => engine));
    const scanP50 = median(firsts.map(([, scan]) => scan));
    row(`engine, 4 KB of real text seen for the first time (100 dev documents), CPU`, `p50 ${engineP50.toFixed(3)} ms (scan ${scanP50.toFixed(3)} ms)`, ratioOf(engineP50, scanP50), '<= 0.5 ms, <= 5x scan');
  }

  // Every dev document once, in this thread: the per-document figure of real text, against the scan of the same text.
  if (devTexts.length > 0) {
    const devBytes = devTexts.reduce((sum, d) => sum + d.text.length, 0);
    const pass = (work) => () => {
      for (const { text } of devTexts) work(text);
    };
    const scanMs = cpuTime(pass(baselineScan), 1);
    const engineMs = cpuTime(pass(analyze), 1);
    row(`engine, each of the ${devTexts.length} dev documents once (${(devBytes / 1e6).toFixed(1)} M chars), CPU`, `${(engineMs / devTexts.length).toFixed(2)} ms/doc (scan ${(scanMs / devTexts.length).toFixed(3)})`, ratioOf(engineMs, scanMs), '(none; as 4 KB: <= 5x scan)');
  }

  // 1 MB document, of real text and of generated text.
  for (const { label, document } of corpora) {
    let big = '';
    for (let i = 0; big.length < 1_000_000; i++) big += document(i).text + '\n\n';
    const base1m = cpuTime(() => baselineScan(big), 5);
    // The whole megabyte (about 23,000 lines of real text), past the default 10,000-line bound: the engine's speed, not the bound's.
    const engine1m = cpuTime(() => analyze(big, { maxLines: Infinity }), 5);
    row(`engine, 1 MB document (${label}; scan ${base1m.toFixed(1)} ms), CPU`, `${engine1m.toFixed(1)} ms`, ratioOf(engine1m, base1m), '<= 4x scan');
  }

  // Pathological text: every detector on 100 KB of repeated quote marks, capitals, dots and dashes.
  for (const [label, unit] of [['quote marks', '"“„«'], ['capitals', 'A B C '], ['dots', '. . .'], ['dashes', '- — –']]) {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const result = time(() => analyze(text), 3);
    const scan = time(() => baselineScan(text), 3);
    row(`engine, 100 KB of ${label} (scan ${scan.p50.toFixed(1)} ms)`, `${result.p50.toFixed(1)} ms`, ratioOf(result.p50, scan.p50), '(none; as real text: <= 4x scan)');
  }
}

/**
 * The extension's path when a file is saved: a live collection (made from the CLI's cache, as the
 * extension makes its own from its storage) re-profiles and re-analyses that file and updates the
 * collection facts in place. Timed in this process, after one warm-up update; 20 saves per edit. A
 * save returns once the saved file is analysed (what the reviewer waits for); the documents whose
 * repeated lines it changed are analysed in the background, timed on their own row until settled.
 */
async function liveUpdates(folder, cacheFolder) {
  const bundle = join(mkdtempSync(join(tmpdir(), 'source-review-bench-live-')), 'live.js');
  const entry = "export { LiveCollection } from './src/corpus/liveCollection'; export { DiskCache } from './src/cli/diskCache'; export { inThreadWorker } from './src/corpus/documentWork';";
  await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning' });
  const { LiveCollection, DiskCache, inThreadWorker } = require(bundle);
  const cache = await DiskCache.open(cacheFolder);
  const source = (file) => ({ file, read: async () => readFileSync(join(folder, file)) });
  const files = readdirSync(folder).filter((file) => file.endsWith('.txt')).sort();
  const cpuSince = (start) => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  // The engine's share of a save (profiling and analysing the saved file), apart from the collection's bookkeeping.
  let engineMs = 0;
  const engineTimed = (work) => async (job) => {
    const start = process.cpuUsage();
    try {
      return await work(job);
    } finally {
      engineMs += cpuSince(start);
    }
  };
  const worker = { profile: engineTimed(inThreadWorker.profile), analyze: engineTimed(inThreadWorker.analyze) };
  const createStart = performance.now();
  const live = await LiveCollection.create(files.map(source), { cache, worker, engine: require(join(root, 'dist/core.js')).ENGINE_BUILD });
  const createMs = performance.now() - createStart;
  const timed = async (what, edit) => {
    const [times, engineTimes, scans, settling, settlingWall, others] = [[], [], [], [], [], []];
    for (let i = 0; i <= 20; i++) {
      const file = files[(i * 37 + 11) % files.length];
      const text = edit(readFileSync(join(folder, file), 'utf8'), i);
      writeFileSync(join(folder, file), text);
      engineMs = 0;
      const start = process.cpuUsage();
      await live.update(source(file));
      const used = cpuSince(start);
      const engineUsed = engineMs;
      const waiting = live.waiting;
      const settleStart = process.cpuUsage();
      const settleWallStart = performance.now();
      await live.settled();
      if (i === 0) continue;
      times.push(used);
      engineTimes.push(engineUsed);
      scans.push(cpuTime(() => baselineScan(text), 3));
      settling.push(cpuSince(settleStart));
      settlingWall.push(performance.now() - settleWallStart);
      others.push(waiting);
    }
    const at = (values, share) => [...values].sort((a, b) => a - b)[Math.floor(values.length * share)];
    const [p50, p95, scan] = [at(times, 0.5), at(times, 0.95), at(scans, 0.5)];
    const max = (values) => Math.max(...values);
    const bookkeeping = times.map((time, i) => time - engineTimes[i]);
    return [
      [`live update (CPU), one file saved: ${what}`, `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (scan of the file ${scan.toFixed(2)} ms)`, ratioOf(p50, scan), '<= 10 ms p50, <= 50 ms p95'],
      [
        '  of which the saved file profiled and analysed (the engine) | the rest (the collection)',
        `p50 ${at(engineTimes, 0.5).toFixed(1)} ms, p95 ${at(engineTimes, 0.95).toFixed(1)} ms | p50 ${at(bookkeeping, 0.5).toFixed(1)} ms, p95 ${at(bookkeeping, 0.95).toFixed(1)} ms`,
        '',
        '',
      ],
      [
        `  then in the background: other documents analysed again (${others.filter((n) => n > 0).length} of ${others.length} saves, up to ${max(others)} documents)`,
        `CPU p50 ${at(settling, 0.5).toFixed(1)} ms, p95 ${at(settling, 0.95).toFixed(1)} ms, max ${max(settling).toFixed(1)} ms; wall max ${max(settlingWall).toFixed(0)} ms`,
        '',
        '(none; the editor shows them once settled)',
      ],
    ];
  };
  return [
    [`live collection of ${files.length} documents, made from the CLI cache`, `${(createMs / 1000).toFixed(2)} s`, '', ''],
    ...(await timed('a line added', (text, i) => `${text}\nEdited ${i}.\n`)),
    ...(await timed('a word of its story changed', (text, i) => text.replace(/\bthe\b/, `the ${i}`))),
    ...(await timed('its story rewritten', (text, i) => text.replace(/\bthe\b/g, `the ${i}`))),
  ];
}

/** Wall time, CPU time (user + system, all threads) and peak RSS of one CLI run; CPU time drifts less on a loaded machine. */
function cli(args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, join(root, 'dist/cli.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [seconds, user, system, kilobytes] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + system, rssMb: kilobytes / 1024, status: result.status };
}
const runFigures = (run) => `${run.seconds.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, peak RSS ${run.rssMb.toFixed(0)} MB`;
const runRatio = (run, base) => `${(run.seconds / base.seconds).toFixed(1)}x scan (CPU ${(run.cpu / base.cpu).toFixed(1)}x)`;

// The CLI over a folder of 10,000 documents, real text first. BENCH_FULL=1 adds `facts` and `index --jobs 1` of each.
const count = Number(process.env.BENCH_DOCS ?? 10_000);
for (const { label, document } of corpora) {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-bench-'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { name, text } = document(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, name), text);
  }
  // Read and scanned once to warm the page cache, then timed: wall and CPU (the CLI's CPU ratio is to the scan's CPU).
  const names = readdirSync(folder);
  const scanFolder = () => {
    for (const name of names) baselineScan(readFileSync(join(folder, name), 'utf8'));
  };
  scanFolder();
  const baseFolderStart = performance.now();
  const baseCpu = cpuTime(scanFolder, 1) / 1000;
  const baseSeconds = (performance.now() - baseFolderStart) / 1000;
  const base = { seconds: baseSeconds, cpu: baseCpu };
  row(`${label}: baseline regex scan, ${count} files (${(bytes / 1e6).toFixed(1)} MB)`, `${baseSeconds.toFixed(2)} s wall, ${baseCpu.toFixed(2)} s CPU`);
  if (process.env.BENCH_FULL) {
    const facts = cli(['facts', folder]);
    row(`${label}: cli facts, ${count} documents`, `${runFigures(facts)}, ${(count / facts.seconds).toFixed(0)} docs/s`, runRatio(facts, base));
  }
  for (const jobs of process.env.BENCH_FULL ? ['1', '2'] : ['2']) {
    const cache = mkdtempSync(join(tmpdir(), 'source-review-bench-cache-'));
    rmSync(join(folder, 'INDEX.yaml'), { force: true });
    const cold = cli(['index', folder, '--jobs', jobs, '--cache', cache]);
    if (cold.status !== 0) {
      row(`${label}: cli index --jobs ${jobs}`, `not measured (exit ${cold.status})`);
      continue;
    }
    row(`${label}: cli index --jobs ${jobs}, ${count} documents, cold`, `${runFigures(cold)}, ${((cold.cpu * 1000) / count).toFixed(2)} ms CPU/doc`, runRatio(cold, base), '<= 6x scan, <= 150 MB');
    // The collection figures that follow are the real corpus's: the targets are about real text.
    if (jobs === '2' && label === corpora[0].label) {
      const warm = cli(['index', folder, '--cache', cache]);
      row(`${label}: cli index, warm (cache)`, runFigures(warm), runRatio(warm, base), '<= 0.3 s');
      const changedFile = document(7).name;
      writeFileSync(join(folder, changedFile), `${document(7).text}\nOne more line.\n`);
      const changed = cli(['index', folder, '--cache', cache]);
      // The per-save targets are the update of one saved file, timed in-process below (what the extension does):
      // the whole command also starts a process and reads the cache of every file.
      row(`${label}: cli index, one file changed (whole command)`, runFigures(changed), runRatio(changed, base));
      for (const [what, figures, ratio, target] of await liveUpdates(folder, cache)) row(`${label}: ${what}`, figures, ratio, target);
    }
    rmSync(cache, { recursive: true, force: true });
  }
  rmSync(folder, { recursive: true, force: true });
}

// Memory figures of scripts/bench-memory.mjs, when the branch has it.
const memoryBench = join(root, 'scripts', 'bench-memory.mjs');
if (existsSync(memoryBench)) {
  const memory = spawnSync(process.execPath, [memoryBench], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  for (const line of memory.stdout.trim().split('\n').filter(Boolean)) row(`memory: ${line.trim()}`, '');
}

// Bundle sizes, and the .vsix when one has been packaged.
for (const bundle of ['dist/core.js', 'dist/extension.js']) {
  if (existsSync(join(root, bundle))) row(`${bundle} size`, `${(statSync(join(root, bundle)).size / 1024).toFixed(0)} KB`);
}
const vsix = readdirSync(root).find((f) => f.endsWith('.vsix'));
if (vsix) row(`${vsix} size`, `${(statSync(join(root, vsix)).size / 1024).toFixed(0)} KB`, '', '<= 2 MB');
const loadStart = performance.now();
require(join(root, 'dist/core.js'));
row('engine bundle load (cached require)', `${(performance.now() - loadStart).toFixed(2)} ms`);
const coldLoad = spawnSync(process.execPath, ['-e', `const s=performance.now();require(${JSON.stringify(join(root, 'dist/core.js'))});console.log(performance.now()-s)`], { encoding: 'utf8' });
row('engine bundle load (fresh process)', `${Number(coldLoad.stdout).toFixed(1)} ms`);

if (existsSync(join(root, 'dist/extension.js'))) {
  const runs = Array.from({ length: 7 }, () => JSON.parse(spawnSync(process.execPath, [join(root, 'scripts/activation.cjs')], { encoding: 'utf8' }).stdout));
  const failed = runs.find((run) => run.error);
  if (failed) row('extension activation', `not measured: ${failed.error}`);
  else {
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const load = median(runs.map((run) => run.loadMs));
    const activate = median(runs.map((run) => run.activateMs));
    const cpu = median(runs.map((run) => run.activationCpuMs));
    const firstFacts = median(runs.map((run) => run.firstFactsMs));
    row('extension activation (bundle load + activate, vscode stubbed; median of 7)', `${(load + activate).toFixed(1)} ms wall (load ${load.toFixed(1)}, activate ${activate.toFixed(1)}), ${cpu.toFixed(1)} ms CPU`, '', '<= 20 ms');
    row('extension: first facts of the 4 KB seed after activation (engine file loaded + analysed)', `${firstFacts.toFixed(0)} ms wall`);
  }
}

const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => r[1].length)) + 2;
const ratioWidth = Math.max(...rows.map((r) => r[2].length)) + 2;
console.log(`\n${'measure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}${'ratio'.padEnd(ratioWidth)}target`);
for (const [what, value, ratio, target] of rows) console.log(`${what.padEnd(width)}  ${value.padEnd(valueWidth)}${ratio.padEnd(ratioWidth)}${target}`);
