import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, YAMLSeq } from 'yaml';
import type { CollectionSummary } from '../../src/corpus/collection';
import { printEntry } from '../../src/corpus/indexChunks';
import { EntryValueTexts, newEntry, newEntryData, newEntryText } from '../../src/corpus/indexFields';
import { readIndexYaml } from '../../src/corpus/indexFile';
import { updateIndexYaml } from '../../src/corpus/indexUpdate';
import type { DocumentSummary } from '../../src/corpus/summary';

// New INDEX.yaml entries are written as text (newEntryText) instead of through yaml nodes; the
// text must be the nodes' to the byte.

const COLLECTION: CollectionSummary = {
  documents: 4, dateRange: { first: '1996-12-06', last: '2025-08-29' }, gaps: ['001'], duplicates: [['a: b.txt', 'c.txt']],
  repeatedLines: [{ line: 'follow us on #x', source: 'pti', documents: 4 }], errors: [],
};

const SPECIAL: DocumentSummary[] = [
  { file: 'a: b.txt', title: 'Breaking: "quotes" and \'single\' # not a comment', published: null, source: '- dash', authors: ['O\'Brien, Pat', 'Zoë Ünal'], people: ['Алексей Навальный', '習近平', 'a, b', '[x]', '{y}'], organizations: ['AT&T', '*star', '!bang', '%pct', '@at', '`tick`'], places: ['null', 'true', '123', '0x1F', '1e3', '.inf', '~'], quotes: 0, boilerplate: 0 },
  { file: 'multi.txt', title: 'line one\nline two', published: '2025-01-01', source: 'PTI', authors: [], people: ['tab\there', ' lead', 'trail ', '---x', '... dots', 'emoji 🙂'], organizations: [], places: [], quotes: 12, boilerplate: 1 },
  { file: 'plain.txt', title: 'A plain title', published: '2025-08-29', source: 'Reuters', authors: ['Aigerim Seitova'], people: ['Vladimir Putin'], organizations: ['Kremlin'], places: ['China'], quotes: 3, boilerplate: 0.31 },
  { file: 'empty-title.txt', title: '', published: '', source: null, authors: ['back\\slash', 'ctrl\u0007char', 'nbsp\u00a0x', 'line\u2028sep'], people: ['-', '?', ':', '#'], organizations: ['a: b'], places: ['x #y'], quotes: 1, boilerplate: 0.5 },
];

const COMMENTED = `# Our crawl, with comments.
collection:
  owner: desk # ours
documents: # the list
  # first entry
  - file: plain.txt
    status: reviewed # checked by Ana
    notes: "keep"
    crawler: v2
# after the list
extra: 1
`;

// Written by updateIndexYaml before new entries were written as text (every entry through yaml nodes),
// in parts: what both files print alike, the collection section's fields and the three new entries.
const COLLECTION_BY_NODES = `  documents: 4
  dateRange:
    first: 1996-12-06
    last: 2025-08-29
  gaps: [ "001" ]
  duplicates:
    - [ "a: b.txt", c.txt ]
  repeatedLines:
    - line: "follow us on #x"
      source: pti
      documents: 4
  errors: []
`;
const NEW_ENTRIES_BY_NODES = `  - file: "a: b.txt"
    title: "Breaking: \\"quotes\\" and 'single' # not a comment"
    published: null
    source: "- dash"
    authors: [ "O'Brien, Pat", Zoë Ünal ]
    people: [ Алексей Навальный, 習近平, "a, b", "[x]", "{y}" ]
    organizations: [ AT&T, "*star", "!bang", "%pct", "@at", "\`tick\`" ]
    places: [ "null", "true", "123", "0x1F", "1e3", ".inf", "~" ]
    quotes: 0
    boilerplate: 0
    status: unreviewed
    notes: ""
  - file: empty-title.txt
    title: ""
    published: ""
    source: null
    authors: [ back\\slash, "ctrl\\achar", nbsp\u00a0x, line\u2028sep ]
    people: [ "-", "?", ":", "#" ]
    organizations: [ "a: b" ]
    places: [ "x #y" ]
    quotes: 1
    boilerplate: 0.5
    status: unreviewed
    notes: ""
  - file: multi.txt
    title: |-
      line one
      line two
    published: 2025-01-01
    source: PTI
    authors: []
    people: [ tab	here, " lead", "trail ", ---x, ... dots, emoji 🙂 ]
    organizations: []
    places: []
    quotes: 12
    boilerplate: 1
    status: unreviewed
    notes: ""
`;

const FRESH_BY_NODES = `# Seed files of this folder, indexed by Source Review.
# Regenerating keeps your comments and fields: status (unreviewed, reviewed, flagged), notes and any other.

collection:
${COLLECTION_BY_NODES}documents:
${NEW_ENTRIES_BY_NODES}  - file: plain.txt
    title: A plain title
    published: 2025-08-29
    source: Reuters
    authors: [ Aigerim Seitova ]
    people: [ Vladimir Putin ]
    organizations: [ Kremlin ]
    places: [ China ]
    quotes: 3
    boilerplate: 0.31
    status: unreviewed
    notes: ""
`;
const COMMENTED_BY_NODES = `# Our crawl, with comments.
collection:
  owner: desk # ours
${COLLECTION_BY_NODES}documents: # the list
  # first entry
  - file: plain.txt
    status: reviewed # checked by Ana
    notes: "keep"
    crawler: v2
    title: A plain title
    authors: [ Aigerim Seitova ]
    people: [ Vladimir Putin ]
    organizations: [ Kremlin ]
    places: [ China ]
    quotes: 3
    boilerplate: 0.31
    published: 2025-08-29
    source: Reuters
${NEW_ENTRIES_BY_NODES}# after the list
extra: 1
`;

