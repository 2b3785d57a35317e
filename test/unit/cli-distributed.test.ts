import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { linesOf } from '../../src/cli/factsJsonl';
import { FIXTURES } from './fixtures';

// The CLI is tested as built (npm test builds first): the bundle is what a distributed engine runs.
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEEDS = ['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt'];

function run(args: string[], cwd: string, input = '') {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonl(documents: readonly { id: string; text: string; published?: string }[]): string {
  return documents.map((document) => `${JSON.stringify(document)}\n`).join('');
}

test('facts --jsonl: the record facts prints for each file, in input order; bytes that are not UTF-8 come as base64', () => {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-jsonl-'));
  for (const name of SEEDS) copyFileSync(join(FIXTURES, name), join(folder, name));
  copyFileSync(join(FIXTURES, 'hostile', 'utf16-bom.txt'), join(folder, 'utf16-bom.txt'));
  const files = [...SEEDS, 'utf16-bom.txt'];
  const local = run(['facts', ...files], folder).stdout.trim().split('\n');
  assert.equal(local.length, 3);
  const input = [...files].reverse().map((id) => (id === 'utf16-bom.txt' ? { id, base64: readFileSync(join(folder, id)).toString('base64') } : { id, text: readFileSync(join(folder, id), 'utf8') }));
  const result = run(['facts', '--jsonl'], folder, input.map((document) => `${JSON.stringify(document)}\n`).join(''));
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(result.stdout.trim().split('\n'), [...local].reverse());
});

test('facts --jsonl streams: a record comes out before the input ends', async () => {
  const child = spawn(process.execPath, [CLI, 'facts', '--jsonl']);
  let output = '';
  const firstRecord = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('\n')) resolve();
    });
  });
  child.stdin.write(jsonl([{ id: 'a.txt', text: 'Paris, France (AP) — The mayor spoke on Monday.\n' }]));
  await firstRecord;
  assert.equal(JSON.parse(output.split('\n')[0]!).file, 'a.txt', 'the first record, while stdin is still open');
  child.stdin.end(jsonl([{ id: 'b.txt', text: 'A second story.\n' }]));
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  assert.deepEqual(output.trim().split('\n').map((line) => JSON.parse(line).file), ['a.txt', 'b.txt']);
});

test('facts --jsonl: a bad line gives an error record with its number, and the run goes on', () => {
  const input = [
    JSON.stringify({ id: 'one.txt', text: 'The council met on Monday.\n' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'no-text.txt' }),
    '',
    JSON.stringify({ id: 'binary.txt', text: 'a\u0000b' }),
    JSON.stringify({ id: 'two.txt', text: 'The council met again on Tuesday.\n', published: '2024-05-02' }),
  ].join('\n');
  const result = run(['facts', '--jsonl'], tmpdir(), input);
  assert.equal(result.code, 1, 'some lines were bad');
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(records.map((record) => record.file ?? record.id), ['one.txt', null, null, 'binary.txt', 'two.txt'], 'one line out per non-blank line in');
  assert.deepEqual([records[1].line, records[2].line, records[3].line], [2, 3, 5]);
  assert.match(records[1].error, /not JSON/);
  assert.match(records[2].error, /no "text"/);
  assert.match(records[3].error, /binary/);
  assert.equal(records[4].published, '2024-05-02');
  assert.match(result.stderr, /stdin:2: not JSON/);
  assert.match(result.stderr, /stdin:5: binary\.txt: binary/);
});

test('linesOf: lines split across chunks, CRLF and blank lines, and a line too long to hold', async () => {
  const chunks = ['{"a":', '1}\r\n\n  \n{"b"', ':2}\n', 'x'.repeat(40), 'y'.repeat(40), '\n{"c":3}'].map((text) => new TextEncoder().encode(text));
  async function* input(): AsyncGenerator<Uint8Array> {
    yield* chunks;
  }
  const lines = [];
  for await (const { number, line } of linesOf(input(), 64)) lines.push([number, line && new TextDecoder().decode(line)]);
  assert.deepEqual(lines, [[1, '{"a":1}\r'], [4, '{"b":2}'], [5, undefined], [6, '{"c":3}']]);
});

