import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSeedDocument } from '../../src/core/document';
import { readOutlet } from '../../src/core/header/outlet';

const outlet = (lines: string[]) => readOutlet(toSeedDocument(lines.join('\n')), []);

test('outlet: "Search All X" names X, not "All X"', () => {
  assert.equal(outlet(['Home', 'Search All HarbourGazette.com', 'Harbour bridge plan unveiled', 'The council voted on Monday.']), 'HarbourGazette.com');
});

test('outlet: "Email Newsletters" names a service, not the site', () => {
  assert.equal(outlet(['Email Newsletters and Alerts', 'Harbour bridge plan unveiled', 'The council voted on Monday.', 'Follow Harbour Gazette']), 'Harbour Gazette');
});

test('outlet: a breadcrumb\'s first crumb "X Home" names the site', () => {
  assert.equal(outlet(['Applications', 'Harbour Gazette Home / Applications / News / Harbour bridge plan unveiled', 'Harbour bridge plan unveiled', 'The council voted on Monday.']), 'Harbour Gazette');
});
