import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CollectionIndex, SeedSource } from '../../src/corpus/indexer';
import { indexCollection } from '../../src/corpus/indexer';
import { analyze } from '../../src/core/analyze';
import { LiveCollection } from '../../src/corpus/liveCollection';

const WORDS = 'minister talks pipeline border trade grain oil summit treaty court election river harbour railway bank budget farmers drought museum festival'.split(' ');

/** A small seeded generator, so every run builds the same collection. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A story of its own (prose no other document shares) between one outlet's furniture lines. */
function story(index: number, extra: string[] = []): string {
  const next = random(index + 1);
  const sentence = (): string => `The ${Array.from({ length: 12 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')} said officials on ${index}.`;
  const paragraphs = Array.from({ length: 5 }, () => `${sentence()} ${sentence()}`);
  const outlet = index % 3 === 0 ? ['Source: The Daily Wire', 'Latest news', 'Share this story'] : ['Source: Orda.kz', 'Most read today', 'Follow us on social media'];
  return [`Story number ${index} about the talks`, ...outlet.slice(0, 1), '', ...paragraphs.flatMap((p) => [p, '']), ...outlet.slice(1), ...extra, ''].join('\n');
}

class Folder {
  readonly texts = new Map<string, string>();
  source(file: string): SeedSource {
    return { file, read: async () => new TextEncoder().encode(this.texts.get(file)!) };
  }
  sources(): SeedSource[] {
    return [...this.texts.keys()].map((file) => this.source(file));
  }
}

function comparable(index: CollectionIndex): unknown {
  return { documents: index.documents.map((d) => [d.file, d.summary]), collection: index.collection };
}

async function assertSameAsFullRun(live: LiveCollection, folder: Folder, what: string): Promise<void> {
  await live.settled();
  assert.deepEqual(comparable(live.index()), comparable(await indexCollection(folder.sources())), what);
}

test('a live collection stays what a full index of the same files gives, one change at a time', async () => {
  const folder = new Folder();
  for (let i = 0; i < 40; i++) folder.texts.set(`${String(i).padStart(3, '0')}.txt`, story(i));
  // A wire copy under another headline: a near-duplicate from the start.
  folder.texts.set('040.txt', story(7).replace('Story number 7', 'Copied story'));
  const live = await LiveCollection.create(folder.sources());
  await assertSameAsFullRun(live, folder, 'as created');
  assert.ok(live.index().collection.repeatedLines.length > 0, 'the outlets have furniture');
  assert.deepEqual(live.index().collection.duplicates, [['007.txt', '040.txt']]);

  folder.texts.set('003.txt', `${story(3)}One more line.\n`);
  const edited = await live.update(folder.source('003.txt'));
  assert.deepEqual(edited.analysed.map((d) => d.file), ['003.txt'], 'an edit outside the shared lines analyses the file alone');
  await assertSameAsFullRun(live, folder, 'after a short line was added');
  folder.texts.set('040.txt', `${folder.texts.get('040.txt')!}One more line.\nAnd one of its own.\n`);
  await live.update(folder.source('040.txt'));
  await assertSameAsFullRun(live, folder, 'after lines were added to one copy of a story');

  folder.texts.set('005.txt', story(12).replace('Story number 12', 'Another copy'));
  await live.update(folder.source('005.txt'));
  // Each group's original first: the story itself, longer than the copy by its headline.
  assert.deepEqual(live.index().collection.duplicates, [['012.txt', '005.txt'], ['007.txt', '040.txt']]);
  await assertSameAsFullRun(live, folder, 'after a document became a copy of another');

  // A new line in three documents of one outlet: furniture once the third has it, in the other two as well.
  const promo = 'Subscribe to the evening newsletter';
  for (const file of ['001.txt', '002.txt']) {
    folder.texts.set(file, story(Number(file.slice(0, 3)), [promo]));
    await live.update(folder.source(file));
  }
  folder.texts.set('004.txt', story(4, [promo]));
  const third = await live.update(folder.source('004.txt'));
  assert.deepEqual(third.analysed.map((d) => d.file), ['004.txt'], 'the saved file first');
  assert.equal(live.waiting, 2, 'the two others that hold the line, in the background');
  await live.settled();
  assert.equal(live.waiting, 0);
  assert.ok(live.index().collection.repeatedLines.some((line) => line.line === promo.toLowerCase()), 'listed as repeated');
  await assertSameAsFullRun(live, folder, 'after a line became furniture');

  folder.texts.delete('012.txt');
  await live.remove('012.txt');
  await assertSameAsFullRun(live, folder, 'after a file was deleted');

  folder.texts.set('041.txt', story(41));
  await live.update(folder.source('041.txt'));
  await assertSameAsFullRun(live, folder, 'after a file was added');
});

