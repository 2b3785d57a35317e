import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DuplicateCandidate, findDuplicateGroups, NEAR_DUPLICATE_SIMILARITY, type OriginalCandidate, originalOf } from '../../src/corpus/nearDuplicates';
import { SIGNATURE_SIZE, signatureSimilarity } from '../../src/corpus/profile';

/** Slot values of one made-up document: `base + slot`, so two bases share no slot. */
function slots(base: number): number[] {
  return Array.from({ length: SIGNATURE_SIZE }, (_, slot) => base + slot);
}

const doc = (file: string, signature: readonly number[], contentHash = file): DuplicateCandidate => ({ file, contentHash, signature });

/** `signature` with the slots from..to-1 given new values. */
function changed(signature: readonly number[], from: number, to: number, base = 9000): number[] {
  return signature.map((value, slot) => (slot >= from && slot < to ? base + slot : value));
}

/** Slots two documents may differ in and still be near-duplicates. */
const ALLOWED = SIGNATURE_SIZE - Math.ceil(SIGNATURE_SIZE * NEAR_DUPLICATE_SIMILARITY);

test('wire copies: a chain A~B~C with A and C unlike is not one group', () => {
  const a = slots(1000);
  const b = changed(a, 0, ALLOWED - 1, 2000);
  const c = changed(b, ALLOWED - 1, 2 * ALLOWED - 2, 3000);
  assert.ok(signatureSimilarity(a, b) >= NEAR_DUPLICATE_SIMILARITY && signatureSimilarity(b, c) >= NEAR_DUPLICATE_SIMILARITY, 'neighbours are similar');
  assert.ok(signatureSimilarity(a, c) < NEAR_DUPLICATE_SIMILARITY, 'the ends are not');
  assert.deepEqual(findDuplicateGroups([doc('a.txt', a), doc('b.txt', b), doc('c.txt', c)]), [['a.txt', 'b.txt']]);
  // Taken in another order, B comes first and both join it.
  assert.deepEqual(findDuplicateGroups([doc('b.txt', b), doc('a.txt', a), doc('c.txt', c)]), [['a.txt', 'b.txt', 'c.txt']]);
});

test('wire copies: a document joins the first member it is most similar to, not the first one found', () => {
  const x = slots(1000);
  const y = changed(x, 0, ALLOWED + 1, 2000); // too far from x: a group of its own
  const z = y.map((value, slot) => (slot < ALLOWED ? value : x[slot]!)); // x but for ALLOWED slots; y but for one
  assert.ok(signatureSimilarity(z, x) >= NEAR_DUPLICATE_SIMILARITY && signatureSimilarity(z, y) > signatureSimilarity(z, x));
  assert.deepEqual(findDuplicateGroups([doc('x.txt', x), doc('y.txt', y), doc('z.txt', z)]), [['y.txt', 'z.txt']]);
  assert.deepEqual(findDuplicateGroups([doc('x.txt', x), doc('z.txt', z)]), [['x.txt', 'z.txt']]);
  assert.deepEqual(findDuplicateGroups([doc('x.txt', x), doc('far.txt', changed(x, 0, ALLOWED + 1)), doc('y.txt', y)]), []);
});

test('wire copies: exact copies group even without a signature, and go where their first copy went', () => {
  assert.deepEqual(findDuplicateGroups([doc('a.txt', [], 'same'), doc('b.txt', [], 'same'), doc('c.txt', [], 'other')]), [['a.txt', 'b.txt']]);
  const a = slots(1000);
  const b = changed(a, 0, 2);
  const groups = findDuplicateGroups([doc('a.txt', a), doc('b.txt', b, 'hash-b'), doc('c.txt', b, 'hash-b'), doc('d.txt', slots(9000))]);
  assert.deepEqual(groups, [['a.txt', 'b.txt', 'c.txt']]);
});

test('wire copies: the original is the earliest, then the agency\'s own page, then the longest', () => {
  const copy = (file: string, published: string | null, characters: number, outlet: string | null = 'Daily Paper', source: string | null = 'Reuters'): OriginalCandidate => ({ file, published, source, outlet, characters });
  assert.equal(originalOf([copy('a.txt', '2025-08-30', 900), copy('b.txt', '2025-08-29', 500), copy('c.txt', null, 2000)])?.file, 'b.txt');
  assert.equal(originalOf([copy('a.txt', '2025-08-29', 900), copy('b.txt', '2025-08-29', 500, 'Reuters'), copy('c.txt', '2025-08-29', 950)])?.file, 'b.txt');
  assert.equal(originalOf([copy('a.txt', '2025-08-29', 900, 'REUTERS.', 'Reuters'), copy('b.txt', '2025-08-29', 950)])?.file, 'a.txt', 'outlet and source compared without case or punctuation');
  assert.equal(originalOf([copy('a.txt', '2025-08-29', 900), copy('b.txt', '2025-08-29', 950)])?.file, 'b.txt');
  assert.equal(originalOf([copy('b.txt', null, 900), copy('a.txt', null, 900)])?.file, 'a.txt', 'then the first name');
  assert.equal(originalOf([]), undefined);
});

/** Two signatures agree on both rows of some band of two. */
function shareBand(a: readonly number[], b: readonly number[]): boolean {
  for (let slot = 0; slot < SIGNATURE_SIZE; slot += 2) if (a[slot] === b[slot] && a[slot + 1] === b[slot + 1]) return true;
  return false;
}

/** The method stated plainly, every pair sharing a band compared: what the search must give when no bucket is crowded. */
function leaderGroups(documents: readonly DuplicateCandidate[]): string[][] {
  const firstOf: number[] = [];
  documents.forEach((document, index) => {
    const same = documents.findIndex((other) => other.contentHash === document.contentHash);
    if (same < index) return void firstOf.push(firstOf[same]!);
    let best = index;
    let bestSimilarity = NEAR_DUPLICATE_SIMILARITY;
    for (let leader = 0; leader < index; leader++) {
      if (firstOf[leader] !== leader || documents[leader]!.signature.length === 0 || !shareBand(document.signature, documents[leader]!.signature)) continue;
      const similarity = signatureSimilarity(document.signature, documents[leader]!.signature);
      if (similarity > bestSimilarity || (similarity === bestSimilarity && best === index)) [best, bestSimilarity] = [leader, similarity];
    }
    firstOf.push(best);
  });
  const groups = new Map<number, string[]>();
  firstOf.forEach((first, index) => groups.set(first, [...(groups.get(first) ?? []), documents[index]!.file]));
  return [...groups.values()].filter((group) => group.length > 1).map((group) => group.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

test('wire copies: the banded search gives the groups of comparing every document with every first member', () => {
  let state = 11;
  const next = (n: number): number => ((state = (state * 1664525 + 1013904223) >>> 0) % n);
  // Stories, and copies of them that differ in up to 7 slots: some similar enough, some not, some chained.
  const stories = Array.from({ length: 15 }, (_, i) => slots(100_000 * (i + 1)));
  const documents = Array.from({ length: 200 }, (_, i): DuplicateCandidate => {
    const signature = [...stories[next(stories.length)]!];
    for (let changes = next(8); changes > 0; changes--) signature[next(SIGNATURE_SIZE)] = 10_000_000 + next(1_000_000);
    return doc(`${String(i).padStart(3, '0')}.txt`, next(20) === 0 ? [] : signature, next(25) === 0 ? 'shared' : `c${i}`);
  });
  const groups = findDuplicateGroups(documents);
  assert.deepEqual(groups, leaderGroups(documents));
  assert.ok(groups.length > stories.length, `more groups than stories (some copies are too far): ${groups.length}`);
});
