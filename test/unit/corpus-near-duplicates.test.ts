import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DuplicateCandidate, findDuplicateGroups, NearDuplicates } from '../../src/corpus/nearDuplicates';
import { SIGNATURE_SIZE } from '../../src/corpus/profile';

/** A small seeded generator, so every run makes the same edits. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

test('near-duplicate groups kept up to date edit by edit are those of a search over all documents', () => {
  const next = random(7);
  const pick = (n: number): number => Math.floor(next() * n);
  // Few values per slot: crowded buckets, so first members come and go; families of signatures
  // that differ in a few slots, so documents are similar enough in chains.
  const families = Array.from({ length: 6 }, () => Array.from({ length: SIGNATURE_SIZE }, () => pick(4)));
  const signature = (): number[] => {
    if (next() < 0.1) return [];
    const base = [...families[pick(families.length)]!];
    for (let changes = pick(14); changes > 0; changes--) base[pick(SIGNATURE_SIZE)] = pick(4);
    return base;
  };
  const documents: DuplicateCandidate[] = Array.from({ length: 120 }, (_, i) => ({ file: `${String(i).padStart(3, '0')}.txt`, contentHash: `c${i}`, signature: signature() }));
  const near = new NearDuplicates(documents);
  assert.deepEqual(near.groups(), findDuplicateGroups(documents));
  assert.ok(near.groups().length > 1, 'the documents form groups');
  const key = (group: readonly string[]): string => group.join(' ');
  let previous = near.groups();
  let regrouped = 0;
  for (let edit = 0; edit < 400; edit++) {
    const index = pick(documents.length);
    const content = next() < 0.05 ? documents[pick(documents.length)]!.contentHash : `c${index}-${edit}`;
    documents[index] = { ...documents[index]!, contentHash: content, signature: next() < 0.2 ? documents[index]!.signature : signature() };
    near.replace(documents[index]!);
    const groups = near.groups();
    assert.deepEqual(groups, findDuplicateGroups(documents), `after edit ${edit} of ${documents[index]!.file}`);
    // The change it reports, applied to the groups before the edit, gives the groups after it.
    const change = near.lastChange();
    if (change) {
      regrouped++;
      const gone = new Set(change.before.map(key));
      const expected = [...previous.map(key).filter((group) => !gone.has(group)), ...change.after.map(key)].sort();
      assert.deepEqual(groups.map(key).sort(), expected, `the change reported after edit ${edit}`);
      assert.ok(change.after.every((group) => !gone.has(key(group))), 'a group in both is no change');
    }
    previous = groups;
  }
  assert.ok(regrouped > 300, `most edits regroup only the documents they move (${regrouped} of 400)`);
});