test('a live update of a file that became unreadable reports it, and the collection goes on without it', async () => {
  const folder = new Folder();
  for (let i = 0; i < 6; i++) folder.texts.set(`${i}.txt`, story(i));
  const live = await LiveCollection.create(folder.sources());
  await live.update({ file: '2.txt', read: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) });
  const update = { index: live.index() };
  assert.deepEqual(update.index.errors.map((error) => error.file), ['2.txt']);
  assert.equal(update.index.collection.documents, 5);
  folder.texts.set('2.txt', story(2));
  await live.update(folder.source('2.txt'));
  const fixed = { index: live.index() };
  assert.deepEqual(fixed.index.errors, []);
  await assertSameAsFullRun(live, folder, 'after the file was readable again');
});

test('a created file takes its place in name order, as in a fresh index of the folder listing', async () => {
  const folder = new Folder();
  for (const i of [0, 1, 2, 3, 5, 6, 7, 8]) folder.texts.set(`${String(i).padStart(3, '0')}.txt`, story(i));
  const live = await LiveCollection.create(folder.sources());
  // A wire copy of 007 under another headline, created between existing files.
  folder.texts.set('004.txt', story(7).replace('Story number 7', 'Copied story'));
  const listing = [...folder.texts.keys()].sort().map((file) => folder.source(file));
  await live.update(folder.source('004.txt'));
  const created = { index: live.index() };
  assert.deepEqual(comparable(created.index), comparable(await indexCollection(listing)));
  assert.deepEqual(created.index.documents.map((d) => d.file).slice(3, 6), ['003.txt', '004.txt', '005.txt']);
  assert.deepEqual(created.index.collection.duplicates, [['007.txt', '004.txt']]);
  assert.deepEqual(created.index.documents.filter((d) => d.summary.duplicateOf).map((d) => [d.file, d.summary.duplicateOf]), [['004.txt', '007.txt']]);
});

test('an unsaved copy analysed with the inputs the index gives it has the facts the index gets once it is saved', async () => {
  const folder = new Folder();
  for (let i = 0; i < 12; i++) folder.texts.set(`${String(i).padStart(3, '0')}.txt`, story(i));
  const inputs = new Map([['004.txt', { published: '2025-05-08', source: null }]]);
  const live = await LiveCollection.create(folder.sources(), { inputs, keepRecords: true });
  const edited = `${story(4)}A sentence the reviewer added.\n`;
  const given = live.analysisInputsFor('004.txt', edited);
  assert.equal(given.published, '2025-05-08');
  assert.ok(given.repeatedLines.some((line) => /most read today/i.test(line)), `the outlet's furniture: ${given.repeatedLines.join(' | ')}`);
  const unsaved = analyze(edited, { file: '004.txt', published: given.published, repeatedLines: new Set(given.repeatedLines) });
  folder.texts.set('004.txt', edited);
  const saved = (await live.update(folder.source('004.txt'))).analysed.find((d) => d.file === '004.txt')?.record;
  assert.deepEqual(unsaved, saved);
  assert.deepEqual(live.analysisInputsFor('new.txt', edited), { published: null, repeatedLines: [] }, 'a file the index does not hold gets nothing');
});

