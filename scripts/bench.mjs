// npm run bench: the engine's speed and memory against a plain regex scan of the same text, measured in the
// same run (absolute times drift on shared machines, ratios do not). Corpora are generated from the sample seeds.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** A document unlike its neighbours: the seeds with their numbers and some words varied by index. */
function variant(index) {
  const base = seeds[index % seeds.length];
  return `date 2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}  Story ${index}\n` +
    base.replace(/\d+/g, (digits) => String((Number(digits) + index) % 10000)).replace(/Sunday/g, ['Monday', 'Tuesday', 'Sunday'][index % 3]);
}

const rows = [];
const row = (what, value, ratio = '') => rows.push([what, value, ratio]);
const mbps = (bytes, ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);

// 4 KB document
const small = seed4k.length > 4096 ? seed4k.slice(0, 4096) : seed4k;
const base4k = time(() => baselineScan(small), 2000);
const engine4k = time(() => analyze(small), 2000);
row(`baseline regex scan, ${small.length} chars`, `p50 ${base4k.p50.toFixed(3)} ms (${mbps(small.length, base4k.p50)} MB/s)`);
row('engine, 4 KB seed', `p50 ${engine4k.p50.toFixed(3)} ms, p95 ${engine4k.p95.toFixed(3)} ms`, `${(engine4k.p50 / base4k.p50).toFixed(1)}x baseline`);

// 1 MB document
let big = '';
for (let i = 0; big.length < 1_000_000; i++) big += variant(i) + '\n\n';
const base1m = time(() => baselineScan(big), 5);
const engine1m = time(() => analyze(big), 5);
row('baseline regex scan, 1 MB', `${base1m.p50.toFixed(1)} ms`);
row('engine, 1 MB document', `${engine1m.p50.toFixed(1)} ms`, `${(engine1m.p50 / base1m.p50).toFixed(1)}x baseline`);

// Pathological text: every detector on 100 KB of repeated quote marks, capitals, dots and dashes.
for (const [label, unit] of [['quote marks', '"“„«'], ['capitals', 'A B C '], ['dots', '. . .'], ['dashes', '- — –']]) {
  const text = unit.repeat(Math.ceil(100_000 / unit.length));
  const result = time(() => analyze(text), 3);
  row(`engine, 100 KB of ${label}`, `${result.p50.toFixed(1)} ms`);
}

// The CLI over a folder of 10,000 documents.
const count = Number(process.env.BENCH_DOCS ?? 10_000);
const folder = mkdtempSync(join(tmpdir(), 'source-review-bench-'));
let bytes = 0;
for (let i = 0; i < count; i++) {
  const text = variant(i);
  bytes += Buffer.byteLength(text);
  writeFileSync(join(folder, `${String(i).padStart(5, '0')}_doc.txt`), text);
}
const baseFolderStart = performance.now();
for (const name of readdirSync(folder)) baselineScan(readFileSync(join(folder, name), 'utf8'));
const baseFolderMs = performance.now() - baseFolderStart;
row(`baseline regex scan, ${count} files (${(bytes / 1e6).toFixed(1)} MB)`, `${(baseFolderMs / 1000).toFixed(2)} s`);

function cli(args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(root, 'dist/cli.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [seconds, kilobytes] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, rssMb: kilobytes / 1024, status: result.status };
}
const facts = cli(['facts', folder]);
row(`cli facts, ${count} documents`, `${facts.seconds.toFixed(2)} s, ${(count / facts.seconds).toFixed(0)} docs/s, ${(bytes / 1e6 / facts.seconds).toFixed(1)} MB/s, peak RSS ${facts.rssMb.toFixed(0)} MB`, `${(facts.seconds / (baseFolderMs / 1000)).toFixed(1)}x baseline`);
{
  const cold = cli(['index', folder]);
  if (cold.status === 0) {
    row(`cli index, ${count} documents, cold`, `${cold.seconds.toFixed(2)} s, peak RSS ${cold.rssMb.toFixed(0)} MB`);
    const warm = cli(['index', folder]);
    row('cli index, warm (cache)', `${warm.seconds.toFixed(2)} s`);
    writeFileSync(join(folder, '00007_doc.txt'), variant(7) + '\nOne more line.\n');
    const changed = cli(['index', folder]);
    row('cli index, one file changed', `${changed.seconds.toFixed(2)} s (whole command)`);
  } else {
    row('cli index', `not measured (exit ${cold.status})`);
  }
}
rmSync(folder, { recursive: true, force: true });

// Bundle sizes, and the .vsix when one has been packaged.
for (const bundle of ['dist/core.js', 'dist/extension.js']) {
  if (existsSync(join(root, bundle))) row(`${bundle} size`, `${(statSync(join(root, bundle)).size / 1024).toFixed(0)} KB`);
}
const vsix = readdirSync(root).find((f) => f.endsWith('.vsix'));
if (vsix) row(`${vsix} size`, `${(statSync(join(root, vsix)).size / 1024).toFixed(0)} KB`);
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
    row('extension activation (bundle load + activate, vscode stubbed)', `${(load + activate).toFixed(1)} ms (load ${load.toFixed(1)}, activate ${activate.toFixed(1)})`);
  }
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${'measure'.padEnd(width)}  value${' '.repeat(60)}ratio`);
for (const [what, value, ratio] of rows) console.log(`${what.padEnd(width)}  ${value.padEnd(65)}${ratio}`);
