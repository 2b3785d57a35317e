import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FactsRecord, NameMention } from '../../src/core/types';
import { entityMenu, nameCorrections, notNameItems } from '../../src/extension/nameCorrections';
import { ENTITY_SECTION, NOT_NAME_SECTION } from '../../src/extension/panelMenuIds';

const putin: NameMention = { start: 10, end: 15, text: 'Putin', type: 'person', canonical: 'Vladimir Putin' };
const facts = { names: [putin] } as unknown as FactsRecord;

test('a name is offered "Not a name", the two other types and "Same as …"; an Undo only for a correction that applies to it', () => {
  assert.deepEqual(nameCorrections(putin, {}).map((correction) => correction.kind), ['notName', 'type:organization', 'type:place', 'sameAs']);
  const retyped = nameCorrections(putin, { nameTypes: { 'vladimir putin': 'organization' } });
  assert.deepEqual(retyped.find((correction) => correction.kind === 'undoType')?.change, { kind: 'nameType', text: 'vladimir putin', type: null });
  assert.deepEqual(retyped.find((correction) => correction.kind === 'type:place')?.change, { kind: 'nameType', text: 'vladimir putin', type: 'place' }, 'a retype edits the reviewer\'s entry');
  const aliased = nameCorrections(putin, { aliases: { 'Putin Vladimir Vladimirovich': ['Vladimir Putin'] } });
  assert.deepEqual(aliased.find((correction) => correction.kind === 'undoSameAs')?.change, { kind: 'alias', canonical: 'Putin Vladimir Vladimirovich', form: 'Vladimir Putin', add: false });
  assert.equal(nameCorrections(putin, { aliases: { Other: ['Someone Else'] } }).some((correction) => correction.kind === 'undoSameAs'), false);
});

test('an entity\'s entry carries its type and which Undo applies, for the context menu\'s when clauses', () => {
  assert.deepEqual(entityMenu('file:///s/000.txt', facts, 10, undefined), {
    webviewSection: ENTITY_SECTION, preventDefaultContextMenuItems: true, seed: 'file:///s/000.txt', start: 10,
    sourceReviewType: 'person', sourceReviewRetyped: false, sourceReviewAliased: false,
  });
  const both = entityMenu('file:///s/000.txt', facts, 10, { nameTypes: { Putin: 'place' }, aliases: { 'V. V. Putin': ['putin'] } });
  assert.equal(both?.sourceReviewRetyped, true);
  assert.equal(both?.sourceReviewAliased, true);
  assert.equal(entityMenu('file:///s/000.txt', facts, 11, undefined), undefined, 'no mention starts there');
});

test('the reviewer\'s "not a name" texts the document holds are listed at their first place, for "Undo: Not a name"', () => {
  const text = 'Menu\nAwara kutto se darna\nThe article.';
  const items = notNameItems('file:///s/000.txt', text, { notNames: ['Awara Kutto Se Darna', 'Zelenskyy Tasks Umerov'] });
  assert.deepEqual(items, [{ uri: 'file:///s/000.txt', start: 5, end: 25, text: 'Awara Kutto Se Darna', menu: { webviewSection: NOT_NAME_SECTION, preventDefaultContextMenuItems: true, seed: 'file:///s/000.txt', text: 'Awara Kutto Se Darna' } }]);
  assert.deepEqual(notNameItems('file:///s/000.txt', text, undefined), []);
});
