/** The command line: `facts` (JSON Lines for pipelines and the evaluation), `summary`, `index`. */
import { analyze } from '../core/analyze';
import { formatSummary } from '../core/summary';
import { CorrectionsFiles } from './correctionsFiles';
import { runExportCommand } from './exportCommand';
import { runFactsCommand } from './factsCommand';
import { runFactsJsonl } from './factsJsonl';
import { runIndexFromFacts } from './indexFromFacts';
import { runIndexCommand } from './indexCommand';
import { listSeedFiles, PipelineDates, readSeedText } from './seedFiles';
import { terminalLine, terminalText } from './terminal';

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

async function factsCommand(paths: readonly string[]): Promise<number> {
  if (paths.length === 0) return usage();
  if (paths[0] === '--jsonl') return runFactsJsonl(paths.slice(1));
  const { files, roots, problems } = listSeedFiles(paths, warn);
  const corrections = new CorrectionsFiles(warn);
  const code = await runFactsCommand(files, warn, roots, (file) => corrections.forFile(file));
  return problems > 0 || corrections.hadProblem ? Math.max(code, EXIT_SOME_UNREADABLE) : code;
}

function summaryCommand(paths: readonly string[]): number {
  const [file] = paths;
  if (!file || paths.length !== 1) return usage();
  const seed = readSeedText(file);
  if (!seed.ok) {
    warn(`${file}: ${seed.reason}`);
    return EXIT_SOME_UNREADABLE;
  }
  const corrections = new CorrectionsFiles(warn);
  const facts = analyze(seed.text, { file, published: new PipelineDates(warn).publishedOf(file), corrections: corrections.forFile(file) });
  process.stdout.write(terminalText(formatSummary(facts, seed.text, 'plain')));
  return corrections.hadProblem ? EXIT_SOME_UNREADABLE : EXIT_OK;
}

function usage(): number {
  process.stderr.write(USAGE + '\n');
  return EXIT_USAGE;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'facts':
      return factsCommand(rest);
    case 'summary':
      return summaryCommand(rest);
    case 'index':
      return rest.includes('--from-facts') ? runIndexFromFacts(rest) : runIndexCommand(rest);
    case 'export':
      return runExportCommand(rest);
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
