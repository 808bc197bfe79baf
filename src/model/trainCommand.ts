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
import type { Command } from 'commander';
import { emptyLexicons } from './lexicon.js';
import { loadModel, saveModel, scoreModel, trainModel } from './model.js';
import { readConll, trimPersonSpans, type TrainingDocument } from './trainingData.js';
import { shippedModelPath } from './index.js';

interface TrainCommandOptions {
  data: string[];
  format: string;
  dev?: string[];
  epochs: string;
  bits: string;
  output: string;
  lexicons: boolean;
  trimTitles: boolean;
  seed: string;
  quiet?: boolean;
}

function readFiles(paths: string[], format: string, trim: boolean): TrainingDocument[] {
  if (format !== 'conll') throw new Error(`unsupported training data format "${format}" (supported: conll)`);
  const docs = paths.flatMap((p) => readConll(readFileSync(p, 'utf8'), p));
  return trim ? docs.map(trimPersonSpans) : docs;
}

export function registerTrainCommand(program: Command): Command {
  return program
    .command('train')
    .description('train the person/place/organization tagger on CoNLL data (IOB1, IOB2 or BIOES; PER/LOC/ORG labels)')
    .requiredOption('--data <files...>', 'training files, one token per line with its tag in the last column')
    .option('--format <format>', 'training data format', 'conll')
    .option('--dev <files...>', 'held-out files: the epoch with the best exact-span F1 on them is kept')
    .option('--epochs <n>', 'passes over the training data', '10')
    .option('--bits <n>', 'log2 of the hashed feature table size', '20')
    .option('--no-lexicons', 'do not copy the shipped model\'s lexicons (gazetteer features) into the new model')
    .option('--trim-titles', 'cut person spans down to the name (HIPE-style spans with titles and functions)', false)
    .option('--seed <n>', 'shuffling seed', '1')
    .option('-q, --quiet', 'no progress on stderr')
    .requiredOption('-o, --output <file>', 'where to write the model (use it with --model)')
    .action((opts: TrainCommandOptions) => {
      const log = opts.quiet ? () => {} : (m: string) => printError(m);
      const epochs = Number(opts.epochs);
      const bits = Number(opts.bits);
      if (!Number.isInteger(epochs) || epochs < 1) throw new Error('--epochs must be a positive integer');
      if (!Number.isInteger(bits) || bits < 12 || bits > 24) throw new Error('--bits must be an integer between 12 and 24');
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
        seed: Number(opts.seed),
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
