/**
 * One extraction run: inputs → documents → (main thread | worker pool) → output, with
 * the guarantees users rely on: input order, one record per document (error records
 * included), an -o file that exists only when complete, resumable interruption.
 */
import { mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Result, ProcessSettings, Task } from '../batch/task.js';
import { FileOutput, OutputError, StdoutOutput, planFileOutput, type Output } from '../io/output.js';
import { ResumeError, prepareResume } from '../io/resume.js';
import { documents, numbered } from '../io/sources.js';
import { describeError } from '../io/load.js';
import { SCHEMA_VERSION, type ErrorRecord, type ExtraitRecord } from '../types.js';
import type { CliOptions } from './options.js';
import { ProgressBar, Stats, summaryLine } from './progress.js';

interface RecordFormatter {
  header(): string;
  record(rec: ExtraitRecord | ErrorRecord, text: string | null): string;
  footer(): string;
}
interface FormatsModule {
  createFormatter(name: string, opts: { color: boolean; bom?: boolean; csvLevel?: 'entities' | 'events' }): RecordFormatter;
  writeBrat(outDir: string, rec: ExtraitRecord, text: string): void;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function usage(message: string): number {
  process.stderr.write(`extrait: ${message}\n(run extrait --help for usage)\n`);
  return 2;
}

/** One document: the pretty-JSON default and the main thread apply. */
function isSingleDocument(inputs: string[], opts: CliOptions): boolean {
  if (opts.inputFormat !== 'text' || inputs.length > 1) return false;
  if (inputs.length === 0 || inputs[0] === '-') return true;
  try {
    return !statSync(inputs[0]).isDirectory();
  } catch {
    return true;
  }
}

export async function run(inputs: string[], opts: CliOptions): Promise<number> {
  const single = isSingleDocument(inputs, opts);
  const format = opts.format ?? (single && !opts.output && process.stdout.isTTY ? 'json' : 'jsonl');
  if (opts.resume && !opts.output) return usage('--resume needs -o FILE (the output of the run to continue)');
  if (opts.resume && format !== 'jsonl') return usage('--resume works with --format jsonl only');
  if (format === 'brat' && !opts.output) return usage('--format brat needs -o DIRECTORY');
  if (inputs.filter((i) => i === '-').length > 1) return usage('standard input (-) can be read only once');
  if (opts.modelFile) {
    // a model that cannot load is a usage error now, not an error record for every document
    try {
      (await import('../model/index.js')).loadModel(opts.modelFile);
    } catch (err) {
      return usage(`--model-file ${opts.modelFile}: ${(err as Error).message}`);
    }
  }

  let formats: FormatsModule | null = null;
  if (format !== 'json' && format !== 'jsonl') {
    try {
      formats = (await import('../formats/index.js')) as unknown as FormatsModule;
    } catch (err) {
      return usage(`--format ${format} is not available: ${(err as Error).message}`);
    }
  }
  const formatter = formats && format !== 'brat' ? formats.createFormatter(format, { color: opts.color && !opts.output && !!process.stdout.isTTY && !process.env.NO_COLOR, bom: !!opts.bom, csvLevel: opts.csvLevel }) : null;

  const stats = new Stats();
  let bar: ProgressBar | null = null;
  const log = (line: string) => {
    bar?.stop();
    process.stderr.write(`${line}\n`);
    bar?.start();
  };

  // Output.
  let output: Output;
  let done: Map<string, number> | undefined;
  try {
    if (format === 'brat') {
      mkdirSync(opts.output!, { recursive: true });
      output = new StdoutOutput();
    } else if (opts.output) {
      const plan = planFileOutput(opts.output, !!opts.resume);
      if (opts.resume && plan.append) {
        const state = await prepareResume(plan.writePath);
        done = state.done;
        stats.resumed = state.records;
        if (!opts.quiet) {
          const cut = state.repairedBytes ? `; removed a cut last line (${state.repairedBytes} bytes)` : '';
          log(`extrait: resuming ${plan.writePath}: ${state.records} records already written${cut}`);
        }
      }
      output = new FileOutput(opts.output, plan);
    } else {
      output = new StdoutOutput();
    }
  } catch (err) {
    if (err instanceof OutputError || err instanceof ResumeError) {
      process.stderr.write(`extrait: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`extrait: ${opts.output}: ${describeError(err)}\n`);
    return 1;
  }

  // Signals (a closed stdout is handled in main.ts).
  const controller = new AbortController();
  let signalCode = 0;
  const onSignal = (code: number) => () => {
    if (signalCode) process.exit(code); // second signal: stop at once
    signalCode = code;
    controller.abort();
  };
  const onInt = onSignal(130);
  const onTerm = onSignal(143);
  // A single document keeps the default: Ctrl-C must stop even a long synchronous extraction.
  if (!single) {
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  }

  const settings: ProcessSettings = {
    force: !!opts.force,
    model: opts.model !== false,
    ...(opts.modelFile ? { modelFile: opts.modelFile } : {}),
    maxBytes: opts.maxBytes,
    serialize: format === 'jsonl' || format === 'json' ? format : 'none',
  };
  if (opts.referenceDate) settings.referenceDate = opts.referenceDate;

  const sourceOptions = {
    inputs, inputFormat: opts.inputFormat, glob: opts.glob, maxBytes: opts.maxBytes, stdin: process.stdin,
    warn: (message: string) => {
      if (!opts.quiet) log(`extrait: ${message}`);
    },
  };
  const tasks: AsyncIterable<Task> = numbered(documents(sourceOptions), done, () => stats.skipped++);

  const write = async (r: Result): Promise<void> => {
    stats.done++;
    stats.bytes += r.bytes;
    if (!r.ok) {
      stats.failed++;
      log(`extrait: ${r.display}: ${r.message}${r.message.endsWith('skipped') ? '' : ', skipped'}`);
      const rec: ErrorRecord = { schemaVersion: SCHEMA_VERSION, id: r.id, error: { message: r.message } };
      if (format === 'jsonl') await output.write(JSON.stringify(rec) + '\n');
      else if (format === 'json') await output.write(JSON.stringify(rec, null, 2) + '\n');
      else if (formatter) await output.write(formatter.record(rec, null));
      return;
    }
    if (r.line !== undefined) await output.write(r.line);
    else if (formatter) await output.write(formatter.record(r.record as ExtraitRecord, r.text ?? ''));
    else if (formats) {
      try {
        formats.writeBrat(opts.output!, r.record as ExtraitRecord, r.text ?? '');
      } catch (err) {
        throw new OutputError(`${opts.output}: cannot write BRAT files for ${r.id}: ${describeError(err)}`);
      }
    }
  };

  const jobs = opts.jobs ?? availableParallelism();
  const useWorkers = !single && jobs > 1;
  const showProgress = !opts.quiet && !single && !!process.stderr.isTTY && (!!opts.output || !process.stdout.isTTY);
  if (showProgress) {
    bar = new ProgressBar(stats);
    bar.start();
    if (opts.inputFormat === 'text' && !inputs.includes('-') && inputs.length) void countDocuments(sourceOptions, stats);
  }

  try {
    if (formatter) await output.write(formatter.header());
    // Imported here, not at the top: with workers, the main thread never loads the pipeline.
    if (useWorkers) {
      const { runPool } = await import('../batch/pool.js');
      await runPool(tasks, { jobs, timeoutMs: opts.timeoutMs, settings, signal: controller.signal, write });
    } else {
      const { runInline } = await import('../batch/inline.js');
      await runInline(tasks, settings, controller.signal, write);
    }
    bar?.stop();
    bar = null;
    if (signalCode) {
      const kept = output.interrupt();
      if (kept) process.stderr.write(`extrait: interrupted after ${plural(stats.done, 'document')}; ${kept} holds the complete records: run again with --resume to continue\n`);
      else process.stderr.write(`extrait: interrupted after ${plural(stats.done, 'document')}\n`);
      process.exit(signalCode);
    }
    if (formatter) await output.write(formatter.footer());
    output.commit();
  } catch (err) {
    bar?.stop();
    if (err instanceof OutputError) {
      output.discard();
      process.stderr.write(`extrait: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
  // The summary is for a person watching; in pipelines and job logs, silence unless something failed.
  if (!opts.quiet && !single && process.stderr.isTTY) process.stderr.write(`${summaryLine(stats)}\n`);
  return stats.failed ? 1 : 0;
}

/** A second, name-only walk so the progress bar can show a total and an ETA. */
async function countDocuments(options: Parameters<typeof documents>[0], stats: Stats): Promise<void> {
  try {
    for await (const _ of documents({ ...options, warn: () => {} })) stats.total++;
    stats.totalKnown = true;
  } catch {
    // The bar falls back to a running count.
  }
}
