/** A wire copy's word difference from its original, for the INDEX tab (src/corpus/copyDifference.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleText, copyDifference } from '../../src/corpus/copyDifference';

const STORY = 'The council met on Monday to discuss the new bridge over the river, which has been closed since the storm last winter. Officials said repairs would cost more than expected and take until the spring. The mayor said the city would ask the region for help.';

test('the changed words are shown, with a few words of context; long unchanged stretches are cut', () => {
  const copy = STORY.replace('more than expected', 'twice the estimate').replace('The mayor said', 'The mayor told reporters');
  const parts = copyDifference(STORY, copy, 3);
  const changes = parts.filter((part) => part.change !== 'same').map((part) => `${part.change}:${part.value.trim()}`);
  assert.deepEqual(changes, ['removed:more than expected', 'added:twice the estimate', 'removed:said', 'added:told reporters']);
  const first = parts[0]!;
  assert.equal(first.change, 'same');
  assert.ok(first.value.startsWith('… ') && first.value.endsWith('would cost '), first.value);
  assert.ok(parts.map((part) => part.value).join('').length < STORY.length, 'the unchanged start is cut');
});

test('identical texts have no difference; short stretches stay whole', () => {
  assert.deepEqual(copyDifference('a b c', 'a b c'), []);
  assert.deepEqual(copyDifference('one two', 'one three').map((part) => part.value), ['one ', 'two', 'three']);
});

test('the article text leaves boilerplate regions out', () => {
  const text = 'Menu Home\nThe story itself.\nShare this';
  assert.equal(articleText({ boilerplate: [{ start: 0, end: 10, kind: 'navigation' }, { start: 28, end: 38, kind: 'share' }] } as never, text), 'The story itself.');
});
