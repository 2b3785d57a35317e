// Peak memory (RSS) of the command line on big inputs, each figure beside its target (issue 18).
// Every case runs in a child process under /usr/bin/time (its maximum resident set size), with a
// timeout; inputs are generated from the sample seeds into a temporary folder, removed at the end.
// Usage: node scripts/bench-memory.mjs [--small 20000] [--real 10000] [--only 'part|part']   (after npm run build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args[at + 1];
};
const small = Number(option('--small', 20000));
const only = option('--only', '');
const root = resolve(new URL('..', import.meta.url).pathname);
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures');
if (!existsSync(cli)) throw new Error('run npm run build first');
if (!existsSync('/usr/bin/time')) throw new Error('needs /usr/bin/time (GNU time) to read a child\'s peak RSS');
const seeds = readdirSync(fixtures).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(fixtures, name), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'source-review-bench-memory-'));
const env = { ...process.env, XDG_CACHE_HOME: join(work, 'cache') };

/** Peak RSS in MB, wall and CPU seconds of `node dist/cli.js …argv`, or null on a timeout or crash. */
function measure(argv, timeoutSeconds) {
  const started = Date.now();
  const run = spawnSync('timeout', ['-s', 'KILL', String(timeoutSeconds), '/usr/bin/time', '-f', '%M %U %S', process.execPath, cli, ...argv], { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  const seconds = (Date.now() - started) / 1000;
  const [kb, user, system] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return run.status === 137 || !Number.isFinite(kb) ? { mb: null, seconds, status: run.status } : { mb: kb / 1024, seconds, cpu: user + system, status: run.status };
}

function file(name, text) {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

function report(name, result, targetMb, note = '') {
  const figure = result.mb === null ? 'no result (timeout or crash)' : `${result.mb.toFixed(0)} MB`;
  const verdict = result.mb === null ? 'FAIL' : targetMb === undefined ? 'INFO' : result.mb <= targetMb ? 'ok' : 'OVER';
  const cpu = result.cpu === undefined ? '' : ` (${result.cpu.toFixed(1)} s CPU)`;
  console.log(`${verdict.padEnd(4)} ${name.padEnd(44)} peak ${figure.padStart(8)}${targetMb === undefined ? '' : ` (target <= ${targetMb} MB)`}, ${result.seconds.toFixed(1)} s${cpu}${note}`);
}

// Real text, as scripts/bench.mjs makes its collection: the dev corpus's documents over and over, each copy under a new name and with its own last line.
const DEV_DOCS = join(root, '..', 'shared', 'eval', 'dev', 'docs');
const real = Number(option('--real', 10000));

function realFolder() {
  const folder = join(work, 'real');
  mkdirSync(folder);
  const texts = readdirSync(DEV_DOCS).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(DEV_DOCS, name), 'utf8') }));
  for (let i = 0; i < real; i++) {
    const { name, text } = texts[i % texts.length];
    const copy = Math.floor(i / texts.length);
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}_${name}`), copy === 0 ? text : `${text}\nArchive copy ${copy}.\n`);
  }
  return folder;
}

const cases = [
  [`index, ${real} real documents`, () => {
    if (!existsSync(DEV_DOCS)) return console.log(`SKIP index, ${real} real documents: ${DEV_DOCS} not found`);
    report(`index, ${real} real documents, cold, --jobs 2`, measure(['index', realFolder(), '--jobs', '2'], 1800), 150);
  }],
  ['facts, 5 MB of short lines', () => report('facts, 5 MB of short lines', measure(['facts', file('short-lines.txt', 'Putin said so.\n'.repeat(Math.ceil(5e6 / 15)))], 600), 150)],
  ['facts, 5 MB of blank lines', () => report('facts, 5 MB of blank lines', measure(['facts', file('blank-lines.txt', '\n'.repeat(5e6))], 600), 150)],
  ['facts, 5 MB of one-letter lines', () => report('facts, 5 MB of one-letter lines', measure(['facts', file('one-letter.txt', 'a\n'.repeat(2.5e6))], 600), 150)],
  ['facts, 1 MB of one-letter lines', () => report('facts, 1 MB of one-letter lines', measure(['facts', file('one-letter-1mb.txt', 'a\n'.repeat(5e5))], 300), undefined, ' (time: should be well under a second of analysis)')],
  ['facts, one 50 MB file', () => report('facts, one 50 MB file', measure(['facts', file('big.txt', `${seeds.join('\n')}\n`.repeat(Math.ceil(5e7 / (seeds.join('\n').length + 1))))], 600), 200)],
  // The folder ../shared/fuzz/memory.mjs makes: the seeds, each copy with its own names and last line (4 KB each).
  [`index, ${small} seed copies`, () => {
    const folder = join(work, 'seed-copies');
    mkdirSync(folder);
    for (let n = 0; n < small; n++) writeFileSync(join(folder, `${String(n).padStart(6, '0')}.txt`), `${seeds[n % seeds.length].replace(/Putin/g, `Putin${n % 97}`)}\nLine ${n}\n`);
    report(`index, ${small} seed copies, cold`, measure(['index', folder], 900), 200);
    report(`index, ${small} seed copies, warm`, measure(['index', folder], 600), 200);
    writeFileSync(join(folder, '000000.txt'), 'Changed story\n\nHe said on Sunday, Putin said.\n');
    report(`index, ${small} seed copies, one changed`, measure(['index', folder], 600), 200);
    rmSync(folder, { recursive: true, force: true });
  }],
  [`index, ${small} small files`, () => {
    const folder = join(work, 'small');
    mkdirSync(folder);
    for (let n = 0; n < small; n++) writeFileSync(join(folder, `${String(n).padStart(6, '0')}.txt`), `Story ${n} Headline\n\nMinister ${n} said on Monday that "item ${n} is ready".\n`);
    report(`index, ${small} small files, cold`, measure(['index', folder], 900), 200);
    report(`index, ${small} small files, warm`, measure(['index', folder], 600), 200);
    writeFileSync(join(folder, '000000.txt'), 'Changed Headline\n\nLavrov said on Tuesday that "talks went well".\n');
    report(`index, ${small} small files, one changed`, measure(['index', folder], 600), 200);
    report(`facts, ${small} small files`, measure(['facts', folder], 900), 200);
  }],
];

try {
  for (const [name, run] of cases) if (only === '' || only.split('|').some((part) => name.includes(part))) run();
} finally {
  rmSync(work, { recursive: true, force: true });
}
