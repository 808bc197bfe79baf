/**
 * Command line entry. Only commander is loaded before the arguments are known: the
 * pipeline, worker pool and formatters are imported when there is work for them, so
 * `--help`, `--version` and usage errors answer at once.
 */
import { existsSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import {
  CSV_LEVELS, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, INPUT_FORMATS, OUTPUT_FORMATS, choice, parseByteSize,
  parseLanguageCode, parseNonNegativeInt, parsePositiveInt, parseReferenceDate, type CliOptions,
} from './options.js';
import { packageVersion } from './version.js';
import { unknownCommand } from './commands.js';
import { printError, quote } from '../text/quote.js';

const EXAMPLES = `
Inputs:
  Files are read as UTF-8 (BOM stripped), UTF-16 with a BOM, or Windows-1252/Latin-1 when
  they are not valid UTF-8. Directories are walked recursively in name order (hidden
  entries skipped). With no input and piped standard input, standard input is read.

Output:
  One JSON record per document, in input order whatever --jobs. A document that cannot be
  processed gets {"schemaVersion","id","error":{"message"}} and a line on stderr.
  Exit status: 0 all documents processed, 1 some failed, 2 usage error,
  130/143 interrupted (SIGINT/SIGTERM; rerun with --resume to continue).

Examples:
  $ extrait article.txt                          pretty JSON on a terminal
  $ curl -s https://example.org/a.txt | extrait --reference-date 2024-11-06
  $ extrait corpus/ -o records.jsonl             all *.txt under corpus/, JSON Lines
  $ extrait corpus/ --glob '**/*.md' --jobs 4 -o records.jsonl
  $ extrait corpus/ -o records.jsonl --resume    continue an interrupted run
  $ extrait --input-format jsonl docs.jsonl      lines of {"id","text","date"?,"url"?}
  $ parallel --pipe -k -N 1000 extrait --input-format jsonl --jobs 1 < docs.jsonl > out.jsonl
  $ extrait article.txt | jq '.entities[] | select(.type == "person") | .name'
  $ extrait corpus/ --format csv -o entities.csv
`;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('extrait')
    .description('Structured JSON from raw French news text: language, sentences, people with ranks and titles, places, dates and organizations, with code point offsets.')
    .version(packageVersion(), '-V, --version', 'print the version, record schema, model and its training data, data sizes and Node.js version (add --json for JSON)')
    .argument('[inputs...]', 'files, directories (recursive), or - for standard input')
    .option('-o, --output <file>', 'write to FILE (written as FILE.partial, renamed when complete); a directory for --format brat')
    .addOption(new Option('-f, --format <name>', 'json (pretty; one array for several documents), jsonl, html, brat, conll, csv or text [default: json for one document on a terminal, else jsonl]').argParser(choice(OUTPUT_FORMATS)))
    .addOption(new Option('--input-format <name>', 'text: one document per file; jsonl: one {"id","text","date"?,"url"?} per line [default: text, and jsonl for a *.jsonl file, or a named file or standard input whose every line is a JSON object with "text" (a note on stderr says so)]').argParser(choice(INPUT_FORMATS)))
    .option('--glob <pattern>', 'files to take from directories; a pattern without "/" matches file names (default: *.txt, or *.jsonl with --input-format jsonl)')
    .option('--id-base <dir>', 'record ids of files: their path relative to DIR [default: a named file\'s path as given, a walked file\'s path relative to its directory]')
    .option('--reference-date <date>', 'YYYY-MM-DD (or YYYY-MM, YYYY) that relative dates ("hier", "mardi dernier") resolve against', parseReferenceDate)
    .option('--force', 'process text that is reliably not French anyway')
    .option('--language <code>', 'the language of every document (fr, en, wo…): detection is skipped', parseLanguageCode)
    .option('--no-model', 'skip the statistical tagger: rules and lexicons only (about 1.4x faster; finds fewer names no lexicon lists)')
    .option('--model-file <path>', 'use a tagger trained with `extrait train` instead of the shipped one')
    .option('-j, --jobs <n>', 'threads for batches [default: available cores]: the main thread and n-1 workers; 1 runs in the main thread only', parsePositiveInt)
    .option('--resume', 'continue an interrupted run into the -o file: done ids are skipped, a cut last line is removed')
    .addOption(new Option('--max-bytes <n>', 'documents larger than this get an error record (K, M, G suffixes)').argParser(parseByteSize).default(DEFAULT_MAX_BYTES, '10M'))
    .option('--timeout-ms <n>', 'CPU time limit per document, the same with any --jobs (checked between stages; a worker stuck inside a stage is also stopped at 4x the limit + 10 s of wall time, a main-thread document is not), 0 for none', parseNonNegativeInt, DEFAULT_TIMEOUT_MS)
    .option('-q, --quiet', 'no progress bar, summary or warnings (failed documents are still reported)')
    .option('--no-color', 'plain text output for --format text')
    .option('--bom', 'start CSV output with a UTF-8 BOM (for Excel)')
    .option('--follow-symlinks', 'in directories, also follow symlinks that lead out of the directory (like find -L)')
    .addOption(new Option('--csv-level <level>', 'CSV rows: entities (one per mention), people (one per person: name, rank, ranks, titles) or events (one per event)').argParser(choice(CSV_LEVELS)).default('entities', 'entities'))
    .addHelpText('after', EXAMPLES)
    .configureOutput({ outputError: (str, write) => write(str.replace(/^error: /, 'extrait: ').split('\n').map(quote).join('\n')) })
    .showHelpAfterError('(run extrait --help for usage)')
    .exitOverride();
  return program;
}

