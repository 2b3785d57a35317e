import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDuplicateGroups, findNumberingGaps, findRepeatedLines, publicationRange } from '../../src/corpus/collection';
import { contentHash, fnv1aString } from '../../src/corpus/hash';
import { profileText } from '../../src/corpus/profile';
import { SEED_000, SEED_002 } from './fixtures';

test('numbering gaps: one missing seed, runs of missing numbers, separate series', () => {
  assert.deepEqual(findNumberingGaps(['000_93e29ae284e8c2f5.txt', '002_c5cc658af23e45c8.txt']).map((g) => g.label), ['001']);
  const labels = findNumberingGaps(['conll-0003.txt', 'conll-0004.txt', 'conll-0009.txt', 'sub/conll-0010.txt', 'other-01.txt', 'other-02.txt']).map((g) => g.label);
  assert.deepEqual(labels, ['conll-0005 – conll-0008']);
  assert.deepEqual(findNumberingGaps(['a.txt', 'b.txt', '7.txt']), []);
});

/** The same wire story under another headline, with other related links and a changed word. */
function rewrite(seed: string): string {
  const lines = seed.split('\n');
  lines[0] = 'Xi and Putin sign deals in Moscow';
  return lines.map((line) => (line.startsWith('- ') ? `- Another site's link ${line.length}` : line)).join('\n').replace('dear friend', 'good friend');
}

function candidate(file: string, text: string): { file: string; contentHash: string; signature: number[] } {
  return { file, contentHash: contentHash(new TextEncoder().encode(text)), signature: profileText(text).signature };
}

test('duplicates: an exact copy and a rewritten headline group together, other stories do not', () => {
  const groups = findDuplicateGroups([
    candidate('002.txt', SEED_002),
    candidate('000.txt', SEED_000),
    candidate('002-copy.txt', SEED_002),
    candidate('002-rewritten.txt', rewrite(SEED_002)),
    candidate('empty.txt', ''),
  ]);
  assert.deepEqual(groups, [['002-copy.txt', '002-rewritten.txt', '002.txt']]);
});

test('duplicates: a story sharing one paragraph with another is not its duplicate', () => {
  const paragraph = SEED_000.split('\n').find((line) => line.startsWith('Moscow: Russia values'))!;
  const other = `${SEED_002}\n${paragraph}\n`;
  assert.deepEqual(findDuplicateGroups([candidate('000.txt', SEED_000), candidate('other.txt', other)]), []);
});

test('repeated lines: counted per source, duplicates count once, a share of the source is needed', () => {
  const page = (story: string): number[] => profileText(`Headline ${story}\nFollow us on\nA sentence about ${story} that is the story.\n`).lineHashes;
  const follow = fnv1aString('follow us on');
  const documents = ['one', 'two', 'three'].map((story, index) => ({ group: 'pti', cluster: index, lineHashes: page(story) }));
  assert.deepEqual([...(findRepeatedLines(documents).get('pti') ?? new Map()).keys()], [follow]);
  const sameStoryThrice = documents.map((document) => ({ ...document, cluster: -1 }));
  assert.equal(findRepeatedLines(sameStoryThrice).size, 0, 'three copies of one story are one document');
  const acrossSources = documents.map((document, index) => ({ ...document, group: `source-${index}` }));
  assert.equal(findRepeatedLines(acrossSources).size, 0);
  const large = Array.from({ length: 200 }, (_, index) => ({ group: 'big', cluster: index, lineHashes: index < 3 ? [follow] : [] }));
  assert.equal(findRepeatedLines(large).size, 0, '3 of 200 documents is under the 2 % share');
});

test('publication range ignores undated documents', () => {
  assert.deepEqual(publicationRange(['2025-08-29', null, '2025-05', '2025-08-30']), { first: '2025-05', last: '2025-08-30' });
  assert.equal(publicationRange([null]), null);
});
