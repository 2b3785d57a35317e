/**
 * The command line's commands that analyse documents, bundled as dist/cliEngine.js and loaded by
 * main.ts (and by `index` once it finds work): a run that has nothing to analyse (a warm `index`,
 * `--help`, a usage error) never reads or evaluates the engine's bundle.
 */
import { analyseInBulk, analyze } from '../core/analyze';
import { formatSummary } from '../core/summary';
import { CorrectionsFiles } from './correctionsFiles';
import { runFactsCommand } from './factsCommand';
import { runFactsJsonl } from './factsJsonl';
import { listSeedFiles, PipelineDates, readSeedText } from './seedFiles';
import { terminalText } from './terminal';

export { runExportCommand } from './exportCommand';
export { runIndexFromFacts } from './indexFromFacts';
export { indexFolder } from './indexRun';

// Every command here reads each document once; so do the worker threads (indexWorker.ts).
analyseInBulk();

const EXIT_OK = 0;
const EXIT_SOME_UNREADABLE = 1;

/** `facts`, for paths that are not empty; `warn` reports a problem with one file. */
export async function factsCommand(paths: readonly string[], warn: (message: string) => void): Promise<number> {
  if (paths[0] === '--jsonl') return runFactsJsonl(paths.slice(1));
  const { files, roots, problems } = listSeedFiles(paths, warn);
  const corrections = new CorrectionsFiles(warn);
  const code = await runFactsCommand(files, warn, roots, (file) => corrections.forFile(file));
  return problems > 0 || corrections.hadProblem ? Math.max(code, EXIT_SOME_UNREADABLE) : code;
}

/** `summary` of one file. */
export function summaryCommand(file: string, warn: (message: string) => void): number {
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
