/**
 * Write INDEX while another writer holds seeds/INDEX.yaml.lock (another window, or the CLI) and the
 * reviewer saves an edit to INDEX.yaml meanwhile: the command waits for the lock, and merges its
 * facts into the edited file instead of writing over it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { closeAll, exists, SEEDS, waitFor, workspaceUri } from '../helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

export function indexConcurrencySuite(): void {
  suite('INDEX.yaml with other writers', () => {
    teardown(closeAll);

    test('Write INDEX waits for another writer\'s lock and keeps an edit saved meanwhile', async () => {
      const index = workspaceUri('seeds', 'INDEX.yaml');
      const lock = workspaceUri('seeds', 'INDEX.yaml.lock');
      const before = `documents:\n  - file: ${SEEDS.xi}\n    status: unreviewed\n`;
      // The suites before this one leave the index re-reading corrections and files: settled first, so
      // what the command waits for below is the lock alone.
      await vscode.commands.executeCommand('sourceReview.test.collectionIndexed');
      await vscode.workspace.fs.writeFile(index, encode(before));
      // A live writer of this machine: this extension host's own pid, so it is not taken for a crashed one.
      const holder = { pid: process.pid, host: vscode.env.machineId, time: new Date().toISOString(), token: 'other-window' };
      await vscode.workspace.fs.writeFile(lock, encode(`${JSON.stringify(holder)}\n`));
      try {
        const running = vscode.commands.executeCommand<{ written: vscode.Uri[]; problems: string[] }>('sourceReview.writeIndex');
        // Time for the command to index and reach the lock; a command that ignored the lock would have written by now.
        await new Promise((resolve) => setTimeout(resolve, 3000));
        assert.equal(await read(index), before, 'INDEX.yaml was written while another writer held the lock');
        await vscode.workspace.fs.writeFile(index, encode(before.replace('status: unreviewed', 'status: flagged # saved in another window')));
        await vscode.workspace.fs.delete(lock);
        const outcome = await running;
        const text = await read(index);
        assert.deepEqual(outcome.problems, [], `the command reported problems; INDEX.yaml is now:\n${text}`);
        assert.match(text, /status: flagged # saved in another window/);
        const documents = (parse(text) as { documents: { file: string; title?: string }[] }).documents;
        assert.deepEqual(documents.map((entry) => entry.file).sort(), Object.values(SEEDS).sort());
        assert.ok(documents.every((entry) => entry.title), 'the facts were merged in');
        assert.equal(await exists(lock), false, 'the command let go of its lock');
      } finally {
        for (const written of [index, lock, workspaceUri('other', 'INDEX.yaml')]) if (await exists(written)) await vscode.workspace.fs.delete(written);
      }
    });

    test('Write INDEX run right after a seed file is created lists it (the background index has not reached it yet)', async () => {
      const index = workspaceUri('seeds', 'INDEX.yaml');
      const created = workspaceUri('seeds', '005_created.txt');
      const text = await read(workspaceUri('seeds', SEEDS.xi));
      try {
        // Twice: the index is then made with the dates and sources this INDEX.yaml gives, so the run
        // below finds no INDEX.yaml input changed, which would index the folder afresh anyway.
        await vscode.commands.executeCommand('sourceReview.writeIndex');
        await vscode.commands.executeCommand('sourceReview.writeIndex');
        // No wait: the file event is still on its way (or in its quiet time) when the command starts.
        await vscode.workspace.fs.writeFile(created, encode(text.replace(/Xi Jinping/g, 'Li Qiang')));
        await vscode.commands.executeCommand('sourceReview.writeIndex');
        const documents = (parse(await read(index)) as { documents: { file: string }[] }).documents;
        assert.deepEqual(documents.map((entry) => entry.file).sort(), [...Object.values(SEEDS), '005_created.txt'].sort());
      } finally {
        for (const written of [created, index, workspaceUri('other', 'INDEX.yaml')]) if (await exists(written)) await vscode.workspace.fs.delete(written);
        // The suites after this one count the seeds: the index lets go of the file before they run.
        await waitFor('the created file to leave the index', async () => {
          const indexed = await vscode.commands.executeCommand<{ file: string }[]>('sourceReview.test.collectionIndexed');
          return !indexed.some((seed) => seed.file === 'seeds/005_created.txt');
        }, 20_000);
      }
    });

    test('Write INDEX keeps the bytes of a note typed in a Latin-1 editor (not UTF-8), not U+FFFD', async () => {
      const index = workspaceUri('seeds', 'INDEX.yaml');
      const note = Buffer.concat([Buffer.from('    notes: na'), Buffer.from([0xef]), Buffer.from('ve reading')]);
      await vscode.workspace.fs.writeFile(index, Buffer.concat([Buffer.from(`documents:\n  - file: ${SEEDS.xi}\n    status: reviewed\n`), note, Buffer.from('\n')]));
      try {
        await vscode.commands.executeCommand('sourceReview.writeIndex');
        const written = Buffer.from(await vscode.workspace.fs.readFile(index));
        assert.ok(written.includes(note), written.toString('latin1'));
        assert.ok(!written.toString('utf8').includes('\uFDD0'), 'the stand-in for the byte was written');
        const documents = (parse(written.toString('latin1')) as { documents: { file: string; title?: string }[] }).documents;
        assert.ok(documents.every((entry) => entry.title), 'the facts were merged in');
      } finally {
        for (const written of [index, workspaceUri('other', 'INDEX.yaml')]) if (await exists(written)) await vscode.workspace.fs.delete(written);
      }
    });
  });
}