/** Four short stories of one (unnamed) source, each with the site's furniture lines, and a copy of the first. */
function collectionFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'source-review-from-facts-')), 'docs');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  const furniture = 'Subscribe to our newsletter for the latest local news\nAll rights reserved by the Valley Courier\n';
  const stories = [
    'Council approves new bridge\nThe city council of Riverton voted on Monday to build a new bridge across the Avon river, the mayor, Jane Porter, said.\n',
    'School reopens after floods\nThe Lincoln primary school in Riverton reopened on Tuesday after three weeks of repairs, headteacher Tom Baker said.\n',
    'Market moves to the square\nThe weekly farmers market will move to Market Square in June, organiser Ana Silva told the Valley Courier on Wednesday.\n',
    'Library gets new wing\nRiverton library opened a children\'s wing on Thursday, paid for by the Hartley Foundation, librarian Raj Patel said.\n',
  ];
  stories.forEach((story, i) => writeFileSync(join(folder, i === 3 ? 'sub/003_story.txt' : `00${i}_story.txt`), `${story}\n${furniture}`));
  writeFileSync(join(folder, '005_copy.txt'), `${stories[0]}\n${furniture}`);
  writeFileSync(join(folder, '006_binary.txt'), 'PNG\u0000\u0000');
  return folder;
}

test('index --from-facts writes the INDEX.yaml a local index writes, through the second pass', () => {
  const folder = collectionFolder();
  const files = ['000_story.txt', '001_story.txt', '002_story.txt', '005_copy.txt', '006_binary.txt', 'sub/003_story.txt'];
  assert.equal(run(['index', folder, '--no-cache'], folder).code, 1, 'the binary file is an error');
  const local = readFileSync(join(folder, 'INDEX.yaml'), 'utf8');
  assert.match(local, /subscribe to our newsletter/i, 'the collection has repeated lines, so the second pass is needed');

  const work = join(folder, '..');
  const documents = files.map((id) => ({ id, text: readFileSync(join(folder, id), 'utf8') }));
  // Two shards, in another order than the folder's.
  writeFileSync(join(work, 'in-a.jsonl'), jsonl(documents.slice(3)));
  writeFileSync(join(work, 'in-b.jsonl'), jsonl(documents.slice(0, 3)));
  for (const shard of ['a', 'b']) {
    const made = run(['facts', '--jsonl', '--with-profile'], work, readFileSync(join(work, `in-${shard}.jsonl`), 'utf8'));
    writeFileSync(join(work, `facts-${shard}.jsonl`), made.stdout);
  }
  const reduce = (...shards: string[]) => run(['index', '--from-facts', ...shards, '--out', 'dist/INDEX.yaml', '--plan', 'plan.json'], work);
  mkdirSync(join(work, 'dist'));
  const first = reduce('facts-a.jsonl', 'facts-b.jsonl');
  assert.equal(first.code, 3, first.stderr);
  const plan = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8')) as { documents: string[] };
  assert.deepEqual(plan.documents.sort(), ['000_story.txt', '001_story.txt', '002_story.txt', '005_copy.txt', 'sub/003_story.txt']);
  const again = run(['facts', '--jsonl', '--with-profile', '--repeated-lines', 'plan.json'], work, jsonl(documents.filter((d) => plan.documents.includes(d.id))));
  writeFileSync(join(work, 'facts-c.jsonl'), again.stdout);
  const second = reduce('facts-a.jsonl', 'facts-b.jsonl', 'facts-c.jsonl');
  assert.equal(second.code, 1, 'the binary file is an error here too');
  assert.equal(readFileSync(join(work, 'dist', 'INDEX.yaml'), 'utf8'), local);
});

test('index --from-facts refuses records made without --with-profile', () => {
  const work = mkdtempSync(join(tmpdir(), 'source-review-from-facts-'));
  writeFileSync(join(work, 'plain.jsonl'), run(['facts', '--jsonl'], work, jsonl([{ id: 'a.txt', text: 'A story.\n' }])).stdout);
  const result = run(['index', '--from-facts', 'plain.jsonl', '--out', 'INDEX.yaml'], work);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /plain\.jsonl:1: a\.txt: no profile/);
});
