/** Test fixtures read once: the user's two seed files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const SEED_000 = readFileSync(join(FIXTURES, '000_93e29ae284e8c2f5.txt'), 'utf8');
export const SEED_002 = readFileSync(join(FIXTURES, '002_c5cc658af23e45c8.txt'), 'utf8');
