/**
 * One extraction run: inputs → documents → (main thread | worker pool) → output, with
 * the guarantees users rely on: input order, one record per document (error records
 * included), an -o file that exists only when complete, resumable interruption.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Result, ProcessSettings, Task } from '../batch/task.js';
import { detectFile, detectStdin, type DetectedFormat } from '../io/inputFormat.js';
import { JsonArrayWriter } from '../io/jsonArray.js';
import { FileOutput, OutputError, StdoutOutput, isSpecialTarget, planFileOutput, type Output } from '../io/output.js';
import { EarlierRecords, ResumeError, scanRecords } from '../io/resume.js';
import { acquireLock } from '../io/lock.js';
import { buildManifest, manifestDifferences, readManifest, writeManifest } from '../io/runManifest.js';
import { outputConflict, ownFiles } from '../io/selfInput.js';
import { printError } from '../text/quote.js';
import { documents, numbered } from '../io/sources.js';
import { describeError } from '../io/load.js';
import { SCHEMA_VERSION, type ErrorRecord, type ExtraitRecord } from '../types.js';
import type { CliOptions } from './options.js';
import { ProgressBar, Stats, summaryLine } from './progress.js';
import { startedFromSnapshot } from './startup.js';
import { monotonicMs } from '../clock.js';

interface RecordFormatter {
  header(): string;
  record(rec: ExtraitRecord | ErrorRecord, text: string | null): string;
  footer(): string;
}
interface FormatsModule {
  createFormatter(name: string, opts: { color: boolean; bom?: boolean; csvLevel?: 'entities' | 'people' | 'events' }): RecordFormatter;
  writeBrat(outDir: string, rec: ExtraitRecord, text: string): void;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function usage(message: string): number {
  printError(`extrait: ${message}`);
  process.stderr.write('(run extrait --help for usage)\n');
  return 2;
}

/** One document: the pretty-JSON default and the main thread apply. */
function isSingleDocument(inputs: string[], opts: CliOptions, stdinFormat?: DetectedFormat): boolean {
  if (opts.inputFormat === 'jsonl' || inputs.length > 1) return false;
  if (inputs.length === 0 || inputs[0] === '-') return stdinFormat !== 'jsonl';
  try {
    if (statSync(inputs[0]).isDirectory()) return false;
  } catch {
    return true;
  }
  return opts.inputFormat === 'text' || detectFile(inputs[0], opts.maxBytes) === 'text';
}

