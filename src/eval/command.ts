/**
 * `extrait eval`: score the pipeline against annotated text. Registration is cheap; readers,
 * scorer and pipeline load only when the command runs.
 */
import { printError } from '../text/quote.js';
import { InvalidArgumentError, Option, type Command } from 'commander';

const FORMATS = ['conll', 'hipe', 'timeml', 'conllu', 'langid', 'brat', 'events'];
const SCORABLE = ['person', 'rank', 'place', 'date', 'organization'];

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function typeList(v: string): string[] {
  const types = v.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  const bad = types.filter((t) => !SCORABLE.includes(t));
  if (bad.length || types.length === 0) throw new InvalidArgumentError(`expected a comma list of ${SCORABLE.join(', ')}`);
  return types;
}

const EXAMPLES = `
Examples:
  extrait eval --gold wikineural-fr/test.conllu --format conll        # PER/LOC/ORG; MISC reported as skipped
  extrait eval --gold HIPE-2022-v2.1-hipe2020-test-fr.tsv --json      # format detected from the content
  extrait eval --gold fr-timebank/Data --format timeml --split test   # DATE spans and values
  extrait eval --gold UD_French-GSD/fr_gsd-ud-test.conllu             # sentence boundaries
  extrait eval --gold lingua/language-testdata --format langid        # French recall, other→French rate
  extrait eval --gold winer-fr/2017 --format brat --types person,place,organization

Formats:
  conll   token and tag per line (IOB1, IOB2 or BIOES, detected), blank line between sentences,
          -DOCSTART- between documents. The text is rebuilt: tokens joined by a space, one
          sentence per line, --doc-size sentences per document (default: by -DOCSTART-, else 20).
          Labels PER/PERS/PERSON → person, LOC/GPE → place, ORG → organization, DATE/TIME → date;
          others (MISC…) are read and reported as not scored.
  hipe    HIPE-2020/2022 TSV; coarse pers/loc/org/time (time scored as date, prod not scored),
          person title/function components compared with our rank/title.
  timeml  TimeML .tml files; TIMEX3 type=DATE spans and values, each file's DCT as reference date.
  conllu  CoNLL-U treebanks: sentences joined into running text, boundaries scored.
  langid  one text per line, files named by language code (fr.txt) or in a folder so named.
  brat    BRAT standoff: each .ann with its .txt beside it (WiNER layout, recursive). Nested
          entities: the outermost is scored. Person, Location/Place/GPE, Organization, Date are
          scored; other labels (Event, Product, Hour…) are counted as not scored, and a
          prediction inside one of them is neither right nor wrong.
  events  JSON Lines, one document per line: {"id","text","date"?,"events":[{"type","trigger"?,
          "persons"?,"post"?,"rank"?,"place"?,"date"?,"fatalities"?,"injured"?,"perpetrator"?,
          "replaces"?}]}, arguments as surfaces; P/R/F1 per event type and argument accuracy
          (README "Evaluating events"). Never detected: give --format events.
  extrait eval --gold fixtures/events/dev.jsonl --format events --data-dir ../shared/data
`;

export function registerEvalCommand(program: Command): void {
  // Options after "eval" belong to eval (its --format is not the output --format of extraction).
  program.enablePositionalOptions();
  program
    .command('eval')
    .description('score extrait against annotated text: entities (precision, recall, F1; strict and fuzzy), date values, sentence boundaries, language')
    .requiredOption('--gold <path>', 'gold file, or directory of gold files (recursive, in name order)')
    .addOption(new Option('--format <format>', 'gold format [default: detected from the content]').choices(FORMATS))
    .option('--json', 'print the full report as JSON', false)
    .option('--types <list>', `entity types to score, comma-separated (${SCORABLE.join(',')}) [default: those the corpus annotates]`, typeList)
    .addOption(new Option('--scheme <scheme>', 'CoNLL tag scheme [default: detected]').choices(['iob1', 'iob2', 'bioes']))
    .option('--column <n>', 'CoNLL: 1-based column of the tag [default: the last]', positiveInt)
    .option('--token-column <n>', 'CoNLL: 1-based column of the token [default: 1, or 2 when column 1 numbers the tokens]', positiveInt)
    .option('--doc-size <n>', 'CoNLL/CoNLL-U: sentences per rebuilt document', positiveInt)
    .option('--max-docs <n>', 'at most N documents (langid: texts) from each file', positiveInt)
    .addOption(new Option('--split <split>', 'for corpora without a split: files in name order, every --split-every-th (index 0, N, 2N…) is dev, the rest test').choices(['dev', 'test', 'all']))
    .option('--split-every <n>', 'see --split', positiveInt, 3)
    .option('--data-dir <dir>', 'events: the directory "tsv" text references are read under (the repository keeps its corpora in ../shared/data)', '../shared/data')
    .addHelpText('after', EXAMPLES)
    .action(async (opts: Record<string, unknown>) => {
      const { existsSync } = await import('node:fs');
      const gold = String(opts.gold);
      if (!existsSync(gold)) {
        printError(`extrait eval: ${gold}: no such file or directory`);
        process.exitCode = 2;
        return;
      }
      if (opts.format === 'events') {
        try {
          const { evaluateEvents, formatEventsReport } = await import('./events/run.js');
          const report = evaluateEvents(gold, { dataDir: String(opts.dataDir) });
          process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatEventsReport(report));
          process.exitCode = 0;
        } catch (err) {
          process.stderr.write(`extrait eval: ${err instanceof Error ? err.message : String(err)}\n`);
          process.exitCode = 1;
        }
        return;
      }
      const { evaluate } = await import('./run.js');
      const { formatReport } = await import('./report.js');
      try {
        const report = await evaluate({
          gold,
          format: opts.format as never,
          types: opts.types as string[] | undefined,
          scheme: opts.scheme as never,
          column: opts.column as number | undefined,
          tokenColumn: opts.tokenColumn as number | undefined,
          docSize: opts.docSize as number | undefined,
          maxDocs: opts.maxDocs as number | undefined,
          split: opts.split as 'dev' | 'test' | 'all' | undefined,
          splitEvery: opts.splitEvery as number,
        });
        process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
        process.exitCode = 0;
      } catch (err) {
        printError(`extrait eval: ${err instanceof Error ? err.message : String(err)}`);
        process.exitCode = 1;
      }
    });
}
