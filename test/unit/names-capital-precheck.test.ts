/** The first-character test the rules run before their capital-anchored patterns (features.ts mayOpenWithCapital). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayOpenWithCapital } from '../../src/core/names/features';
import { markWebCompanies } from '../../src/core/names/webForms';
import { labelledNames, taggedLine } from './taggedLines';

test('no word a capital-anchored pattern matches fails the test; ASCII words without a capital first do', () => {
  const capitalized = ['Varna', 'KeshTrade', 'Élan', 'Östersund', 'Ωmega', 'Łódź', 'A', 'Z9'];
  for (const word of capitalized) {
    assert.ok(/^\p{Lu}/u.test(word), word);
    assert.ok(mayOpenWithCapital(word), word);
  }
  assert.ok(mayOpenWithCapital('élan'), 'past ASCII the patterns decide');
  for (const word of ['varna', '2025', '.com', '@Kesh', '"Varna', '', '[Z]', '`A']) assert.ok(!mayOpenWithCapital(word), word);
});

test('joined capitals and site names opening with a capital past ASCII are still companies', () => {
  const lines = [taggedLine('Data from ÖkoTrade and Élanvarna.com showed it.', 'normal')];
  assert.deepEqual(markWebCompanies(lines).map(labelledNames), [['organization:ÖkoTrade', 'organization:Élanvarna.com']]);
});