test('a save returns with the saved file analysed; the documents whose furniture it changed follow in the background', async () => {
  const folder = new Folder();
  const promo = 'Subscribe to the evening newsletter';
  // Two documents of one outlet carry a line that a third one makes furniture (3 documents).
  for (let i = 0; i < 24; i++) folder.texts.set(`${String(i).padStart(3, '0')}.txt`, story(i, i === 1 || i === 2 ? [promo] : []));
  const live = await LiveCollection.create(folder.sources(), { keepRecords: true });
  const before = new Map(live.index().documents.map((d) => [d.file, d]));
  folder.texts.set('004.txt', story(4, [promo]));
  const saved = await live.update(folder.source('004.txt'));

  assert.deepEqual(saved.analysed.map((d) => d.file), ['004.txt']);
  const now = new Map(live.index().documents.map((d) => [d.file, d]));
  assert.notEqual(now.get('004.txt'), before.get('004.txt'), 'the saved file has its new facts');
  for (const file of ['001.txt', '002.txt']) assert.equal(now.get(file), before.get(file), `${file} is not analysed yet`);

  await live.settled();
  const settled = new Map(live.index().documents.map((d) => [d.file, d]));
  for (const file of ['001.txt', '002.txt']) assert.notEqual(settled.get(file), before.get(file), `${file} is analysed again once settled`);
  const full = await indexCollection(folder.sources(), { keepRecords: true });
  assert.deepEqual(live.index().documents.map((d) => [d.file, d.record]), full.documents.map((d) => [d.file, d.record]));
  assert.deepEqual(comparable(live.index()), comparable(full));
});

test('a save while others settle: each document ends analysed with the repeated lines of the last save', async () => {
  const folder = new Folder();
  const promo = 'Subscribe to the evening newsletter';
  for (let i = 0; i < 30; i++) folder.texts.set(`${String(i).padStart(3, '0')}.txt`, story(i, i === 1 || i === 4 ? [promo] : []));
  const live = await LiveCollection.create(folder.sources());
  // The line becomes furniture of the outlet of 001 and 004; the next save takes it away, the third brings it back.
  folder.texts.set('022.txt', story(22, [promo]));
  await live.update(folder.source('022.txt'));
  const first = live.waiting;
  await new Promise((resolve) => setTimeout(resolve, 0));
  folder.texts.set('022.txt', story(22));
  await live.update(folder.source('022.txt'));
  folder.texts.set('025.txt', story(25, [promo]));
  await live.update(folder.source('025.txt'));
  assert.equal(first, 2, '001 and 004 waited');
  await assertSameAsFullRun(live, folder, 'after three saves in a row');
});

test('seeded random saves that move documents between near-duplicate groups leave what a full index gives', async () => {
  const next = random(17);
  const pick = (n: number): number => Math.floor(next() * n);
  const folder = new Folder();
  const name = (i: number): string => `${String(i).padStart(3, '0')}.txt`;
  for (let i = 0; i < 24; i++) folder.texts.set(name(i), story(i));
  // Wire copies under other headlines: groups of two and three from the start.
  folder.texts.set(name(24), story(3).replace('Story number 3', 'Copied story'));
  folder.texts.set(name(25), story(9).replace('Story number 9', 'Wire copy'));
  folder.texts.set(name(26), story(9).replace('Story number 9', 'Another wire copy'));
  const live = await LiveCollection.create(folder.sources());
  const groupings = new Set<string>();
  // Members of the groups (a first member's edit moves the others) more often than any file.
  const either = (list: number[]): number => (next() < 0.6 ? list[pick(list.length)]! : pick(27));
  for (let save = 0; save < 20; save++) {
    const file = name(either([3, 9, 24, 25, 26]));
    const text = folder.texts.get(file)!;
    const edits = [
      () => `${text}A line added on save ${save}.\n`,
      () => text.replace(/\bthe\b/i, `the ${save}`),
      () => text.replace(/\bthe\b/gi, `the ${save}`),
      // Another story's copy under its own headline: the file joins that story's group, or leads one.
      () => story(either([3, 9]), [`Copy made on save ${save}`]).replace(/^Story number/, 'Retold'),
      // Its own story again: the file leaves the group it had joined.
      () => story(Number(file.slice(0, 3)), [`Restored on save ${save}`]),
    ];
    folder.texts.set(file, edits[pick(edits.length)]!());
    await live.update(folder.source(file));
    groupings.add(JSON.stringify(live.index().collection.duplicates));
    await assertSameAsFullRun(live, folder, `after save ${save} of ${file}`);
  }
  assert.ok(groupings.size > 3, `the saves regrouped documents (${groupings.size} groupings seen)`);
});
