/**
 * The command line: `facts` (JSON Lines for pipelines and the evaluation), `summary`, `index`.
 * The commands that analyse are in dist/cliEngine.js (cliEngine.ts), loaded when one runs.
 */
import { runIndexCommand } from './indexCommand';
import { terminalLine } from './terminal';

const USAGE = `usage: source-review <command> …
  facts <files or folders…>   one facts record per document as JSON Lines on stdout
  summary <file>              a readable summary of one document
  index <folder>              analyse a folder, write <folder>/INDEX.yaml, print a summary
  facts --jsonl [--with-profile]             JSON Lines {id, text, published?} in, facts records out
  index --from-facts <facts.jsonl…> --out F  INDEX.yaml from record shards (see README, distributed runs)`;

const EXIT_OK = 0;
const EXIT_SOME_UNREADABLE = 1;
const EXIT_USAGE = 2;

function warn(message: string): void {
  process.stderr.write(`source-review: ${terminalLine(message)}\n`);
}

function usage(): number {
  process.stderr.write(USAGE + '\n');
  return EXIT_USAGE;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'facts':
      return rest.length === 0 ? usage() : (await import('./cliEngine')).factsCommand(rest, warn);
    case 'summary':
      return rest.length === 1 && rest[0] ? (await import('./cliEngine')).summaryCommand(rest[0], warn) : usage();
    case 'index':
      return rest.includes('--from-facts') ? (await import('./cliEngine')).runIndexFromFacts(rest) : runIndexCommand(rest);
    case 'export':
      return (await import('./cliEngine')).runExportCommand(rest);
    case '--help':
    case '-h':
      process.stdout.write(USAGE + '\n');
      return EXIT_OK;
    default:
      return usage();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    warn(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT_SOME_UNREADABLE;
  },
);