export async function run(inputs: string[], opts: CliOptions): Promise<number> {
  // without --input-format, standard input is looked at before anything depends on what it is
  const stdin = !opts.inputFormat && (inputs.length === 0 || inputs.includes('-')) ? await detectStdin(process.stdin, opts.maxBytes) : null;
  const single = isSingleDocument(inputs, opts, stdin?.format);
  const format = opts.format ?? (single && !opts.output && process.stdout.isTTY ? 'json' : 'jsonl');
  if (opts.resume && !opts.output) return usage('--resume needs -o FILE (the output of the run to continue)');
  if (opts.resume && format !== 'jsonl') return usage('--resume works with --format jsonl only');
  if (format === 'brat' && !opts.output) return usage('--format brat needs -o DIRECTORY');
  if (inputs.filter((i) => i === '-').length > 1) return usage('standard input (-) can be read only once');
  if (opts.output) {
    const conflict = outputConflict(inputs, opts.output, format === 'brat');
    if (conflict) return usage(conflict);
  }
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
  const jsonArray = new JsonArrayWriter(format === 'json' && !single);
  let emptyInputs = 0;
  let bar: ProgressBar | null = null;
  const log = (line: string) => {
    bar?.stop();
    printError(line);
    bar?.start();
  };

  // Output.
  let output: Output;
  let earlier: EarlierRecords | undefined;
  let releaseLock = () => {};
  try {
    if (format === 'brat') {
      mkdirSync(opts.output!, { recursive: true });
      output = new StdoutOutput();
    } else if (opts.output) {
      // a device or FIFO (-o /dev/stdout) is a stream, not a file to guard
      if (!isSpecialTarget(opts.output)) releaseLock = acquireLock(opts.output);
      const plan = await planFileOutput(opts.output, !!opts.resume);
      const manifest = buildManifest({
        version: readVersion(), inputs, inputFormat: opts.inputFormat ?? 'auto', glob: opts.glob, referenceDate: opts.referenceDate,
        force: opts.force, model: opts.model !== false, modelFile: opts.modelFile, maxBytes: opts.maxBytes, timeoutMs: opts.timeoutMs,
        language: opts.language, idBase: opts.idBase,
      });
      output = new FileOutput(opts.output, plan);
      if (plan.base) {
        const before = readManifest(opts.output);
        const differences = before ? manifestDifferences(before, manifest) : [];
        if (differences.length) {
          output.discard();
          releaseLock();
          return usage(`--resume: ${opts.output} was made with other inputs or options (${differences.join('; ')}); rerun with the same ones, or without --resume to start afresh`);
        }
        const scan = await scanRecords(plan.base);
        stats.resumed = scan.records - scan.failed;
        if (!opts.quiet) {
          if (!before) log(`extrait: ${opts.output}: no record of the options it was made with; assuming this run's`);
          const cut = scan.repairedBytes ? `; removed a cut last line (${scan.repairedBytes} bytes)` : '';
          const retry = scan.failed ? `; ${plural(scan.failed, 'failed document')} will be retried` : '';
          if (plan.origin === 'complete') log(`extrait: ${opts.output}: complete output, ${scan.records} records already written; only documents not in it are processed${retry}`);
          else log(`extrait: resuming ${opts.output}.partial: ${scan.records} records already written${cut}${retry}`);
        }
        earlier = new EarlierRecords(plan.base);
      } else if (plan.stale && !opts.quiet) {
        log(`extrait: ${plan.stale} is left from an interrupted run; starting afresh (run with --resume to continue it instead)`);
      }
      if (plan.writePath !== opts.output) writeManifest(opts.output, manifest);
    } else {
      output = new StdoutOutput();
    }
  } catch (err) {
    releaseLock();
    if (err instanceof OutputError || err instanceof ResumeError) {
      printError(`extrait: ${err.message}`);
      return 1;
    }
    printError(`extrait: ${opts.output}: ${describeError(err)}`);
    return 1;
  }

  // Signals (a closed stdout is handled in main.ts).
  const controller = new AbortController();
  let signalCode = 0;
  let signalAt = 0;
  const onSignal = (code: number) => () => {
    // A terminal's Ctrl-C can arrive twice at once, from the terminal and passed on by the
    // launcher (bin/extrait.js, snapshot start): one keypress is one signal.
    if (signalCode && monotonicMs() - signalAt < 200) return;
    if (signalCode) process.exit(code); // second signal: stop at once
    signalCode = code;
    signalAt = monotonicMs();
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
    ...(opts.language ? { language: opts.language } : {}),
    model: opts.model !== false,
    ...(opts.modelFile ? { modelFile: opts.modelFile } : {}),
    maxBytes: opts.maxBytes,
    cpuLimitMs: opts.timeoutMs,
    serialize: format === 'jsonl' || format === 'json' ? format : 'none',
  };
  if (opts.referenceDate) settings.referenceDate = opts.referenceDate;

  const sourceOptions = {
    inputs, inputFormat: opts.inputFormat ?? ('auto' as const), glob: opts.glob, maxBytes: opts.maxBytes,
    stdin: () => stdin?.stream ?? process.stdin, stdinFormat: stdin?.format, idBase: opts.idBase, followSymlinks: !!opts.followSymlinks,
    ...(opts.output ? { exclude: ownFiles(opts.output, ['.partial', '.resume', '.lock', '.run.json']) } : {}),
    warn: (message: string) => {
      if (!opts.quiet) log(`extrait: ${message}`);
    },
    // an input that gave nothing to process (a directory without matching files) fails the run
    nothingFound: (message: string) => {
      emptyInputs++;
      log(`extrait: ${message}`);
    },
  };
  const tasks: AsyncIterable<Task> = numbered(documents(sourceOptions), earlier, () => stats.skipped++);

  const write = async (r: Result): Promise<void> => {
    if (r.ok && r.copied) {
      await output.write(r.line!);
      return;
    }
    stats.done++;
    stats.bytes += r.bytes;
    if (!r.ok) {
      stats.failed++;
      log(`extrait: ${r.display}: ${r.message}${r.message.endsWith('skipped') ? '' : ', skipped'}`);
      const rec: ErrorRecord = { schemaVersion: SCHEMA_VERSION, id: r.id, error: { message: r.message } };
      if (format === 'jsonl') await output.write(JSON.stringify(rec) + '\n');
      else if (format === 'json') await output.write(jsonArray.item(JSON.stringify(rec, null, 2) + '\n'));
      else if (formatter) await output.write(formatter.record(rec, null));
      return;
    }
    if (r.line !== undefined) await output.write(jsonArray.item(r.line));
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
  const useWorkers = !single && jobs > 1 && !startedFromSnapshot();
  const showProgress = !opts.quiet && !single && !!process.stderr.isTTY && (!!opts.output || !process.stdout.isTTY);
  if (showProgress) {
    bar = new ProgressBar(stats);
    bar.start();
    if (opts.inputFormat !== 'jsonl' && !inputs.includes('-') && inputs.length) void countDocuments(sourceOptions, stats);
  }

  try {
    if (formatter) await output.write(formatter.header());
    // Imported here, not at the top: a run that fails before its first document never loads the pipeline.
    if (useWorkers) {
      // --jobs N: the main thread processes documents too, alongside N − 1 workers (it would
      // otherwise sit idle between reads and writes, and each thread pays its own warm-up)
      const [{ runPool }, { processTask }] = await Promise.all([import('../batch/pool.js'), import('../batch/process.js')]);
      await runPool(tasks, { jobs, timeoutMs: wallBackstop(opts.timeoutMs), settings, signal: controller.signal, write, local: processTask });
    } else {
      const { runInline } = await import('../batch/inline.js');
      await runInline(tasks, settings, controller.signal, write, !single);
    }
    bar?.stop();
    bar = null;
    if (signalCode) {
      const kept = output.interrupt();
      if (kept) printError(`extrait: interrupted after ${plural(stats.done, 'document')}; ${kept} holds the complete records: run again with --resume to continue`);
      else printError(`extrait: interrupted after ${plural(stats.done, 'document')}`);
      process.exit(signalCode);
    }
    if (formatter) await output.write(formatter.footer());
    if (jsonArray.end()) await output.write(jsonArray.end());
    output.commit();
  } catch (err) {
    bar?.stop();
    if (err instanceof OutputError || err instanceof ResumeError) {
      output.discard();
      printError(`extrait: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    releaseLock();
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
  // The summary is for a person watching; in pipelines and job logs, silence unless something failed.
  if (!opts.quiet && !single && process.stderr.isTTY) process.stderr.write(`${summaryLine(stats)}\n`);
  return stats.failed || emptyInputs ? 1 : 0;
}

/** A second, name-only walk so the progress bar can show a total and an ETA. */
async function countDocuments(options: Parameters<typeof documents>[0], stats: Stats): Promise<void> {
  try {
    for await (const _ of documents({ ...options, warn: () => {}, nothingFound: () => {} })) stats.total++;
    stats.totalKnown = true;
  } catch {
    // The bar falls back to a running count.
  }
}

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The limit is CPU time, checked between stages; a worker stuck inside one stage is stopped
 * by wall time only far beyond it, so that load on the machine never decides the outcome.
 */
function wallBackstop(cpuLimitMs: number): number {
  return cpuLimitMs > 0 ? cpuLimitMs * 4 + 10_000 : 0;
}