async function registerEval(program: Command): Promise<void> {
  // The eval command belongs to its own module; a missing or broken one must not stop extraction.
  // A URL, not a literal specifier: the bundler leaves it out, and it resolves from this module's place.
  const spec = new URL('../eval/command.js', import.meta.url).href;
  // run from the bundle (vm.Script), import() has no loader on Node 20: bundleLoader.ts lends its own
  const load = (globalThis as { __extraitImport?: (s: string) => Promise<unknown> }).__extraitImport ?? ((s: string) => import(s));
  const mod = (await load(spec)) as { registerEvalCommand?: (p: Command) => void };
  mod.registerEvalCommand?.(program);
}

const SUBCOMMANDS = ['eval', 'train'];

export async function main(argv: string[] = process.argv): Promise<number> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // `extrait corpus/ | head -1`, `extrait --help | head`: the reader has what it wanted.
    if (err.code === 'EPIPE') process.exit(0);
    printError(`extrait: standard output: ${err.code === 'ENOSPC' ? 'no space left on device' : err.message}`);
    process.exit(1);
  });
  const args = argv.slice(2);
  const flags = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (!SUBCOMMANDS.includes(args[0]) && (flags.includes('--version') || flags.includes('-V'))) {
    const { versionReport, formatVersion } = await import('./version.js');
    const report = versionReport();
    process.stdout.write(flags.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatVersion(report));
    return 0;
  }
  const unknown = unknownCommand(args, SUBCOMMANDS);
  if (unknown) {
    process.stderr.write(`extrait: ${unknown}\n(run extrait --help for usage)\n`);
    return 2;
  }
  const program = buildProgram();
  if (argv[2] === 'eval') {
    try {
      await registerEval(program);
    } catch (err) {
      printError(`extrait: eval command unavailable: ${(err as Error).message}`);
      return 2;
    }
  } else if (argv[2] === 'train') {
    // loaded only for this command, like eval: extraction start-up stays small
    const { registerTrainCommand } = await import('../model/trainCommand.js');
    // the subcommand's own -o must not be taken by the main program's
    program.enablePositionalOptions();
    registerTrainCommand(program);
  } else if (existsSync(new URL('../eval/command.js', import.meta.url))) {
    program.addHelpText('after', '\nCommands:\n  eval [options]   score extraction against annotated corpora (extrait eval --help)\n  train [options]  train the statistical tagger on your own CoNLL data (extrait train --help)\n');
  }
  // a subcommand's usage errors point to its own help, not the main program's
  for (const sub of program.commands) sub.showHelpAfterError(`(run extrait ${sub.name()} --help for usage)`);
  let inputs: string[] = [];
  let opts: CliOptions | undefined;
  program.action((args: string[], options: CliOptions) => {
    inputs = args;
    opts = options;
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every parse error is a usage error.
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    // a subcommand that fails (an unreadable training file): its message, not a stack trace
    if (!opts && SUBCOMMANDS.includes(args[0]) && err instanceof Error) {
      process.stderr.write(`extrait ${args[0]}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  if (!opts) return process.exitCode === undefined ? 0 : Number(process.exitCode); // a subcommand ran
  if (inputs.length === 0 && process.stdin.isTTY) {
    program.outputHelp({ error: true });
    return 2;
  }
  const { run } = await import('./run.js');
  return run(inputs, opts);
}
