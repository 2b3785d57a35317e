/** A role or a share "of" a body is no part of its name (roles.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropRolePrefixes } from '../../src/core/names/roles';
import { rawMention } from '../../src/core/names/mentions';
import { tokenizeLine } from '../../src/core/names/tokenize';
import type { NameType } from '../../src/core/types';

const mention = (words: string, type: NameType = 'organization') => rawMention(tokenizeLine(words, 0), type, 'normal');

test('roles and "of" come off an organization; a body named "X of Y" and other types stay', () => {
  const mentions = [mention('CEO and Founder of Kesh Robotics'), mention('Senior Vice President of the Varna Council'), mention('Shares of Ostrow Holdings'),
    mention('Bank of Kesh'), mention('Founder of Varna', 'person'), mention('President of')];
  assert.deepEqual(dropRolePrefixes(mentions).map((item) => item.key), ['kesh robotics', 'varna council', 'ostrow holdings', 'bank of kesh', 'founder of varna', 'president of']);
});
