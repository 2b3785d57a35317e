/**
 * commitIndex's protocol on a folder in memory with a clock of its own: an edit landing between the
 * merge and the rename, a file that keeps changing, locks left by dead or slow writers, a lock
 * taken away before the rename. The real-file-system and two-process cases are in
 * index-concurrent-writers.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CollectionSummary } from '../../src/corpus/collection';
import { readIndexYaml } from '../../src/corpus/indexFile';
import { commitIndex, type IndexFolderAccess, LOCK_WAIT_MS, MAX_MERGES, STALE_LOCK_MS, updateIndexYaml } from '../../src/corpus/indexUpdate';
import type { DocumentSummary } from '../../src/corpus/summary';

const COLLECTION: CollectionSummary = { documents: 1, dateRange: null, gaps: [], duplicates: [], repeatedLines: [], errors: [] };

function summary(file: string): DocumentSummary {
  return { file, title: file, published: '2025-08-29', source: 'PTI', authors: [], people: [], organizations: [], places: [], quotes: 0, boilerplate: 0 };
}

const merge = (files: string[]) => (current: string | null) => updateIndexYaml(current, files.map(summary), COLLECTION);

/** A folder in memory; `onWrite` runs when a temporary file is written, just before the rename. */
class MemoryFolder implements IndexFolderAccess {
  readonly files = new Map<string, string>();
  clock = 1_000_000;
  running = new Set<number>([1]);
  onWrite: (name: string) => void = () => undefined;
  owner = { pid: 1, host: 'here' };
  read = async (name: string) => this.files.get(name) ?? null;
  write = async (name: string, text: string) => {
    this.files.set(name, text);
    this.onWrite(name);
  };
  createNew = async (name: string, text: string) => {
    if (this.files.has(name)) return false;
    this.files.set(name, text);
    return true;
  };
  replace = async (from: string, to: string) => {
    this.files.set(to, this.files.get(from)!);
    this.files.delete(from);
  };
  remove = async (name: string) => void this.files.delete(name);
  label = (name: string) => `seeds/${name}`;
  isRunning = (pid: number) => this.running.has(pid);
  wait = async (ms: number) => void (this.clock += ms);
  now = () => this.clock;
}

function lockOf(pid: number, host: string, time: number): string {
  return `${JSON.stringify({ pid, host, time: new Date(time).toISOString(), token: `t${pid}` })}\n`;
}

