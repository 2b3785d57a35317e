/** Site names and joined-capitals companies (webForms.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markWebCompanies } from '../../src/core/names/webForms';
import { labelledNames, taggedLine } from './taggedLines';

test('a site name with its domain and two joined capitalized words outside any name are organizations', () => {
  const lines = [
    taggedLine('He told Varnadaily.com that data from KeshTrade showed it.', 'normal'),
    taggedLine('Experts on Ostrow.co.uk agree.', 'title'),
  ];
  assert.deepEqual(markWebCompanies(lines).map(labelledNames), [['organization:Varnadaily.com', 'organization:KeshTrade'], ['organization:Ostrow.co.uk']]);
});

test("surname openings, a maker's product, a model, run-together menu words, addresses, names the tagger read and lines of capitals are left", () => {
  const lines = [
    taggedLine('McQuill and DeVarna met at Kesh VarnPods with OstroPhone 5 near HomeNewsBusiness.', 'normal'),
    taggedLine('Visit www.varnadaily.com or KeshTrade today.', 'normal', [3, 'B-person']),
    taggedLine('KESHTRADE AND VARNA.COM', 'caps'),
  ];
  assert.deepEqual(markWebCompanies(lines).map(labelledNames), [[], ['person:KeshTrade'], []]);
});
