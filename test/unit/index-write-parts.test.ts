/** A large INDEX.yaml is written from its parts, never joined into one string (issue 18, memory). */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nodeFolderAccess } from '../../src/cli/indexWrite';
import type { CollectionSummary } from '../../src/corpus/collection';
import { encodeIndexText } from '../../src/corpus/indexBytes';
import { commitIndex, partsOf, updateIndexYaml } from '../../src/corpus/indexUpdate';
import type { DocumentSummary } from '../../src/corpus/summary';

const COLLECTION: CollectionSummary = { documents: 3, dateRange: null, gaps: [], duplicates: [], repeatedLines: [], errors: [] };

function summary(file: string, title: string): DocumentSummary {
  return { file, title, published: '2025-08-29', source: 'PTI', authors: [], people: ['Vladimir Putin'], organizations: [], places: ['Zürich'], quotes: 1, boilerplate: 0.2 };
}

const SUMMARIES = [summary('a.txt', 'Café talks'), summary('b.txt', 'Second: "quoted"'), summary('c.txt', 'Third')];
const OLD = '\uFEFF# kept comment\ndocuments:\n  - file: a.txt\n    status: reviewed\n    notes: keep me\n';

test('an update comes in parts whose concatenation is its text, the byte-order mark first', () => {
  const update = updateIndexYaml(OLD, SUMMARIES, COLLECTION);
  assert.ok(update.ok);
  const parts = partsOf(update);
  assert.ok(parts.length > SUMMARIES.length, 'one part per entry at least');
  assert.equal(parts[0], '\uFEFF');
  assert.equal(parts.join(''), update.text);
  assert.ok(update.text.endsWith('\n'));
  assert.match(update.text, /notes: keep me/);
});

test('the file written from the parts holds the text to the byte, and an unchanged file is not written again', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'source-review-parts-'));
  writeFileSync(join(folder, 'INDEX.yaml'), OLD);
  const merge = (current: string | null) => updateIndexYaml(current, SUMMARIES, COLLECTION);
  const first = await commitIndex(nodeFolderAccess(folder), 'INDEX.yaml', merge);
  assert.ok(first.ok && first.wrote);
  assert.deepEqual(readFileSync(join(folder, 'INDEX.yaml')), Buffer.from(encodeIndexText(first.update.text)));
  const second = await commitIndex(nodeFolderAccess(folder), 'INDEX.yaml', merge);
  assert.ok(second.ok && !second.wrote, 'the parts equal the file: nothing to write');
});
