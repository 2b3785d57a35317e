/** The README's first commands are what a new user runs on a fresh clone, and what CI (.ci/run) runs. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..', '..');

function firstBashBlock(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /^```bash\n([\s\S]*?)^```$/m.exec(readme)?.[1] ?? '';
  return block.split('\n').filter(Boolean);
}

test('README: two commands, the second npm test; .ci/run reads them from the README', () => {
  const commands = firstBashBlock();
  assert.equal(commands.length, 2);
  assert.equal(commands[1], 'npm test');
  assert.match(readFileSync(join(ROOT, '.ci', 'run'), 'utf8'), /README\.md/);
});

test("README: the first command's engine runs (after install and build) pass on the sample seeds", () => {
  const runs = commands(firstBashBlock()[0]!).filter((command) => command.startsWith('node dist/cli.js '));
  assert.ok(runs.length >= 2);
  for (const command of runs) {
    const result = spawnSync('bash', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    assert.equal(result.status, 0, `${command}: ${result.stderr}`);
    assert.ok(result.stdout.length > 0);
  }
});

function commands(line: string): string[] {
  return line.split('&&').map((part) => part.trim());
}