test('an edit landing between the merge and the rename is merged, not overwritten', async () => {
  const folder = new MemoryFolder();
  folder.files.set('INDEX.yaml', (await merge(['a.txt'])(null) as { text: string }).text);
  let edits = 0;
  folder.onWrite = (name) => {
    if (!name.endsWith('.tmp') || edits++ > 0) return;
    folder.files.set('INDEX.yaml', folder.files.get('INDEX.yaml')!.replace('status: unreviewed', 'status: flagged # wrong date'));
  };
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt', 'b.txt']));
  assert.ok(commit.ok && commit.wrote);
  const text = folder.files.get('INDEX.yaml')!;
  assert.match(text, /status: flagged # wrong date/);
  assert.equal(readIndexYaml(text).entries.get('b.txt')?.status, 'unreviewed');
  assert.deepEqual([...folder.files.keys()], ['INDEX.yaml'], 'no lock or temporary file is left');
});

test('a save that landed in the file just replaced is merged and written again; one that cannot be merged is named', async () => {
  const folder = new MemoryFolder();
  folder.files.set('INDEX.yaml', (await merge(['a.txt'])(null) as { text: string }).text);
  const before = folder.files.get('INDEX.yaml')!;
  // The editor read the old file and saved its edit into it while it was being renamed away (once).
  let saves = 0;
  const lateSave = async (from: string, to: string, expected: string | null): Promise<string | null> => {
    await folder.replace(from, to);
    return saves++ === 0 && expected === before ? before.replace('notes: ""', 'notes: checked by hand') : null;
  };
  const commit = await commitIndex(Object.assign(folder, { replaceWatching: lateSave }), 'INDEX.yaml', merge(['a.txt', 'b.txt']));
  assert.ok(commit.ok && commit.wrote);
  const entries = readIndexYaml(folder.files.get('INDEX.yaml')!).entries;
  assert.equal(entries.get('a.txt')?.notes, 'checked by hand', 'the late save is kept');
  assert.equal(entries.get('b.txt')?.status, 'unreviewed', 'and the new facts with it');
  assert.match(commit.notes.join(), /merged a save made to seeds\/INDEX\.yaml while it was being replaced/);

  const torn = new MemoryFolder();
  torn.files.set('INDEX.yaml', before);
  const tornSave = async (from: string, to: string): Promise<string | null> => {
    await torn.replace(from, to);
    return 'documents:\n  - file: [a.txt\n';
  };
  const written = await commitIndex(Object.assign(torn, { replaceWatching: tornSave }), 'INDEX.yaml', merge(['a.txt', 'b.txt']));
  assert.ok(written.ok && written.wrote, "the writer's own file is in place");
  assert.ok(readIndexYaml(torn.files.get('INDEX.yaml')!).entries.has('b.txt'));
  assert.match(written.notes.join(), /could not be merged/);
});

test('when saves land in the replaced file at every rename, the file in place is the one reported as written', async () => {
  const folder = new MemoryFolder();
  folder.files.set('INDEX.yaml', (await merge(['a.txt'])(null) as { text: string }).text);
  let saves = 0;
  const alwaysLate = async (from: string, to: string, expected: string | null): Promise<string | null> => {
    await folder.replace(from, to);
    return expected!.replace(/notes: .*/, `notes: save ${++saves}`);
  };
  const commit = await commitIndex(Object.assign(folder, { replaceWatching: alwaysLate }), 'INDEX.yaml', merge(['a.txt', 'b.txt']));
  // Reported as a failure before, the caller kept its record of the write before, and the engine's
  // values in the file it had just written looked like a reviewer's from then on.
  assert.ok(commit.ok && commit.wrote);
  assert.equal(saves, MAX_MERGES);
  assert.equal(commit.update.text, folder.files.get('INDEX.yaml'));
  assert.match(commit.notes.join(), /saves kept landing in seeds\/INDEX\.yaml .*the last one found was not kept/);
});

test('a file that changes before every rename is refused by name after a bounded number of merges', async () => {
  const folder = new MemoryFolder();
  folder.files.set('INDEX.yaml', 'documents:\n  - file: a.txt\n');
  let edits = 0;
  folder.onWrite = (name) => {
    if (name.endsWith('.tmp')) folder.files.set('INDEX.yaml', `documents:\n  - file: a.txt\n    notes: edit ${++edits}\n`);
  };
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt']));
  assert.ok(!commit.ok && 'problem' in commit);
  assert.match(commit.problem, /seeds\/INDEX\.yaml kept changing/);
  assert.equal(edits, MAX_MERGES);
  assert.equal(folder.files.get('INDEX.yaml'), `documents:\n  - file: a.txt\n    notes: edit ${MAX_MERGES}\n`, 'the last edit is kept');
  assert.deepEqual([...folder.files.keys()], ['INDEX.yaml']);
});

test('a lock left by a process that is gone is broken with a note', async () => {
  const folder = new MemoryFolder();
  folder.files.set('INDEX.yaml.lock', lockOf(99, 'here', folder.clock));
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt']));
  assert.ok(commit.ok && commit.wrote);
  assert.match(commit.notes.join('\n'), /broke the stale lock seeds\/INDEX\.yaml\.lock of process 99 on here/);
  assert.deepEqual([...folder.files.keys()], ['INDEX.yaml']);
});

test('a live lock is waited for, and the write made once it is released', async () => {
  const folder = new MemoryFolder();
  folder.files.set('INDEX.yaml.lock', lockOf(7, 'here', folder.clock));
  folder.running.add(7);
  let waits = 0;
  const wait = folder.wait;
  folder.wait = async (ms) => {
    if (++waits === 3) folder.files.delete('INDEX.yaml.lock');
    await wait(ms);
  };
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt']));
  assert.ok(commit.ok && commit.wrote);
  assert.deepEqual(commit.notes, []);
  assert.equal(waits, 3);
});

test('a lock of another host that stops changing is broken once stale, whatever its clock says', async () => {
  const folder = new MemoryFolder();
  // Its process cannot be checked from here, and its time is ahead of ours: only our own watch ages it.
  folder.files.set('INDEX.yaml.lock', lockOf(7, 'there', folder.clock + 10 * STALE_LOCK_MS));
  const started = folder.clock;
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt']));
  assert.ok(commit.ok && commit.wrote);
  assert.match(commit.notes.join('\n'), /broke the stale lock seeds\/INDEX\.yaml\.lock of process 7 on there/);
  assert.ok(folder.clock - started > STALE_LOCK_MS && folder.clock - started < LOCK_WAIT_MS);
});

test('a lock that is refreshed by its holder is never broken, and the write is refused', async () => {
  const folder = new MemoryFolder();
  const wait = folder.wait;
  folder.wait = async (ms) => {
    await wait(ms);
    folder.files.set('INDEX.yaml.lock', lockOf(7, 'there', folder.clock)); // a holder that keeps writing
  };
  folder.files.set('INDEX.yaml.lock', lockOf(7, 'there', folder.clock));
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt']));
  assert.ok(!commit.ok && 'problem' in commit);
  assert.match(commit.problem, /^seeds\/INDEX\.yaml was not written: seeds\/INDEX\.yaml\.lock is held by process 7 on there since /);
  assert.equal(folder.files.get('INDEX.yaml'), undefined);
});

test('cancelling stops the wait for a lock, and nothing is written', async () => {
  const folder = new MemoryFolder();
  folder.files.set('INDEX.yaml.lock', lockOf(7, 'here', folder.clock));
  folder.running.add(7);
  const abort = new AbortController();
  let waits = 0;
  const wait = folder.wait;
  folder.wait = async (ms) => {
    if (++waits === 2) abort.abort();
    await wait(ms);
  };
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt']), abort.signal);
  assert.ok(!commit.ok && 'problem' in commit);
  assert.match(commit.problem, /^seeds\/INDEX\.yaml was not written: cancelled while process 7 on here since .* held seeds\/INDEX\.yaml\.lock$/);
  assert.deepEqual([...folder.files.keys()], ['INDEX.yaml.lock']);
});

test('a writer whose lock was taken over before the rename does not write under it, and starts again', async () => {
  const folder = new MemoryFolder();
  let takeovers = 0;
  folder.onWrite = (name) => {
    // Another writer broke our lock as stale and wrote its own; it finishes at once.
    if (name.endsWith('.tmp') && takeovers++ === 0) {
      folder.files.set('INDEX.yaml.lock', lockOf(5, 'here', folder.clock));
      queueMicrotask(() => {
        folder.files.set('INDEX.yaml', 'documents:\n  - file: z.txt\n    notes: the other writer\n');
        folder.files.delete('INDEX.yaml.lock');
      });
    }
  };
  folder.running.add(5);
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt']));
  assert.ok(commit.ok && commit.wrote);
  const entries = readIndexYaml(folder.files.get('INDEX.yaml')!).entries;
  assert.equal(entries.get('z.txt')?.notes, 'the other writer');
  assert.ok(entries.has('a.txt'));
});

test('a malformed file is never written, even when it becomes malformed during the write', async () => {
  const folder = new MemoryFolder();
  folder.files.set('INDEX.yaml', 'documents:\n  - file: a.txt\n');
  folder.onWrite = (name) => {
    if (name.endsWith('.tmp')) folder.files.set('INDEX.yaml', 'documents:\n  - file: a.txt\n bad: [\n');
  };
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt', 'b.txt']));
  assert.ok(!commit.ok && 'malformed' in commit);
  assert.equal(commit.malformed.line, 3);
  assert.equal(folder.files.get('INDEX.yaml'), 'documents:\n  - file: a.txt\n bad: [\n');
  assert.deepEqual([...folder.files.keys()], ['INDEX.yaml']);
});

test('a write that fails leaves the old file and no lock', async () => {
  const folder = new MemoryFolder();
  folder.files.set('INDEX.yaml', 'documents:\n  - file: a.txt\n');
  folder.replace = async () => {
    throw new Error('EPERM: operation not permitted');
  };
  const commit = await commitIndex(folder, 'INDEX.yaml', merge(['a.txt', 'b.txt']));
  assert.ok(!commit.ok && 'problem' in commit);
  assert.equal(commit.problem, 'could not write seeds/INDEX.yaml: EPERM: operation not permitted; the old file is intact');
  assert.deepEqual([...folder.files.entries()], [['INDEX.yaml', 'documents:\n  - file: a.txt\n']]);
});
