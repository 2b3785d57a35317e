/**
 * INDEX.yaml on a real file system with more than one writer: two processes (as two VS Code
 * windows, or a window and the CLI) writing the same folder round after round while this one reads
 * it, and the user saving an edit at the worst moment, after the merge and before the rename.
 * Run as a writer when SOURCE_REVIEW_TEST_WRITER is set (the test spawns this file twice).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { describeMalformed, loadIndex, nodeFolderAccess, writeIndex } from '../../src/cli/indexWrite';
import { readIndexYaml } from '../../src/corpus/indexFile';
import { indexCollection } from '../../src/corpus/indexer';
import { commitIndex, type IndexUpdate } from '../../src/corpus/indexUpdate';

interface WriterJob {
  folder: string;
  id: string;
  rounds: number;
  /** `index`: the CLI's writeIndex with one new seed file a round; `review`: a reviewer's field a round. */
  mode: 'index' | 'review';
}

const ROUNDS = 20;
const SHARED_ENTRIES = 4;

const seedText = (file: string): string => `${file}\n\nMoscow, 29 August 2025 (PTI): "We met," said Vladimir Putin of ${file}.\n`;

async function runWriter(job: WriterJob): Promise<void> {
  const go = join(job.folder, '..', 'go');
  while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 5)); // start together
  const indexPath = join(job.folder, 'INDEX.yaml');
  for (let round = 0; round < job.rounds; round++) {
    const outcome = job.mode === 'index' ? await indexRound(indexPath, `${job.id}-${round}.txt`) : await reviewRound(job, round);
    if (outcome) throw new Error(`${job.id} round ${round}: ${outcome}`);
  }
}

/** An error message, or null when the round's write went through. */
async function indexRound(indexPath: string, file: string): Promise<string | null> {
  const loaded = await loadIndex(indexPath, undefined);
  if (!('inputs' in loaded)) return describeMalformed(indexPath, loaded);
  const index = await indexCollection([{ file, read: async () => new TextEncoder().encode(seedText(file)) }], { inputs: loaded.inputs });
  const written = await writeIndex(indexPath, index, loaded, undefined);
  return written.ok ? null : written.message;
}

/** Sets `<id>_<round>: reviewed` on one of the shared entries, as a reviewer's own field. */
async function reviewRound(job: WriterJob, round: number): Promise<string | null> {
  const target = `shared-${round % SHARED_ENTRIES}.txt`;
  const commit = await commitIndex(nodeFolderAccess(job.folder), 'INDEX.yaml', (current): IndexUpdate => {
    const document = parseDocument(current ?? '');
    const list = isMap(document.contents) ? document.contents.get('documents', true) : null;
    const entry = isSeq(list) ? list.items.find((item) => isMap(item) && item.get('file') === target) : undefined;
    if (!isMap(entry)) return { ok: false, error: { message: `${target} is not in INDEX.yaml`, line: 1, col: 1 } };
    (entry as YAMLMap).set(`${job.id}_${round}`, 'reviewed');
    return { ok: true, text: document.toString({ lineWidth: 0 }), written: new Map() };
  });
  if (commit.ok) return null;
  return 'malformed' in commit ? commit.malformed.message : commit.problem;
}