/** A new entry as the yaml Document API prints it. */
function entryByNodes(summary: DocumentSummary, indent: string): string {
  const document = new Document(new YAMLSeq());
  (document.contents as YAMLSeq).items.push(newEntry(document, newEntryData(summary)));
  return printEntry(document, indent);
}

function update(oldText: string | null, documents: DocumentSummary[]): string {
  const result = updateIndexYaml(oldText, documents, COLLECTION);
  assert.ok(result.ok, 'update should succeed');
  return result.text;
}

test('a new INDEX.yaml (none, empty or blank) is written as the yaml nodes wrote it, quotes, unicode and newlines included', () => {
  assert.equal(update(null, SPECIAL), FRESH_BY_NODES);
  assert.equal(update('', SPECIAL), FRESH_BY_NODES);
  assert.equal(update('\n  \n', SPECIAL), FRESH_BY_NODES);
  assert.deepEqual([...readIndexYaml(FRESH_BY_NODES).entries.keys()].sort(), SPECIAL.map((summary) => summary.file).sort());
});

test('new entries after the user\'s comments and fields are written as the yaml nodes wrote them', () => {
  assert.equal(update(COMMENTED, SPECIAL), COMMENTED_BY_NODES);
  assert.equal(update(COMMENTED_BY_NODES, SPECIAL), COMMENTED_BY_NODES, 'a second run changes nothing');
});

test('a malformed INDEX.yaml is still refused, with new documents to add', () => {
  for (const text of ['documents:\n  - file: a.txt\n bad: [\n', 'documents: 3\n', '- a\n- b\n', 'documents:\n  - just a string\n']) {
    assert.equal(updateIndexYaml(text, SPECIAL, COLLECTION).ok, false, text);
  }
});

/** Values chosen to hit yaml's quoting rules: indicators first, `: ` and ` #` inside, look-alikes of other types, quotes, escapes. */
const NASTY = ['', ' ', 'a', 'x ', ' x', '-', '- a', '-a', '?', '? a', ':', 'a:', 'a: b', 'a:b', '#', 'a #b', 'a#b', ',', 'a, b', '[', ']', '{', '}', '&a', '*a', '!a', '|', '>', "'", '"', "it's", 'say "hi"', `both ' and "`, '%', '@', '`', 'null', 'Null', 'NULL', '~', 'true', 'False', 'yes', 'on', '0', '12', '-3', '+4', '0o17', '0x1F', '1.5', '.5', '1e3', '.inf', '-.Inf', '.nan', '2025-08-29', '---', '--- x', '---x', '...', '... x', 'a\nb', 'a\n', '\nb', 'a\n\nb', 'tab\tin', '\ttab', 'back\\slash', 'bell\u0007', 'del\u007f', 'nel\u0085x', 'bom\ufeffx', 'ls\u2028x', 'é', 'Zoë', '日本', 'עברית', 'emoji 🙂', 'lone \ud800 surrogate', 'a'.repeat(200), `${'long words '.repeat(20)}: end`];

function randomText(random: () => number): string {
  const alphabet = ['a', 'B', '1', ' ', ':', '#', '-', '?', ',', '[', '{', '&', '*', '!', '|', "'", '"', '%', '.', '\n', '\t', '\\', 'é', '日', '~', 'e', 'x'];
  let text = '';
  for (let i = Math.floor(random() * 8); i >= 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

test('each new entry\'s text is the yaml nodes\' text, for hundreds of awkward values, alone and in one batch', () => {
  let seed = 42;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
  const texts = [...NASTY, ...Array.from({ length: 600 }, () => randomText(random))];
  const summaries = texts.map((text, i): DocumentSummary => ({
    file: i % 2 ? text : `file ${i}`, title: text, published: i % 3 ? text : null, source: i % 5 ? null : text,
    authors: [text], people: [text, texts[(i + 1) % texts.length]!], organizations: i % 4 ? [] : [text], places: [texts[(i * 7) % texts.length]!],
    quotes: i, boilerplate: i % 2 ? (i % 100) / 100 : i,
  }));
  const batch = new EntryValueTexts();
  batch.prepare(summaries);
  let fast = 0;
  for (const [i, summary] of summaries.entries()) {
    const indent = i % 3 ? '  ' : '';
    const expected = entryByNodes(summary, indent);
    for (const values of [batch, new EntryValueTexts()]) {
      const text = newEntryText(summary, indent, values);
      if (text === null) continue; // a value on several lines: the caller prints the entry through nodes
      fast++;
      assert.equal(text, expected, JSON.stringify(summary));
    }
  }
  assert.ok(fast > summaries.length, `most entries written as text (${fast} of ${2 * summaries.length})`);
});

test('plain entries are written as text, without the node path', () => {
  const values = new EntryValueTexts();
  const plain = SPECIAL[2]!;
  assert.equal(newEntryText(plain, '  ', values), entryByNodes(plain, '  '));
  assert.equal(newEntryText({ ...plain, title: 'one\ntwo' }, '  ', values), null, 'a title on several lines is left to the nodes');
  const shared = ['Vladimir Putin'];
  assert.equal(newEntryText({ ...plain, authors: shared, people: shared }, '  ', values), null, 'one list object twice is left to the nodes (anchor and alias)');
  assert.match(update(null, [{ ...plain, authors: shared, people: shared }]), /authors: &a1 \[ Vladimir Putin \]\n {4}people: \*a1/);
});
