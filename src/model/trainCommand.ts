/**
 * `extrait train`: train the NER tagger on the user's own CoNLL data.
 *
 *   extrait train --data a.conll b.conll [--dev dev.conll] [--epochs 10] [--bits 20] -o model.bin
 *
 * Lexicon features are learned from whatever lexicons the model carries: `--lexicons-from`
 * copies the shipped model's lexicons (first names, places, organizations…) into the new
 * model so its gazetteer features work as in the shipped one.
 */
import { printError } from '../text/quote.js';
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { emptyLexicons } from './lexicon.js';
import { loadModel, saveModel, scoreModel, trainModel } from './model.js';
import { readConll, trimPersonSpans, type TrainingDocument } from './trainingData.js';
import { shippedModelPath } from './index.js';

interface TrainCommandOptions {
  data: string[];
  format: string;
  dev?: string[];
  epochs: number;
  bits: number;
  output: string;
  lexicons: boolean;
  trimTitles: boolean;
  seed: number;
  quiet?: boolean;
}

function readFiles(paths: string[], format: string, trim: boolean): TrainingDocument[] {
  if (format !== 'conll') throw new Error(`unsupported training data format "${format}" (supported: conll)`);
  const docs = paths.flatMap((p) => readConll(readFileSync(p, 'utf8'), p));
  return trim ? docs.map(trimPersonSpans) : docs;
}

/** A usage error (exit 2, pointing to `extrait train --help`) for a value out of range. */
function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    return n;
  };
}

export function registerTrainCommand(program: Command): Command {
  return program
    .command('train')
    .description('train the person/place/organization tagger on CoNLL data (IOB1, IOB2 or BIOES; PER/LOC/ORG labels)')
    .requiredOption('--data <files...>', 'training files, one token per line with its tag in the last column')
    .addOption(new Option('--format <format>', 'training data format').choices(['conll']).default('conll', 'conll'))
    .option('--dev <files...>', 'held-out files: the epoch with the best exact-span F1 on them is kept')
    .option('--epochs <n>', 'passes over the training data', wholeNumber(1, 1000), 10)
    .option('--bits <n>', 'log2 of the hashed feature table size (12 to 24)', wholeNumber(12, 24), 20)
    .option('--no-lexicons', 'do not copy the shipped model\'s lexicons (gazetteer features) into the new model')
    .option('--trim-titles', 'cut person spans down to the name (HIPE-style spans with titles and functions)', false)
    .option('--seed <n>', 'shuffling seed', wholeNumber(0, 2 ** 31), 1)
    .option('-q, --quiet', 'no progress on stderr')
    .requiredOption('-o, --output <file>', 'where to write the model (use it with extrait --model-file FILE)')
    .action((opts: TrainCommandOptions) => {
      const log = opts.quiet ? () => {} : (m: string) => printError(m);
      const { epochs, bits } = opts;
      const train = readFiles(opts.data, opts.format, opts.trimTitles);
      const dev = opts.dev ? readFiles(opts.dev, opts.format, opts.trimTitles) : undefined;
      const entities = train.reduce((n, d) => n + d.entities.length, 0);
      if (entities === 0) throw new Error('no PER/LOC/ORG entities found in the training data');
      log(`read ${train.length} documents, ${entities} entities`);
      const lexicons = opts.lexicons ? loadModel(shippedModelPath()).lex : emptyLexicons();
      const model = trainModel(train, {
        epochs,
        bits,
        lexicons,
        dev,
        seed: opts.seed,
        log,
        info: { created: new Date().toISOString().slice(0, 10), trainedOn: opts.data },
      });
      saveModel(model, opts.output);
      if (dev) {
        const s = scoreModel(model, dev);
        log(`dev: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
      }
      log(`model written to ${opts.output}`);
    });
}