/** Runs two writers in their own processes and reads INDEX.yaml all along: it must always parse, and never shrink. */
async function hammer(mode: WriterJob['mode'], size: (text: string) => number): Promise<{ text: string; reads: number }> {
  const folder = join(mkdtempSync(join(tmpdir(), 'source-review-writers-')), 'seeds');
  mkdirSync(folder, { recursive: true });
  if (mode === 'review') {
    const entries = Array.from({ length: SHARED_ENTRIES }, (_, n) => `  - file: shared-${n}.txt\n    status: unreviewed\n`).join('');
    writeFileSync(join(folder, 'INDEX.yaml'), `# shared by two windows\ndocuments:\n${entries}`);
  }
  const writers = ['one', 'two'].map((id) => {
    const job: WriterJob = { folder, id, rounds: ROUNDS, mode };
    const child = spawn(process.execPath, ['--import', 'tsx', __filename], { env: { ...process.env, SOURCE_REVIEW_TEST_WRITER: JSON.stringify(job) }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise<string>((resolve) => child.on('exit', (code) => resolve(code === 0 ? '' : `writer ${id} exited ${code}: ${stderr}`)));
  });
  let finished = false;
  const done = Promise.all(writers).then((failures) => {
    finished = true;
    return failures.filter(Boolean);
  });
  writeFileSync(join(folder, '..', 'go'), '');
  let largest = 0;
  let reads = 0;
  while (!finished) {
    const text = existsSync(join(folder, 'INDEX.yaml')) ? readFileSync(join(folder, 'INDEX.yaml'), 'utf8') : '';
    const read = readIndexYaml(text);
    assert.equal(read.error, undefined, `INDEX.yaml did not parse while being written:\n${text}`);
    const now = size(text);
    assert.ok(now >= largest, `INDEX.yaml lost updates while being written: ${now} after ${largest}`);
    largest = now;
    reads++;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  assert.deepEqual(await done, []);
  return { text: readFileSync(join(folder, 'INDEX.yaml'), 'utf8'), reads };
}

const WRITER = process.env['SOURCE_REVIEW_TEST_WRITER'];
if (WRITER) {
  runWriter(JSON.parse(WRITER) as WriterJob).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  test('two processes indexing the same folder: every entry either writes survives, and the file always parses', async () => {
    const { text, reads } = await hammer('index', (current) => readIndexYaml(current).entries.size);
    const files = [...readIndexYaml(text).entries.keys()].sort();
    const expected = ['one', 'two'].flatMap((id) => Array.from({ length: ROUNDS }, (_, round) => `${id}-${round}.txt`)).sort();
    assert.deepEqual(files, expected);
    assert.ok(reads > 0);
  });

  test('two processes each saving review fields on the same entries: every field survives', async () => {
    const fieldCount = (current: string) => [...readIndexYaml(current).entries.values()].reduce((sum, entry) => sum + Object.keys(entry.fields).length, 0);
    const { text } = await hammer('review', fieldCount);
    const entries = readIndexYaml(text).entries;
    assert.match(text, /^# shared by two windows\n/);
    for (const id of ['one', 'two']) {
      for (let round = 0; round < ROUNDS; round++) {
        assert.equal(entries.get(`shared-${round % SHARED_ENTRIES}.txt`)?.fields[`${id}_${round}`], 'reviewed', `${id}_${round} was lost`);
      }
    }
  });

  test('an edit the user saves after the merge, right before the rename, is kept', async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'source-review-worst-moment-'));
    const indexPath = join(folder, 'INDEX.yaml');
    assert.equal(await indexRound(indexPath, 'a.txt'), null);
    const loaded = await loadIndex(indexPath, undefined);
    assert.ok('inputs' in loaded);
    const index = await indexCollection(['a.txt', 'b.txt'].map((file) => ({ file, read: async () => new TextEncoder().encode(seedText(file)) })), { inputs: loaded.inputs });
    // The temporary file is written once the merge is done: the user's save lands just after it.
    const open = fsPromises.open;
    let saved = false;
    t.mock.method(fsPromises, 'open', async (...args: Parameters<typeof open>) => {
      if (String(args[0]).endsWith('.tmp') && !saved) {
        saved = true;
        writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace('status: unreviewed', 'status: flagged # wrong date'));
      }
      return open(...args);
    });
    const written = await writeIndex(indexPath, index, loaded, undefined);
    t.mock.restoreAll();
    assert.ok(written.ok, written.message);
    assert.ok(saved, 'the edit was made during the write');
    const text = readFileSync(indexPath, 'utf8');
    assert.match(text, /status: flagged # wrong date/);
    assert.equal(readIndexYaml(text).entries.get('b.txt')?.status, 'unreviewed');
  });
}
