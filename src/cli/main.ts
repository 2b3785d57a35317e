import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../core/analyze';

const [command, ...paths] = process.argv.slice(2);
if (command !== 'facts') process.exit(2);
const files = paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => join(p, f)) : [p]));
for (const file of files) process.stdout.write(JSON.stringify(analyze(readFileSync(file, 'utf8'), { file })) + '\n');
