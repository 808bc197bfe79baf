/**
 * A pool of worker threads fed from a lazy task stream, the main thread taking documents
 * too when given `local` (the CLI's --jobs N: N − 1 workers and the main thread). Results are
 * written strictly in input order; the number of documents pulled but not yet written is
 * bounded, so memory stays flat however long the stream, and a slow document at the head
 * only pauses intake. A worker's document has a wall-time limit: past it, the worker is
 * terminated and replaced. The main thread cannot be: its documents have only the CPU
 * budget checked between stages (pipeline/budget.ts), as with --jobs 1.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { sharedWordMemory } from '../model/index.js';
import type { ProcessSettings, Result, Task } from './task.js';

export interface PoolOptions {
  /** Threads processing documents: worker threads, one fewer when `local` is given. */
  jobs: number;
  /** 0: no limit. */
  timeoutMs: number;
  settings: ProcessSettings;
  signal: AbortSignal;
  /** Called once per task, in input order; may apply backpressure; a throw aborts the run. */
  write: (result: Result) => void | Promise<void>;
  /** Documents pulled from the source but not yet written, at most (default: 8 per job, 16 or more). */
  maxInFlight?: number;
  /** The worker script (tests substitute one that hangs or crashes on purpose). */
  workerUrl?: URL;
  /**
   * Processes one document in the main thread, synchronously, with the pool's settings
   * (shared word table included): given, the main thread takes the documents the workers
   * have no room for, alongside jobs − 1 workers.
   */
  local?: (task: Task, settings: ProcessSettings) => Result;
}

interface Slot {
  worker: Worker;
  /** Sent to this worker, processed in this order; the head is the one running. */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
  retired: boolean;
  /** It has sent a result: started, its code loaded. */
  answered: boolean;
}

/**
 * Two documents per worker: the next one is already waiting in the worker's message queue
 * when it finishes one, so it never idles for a round trip through the main thread.
 */
const PER_WORKER = 2;

/**
 * When the main thread processes documents too, it answers a worker only between two of its
 * own: the worker's queue must last one main-thread document (a long article is several
 * short ones), or the worker idles waiting for it. Not before the worker's first result: the
 * documents queued behind its start would wait while the main thread, ready, idles (a batch
 * of four would all go to the one worker).
 */
const PER_WORKER_WITH_LOCAL = 4;

/**
 * Each worker's young generation (V8's nursery, where a document's short-lived objects live):
 * 24 MB instead of V8's default. Measured on 600 distinct articles, --jobs 2, three runs each:
 * peak RSS 264 -> 236 MB, CPU 7.78 -> 7.67 s (median; the same within noise). Only how often
 * the nursery is collected changes, never what fits: the old generation is unbounded as before.
 */
const YOUNG_GENERATION_MB = 24;


/**
 * The worker script: the one-file bundle with its code cache (npm run build,
 * scripts/build-bundle.mjs; started by workerLoader.js) when it is not older than the tsc
 * output, so each worker neither parses nor compiles ~160 modules.
 */
function defaultWorkerUrl(): URL {
  const plain = new URL('./worker.js', import.meta.url);
  try {
    if (process.env.EXTRAIT_BUNDLE !== '0' && statSync(new URL('../worker.bundle.cjs', import.meta.url)).mtimeMs >= statSync(new URL('./workerMain.js', import.meta.url)).mtimeMs) {
      return new URL('./workerLoader.js', import.meta.url);
    }
  } catch {
    // no bundle: the compiled modules
  }
  return plain;
}

export function runPool(source: AsyncIterable<Task>, opts: PoolOptions): Promise<void> {
  const workerUrl = opts.workerUrl ?? defaultWorkerUrl();
  // one tagger word table for all the workers: a word is computed by the first that meets it
  const settings: ProcessSettings = opts.settings.model && opts.jobs > 1 ? { ...opts.settings, sharedWords: sharedWordMemory() } : opts.settings;
  const limit = opts.maxInFlight ?? Math.max(16, opts.jobs * 8);
  const local = opts.local;
  const workers = local ? opts.jobs - 1 : opts.jobs;
  const room = (slot: Slot) => (local && slot.answered ? PER_WORKER_WITH_LOCAL : PER_WORKER);
  const ready = new Map<number, Result>();
  const waiting: Task[] = [];
  const slots: Slot[] = [];
  let pulled = 0;
  let written = 0;
  let exhausted = false;
  let flushing = false;
  let finished = false;
  let wakeProducer: (() => void) | null = null;

  return new Promise<void>((resolve, reject) => {
    const finish = (err?: unknown) => {
      if (finished) return;
      finished = true;
      for (const slot of slots) {
        slot.retired = true;
        if (slot.timer) clearTimeout(slot.timer);
        void slot.worker.terminate();
      }
      wakeProducer?.();
      if (err) reject(err);
      else resolve();
    };

    const complete = (result: Result) => {
      ready.set(result.seq, result);
      void flush();
    };

    const flush = async () => {
      if (flushing || finished) return;
      flushing = true;
      try {
        while (!finished && ready.has(written)) {
          const result = ready.get(written)!;
          ready.delete(written);
          await opts.write(result);
          written++;
          if (wakeProducer && pulled - written < limit) {
            const wake = wakeProducer;
            wakeProducer = null;
            wake();
          }
        }
      } catch (err) {
        flushing = false;
        finish(err);
        return;
      }
      flushing = false;
      if (exhausted && written === pulled) finish();
    };

    const spawn = (): Slot => {
      const slot: Slot = { worker: new Worker(workerUrl, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), tasks: [], timer: null, retired: false, answered: false };
      slot.worker.on('message', (result: Result) => {
        if (slot.retired || slot.tasks[0]?.seq !== result.seq) return;
        slot.tasks.shift();
        slot.answered = true;
        armTimer(slot);
        complete(result);
        fill(slot);
      });
      const crash = (message: string) => {
        if (slot.retired || finished) return;
        replace(slot, message);
      };
      slot.worker.on('error', (err) => crash(`worker crashed: ${err.message}`));
      slot.worker.on('exit', (code) => crash(`worker exited with code ${code}`));
      slots.push(slot);
      return slot;
    };

    /** The time limit runs for the document the worker is on (the head of its queue). */
    const armTimer = (slot: Slot) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      if (opts.timeoutMs > 0 && slot.tasks.length) {
        const armed = setTimeout(() => {
          // Timers run before messages in a turn of the event loop: after a long document in
          // the main thread, the worker's result may be waiting. Let it in first (setImmediate
          // runs after the turn's messages); it re-arms or clears the timer if it came.
          setImmediate(() => {
            if (slot.timer === armed && !slot.retired) replace(slot, `timed out after ${opts.timeoutMs} ms`);
          });
        }, opts.timeoutMs);
        slot.timer = armed;
      }
    };

    /** The slot's worker is gone or stuck: fail its current document, requeue the rest, start afresh. */
    const replace = (slot: Slot, message: string) => {
      slot.retired = true;
      if (slot.timer) clearTimeout(slot.timer);
      void slot.worker.terminate();
      slots.splice(slots.indexOf(slot), 1);
      const [task, ...queued] = slot.tasks;
      slot.tasks = [];
      waiting.unshift(...queued);
      if (task) complete({ seq: task.seq, id: task.id, display: task.display, ok: false, bytes: 0, message });
      if (!finished && waiting.length) fill(spawn());
    };

    const fill = (slot: Slot) => {
      while (!finished && slot.tasks.length < room(slot) && waiting.length) {
        const task = waiting.shift()!;
        slot.tasks.push(task);
        if (slot.tasks.length === 1) armTimer(slot);
        slot.worker.postMessage(task);
      }
    };

    const dispatch = (task: Task) => {
      if (task.kind === 'error') {
        // Known before any reading (missing path, bad JSONL line): no worker needed.
        complete({ seq: task.seq, id: task.id, display: task.display, ok: false, bytes: 0, message: task.message });
        return;
      }
      if (task.kind === 'done') {
        complete({ seq: task.seq, id: task.id, display: task.display, ok: true, bytes: 0, line: task.line, copied: true });
        return;
      }
      waiting.push(task);
      // Prefer an idle worker, then a new one, then a second document for a busy one.
      const idle = slots.find((s) => s.tasks.length === 0);
      if (idle) fill(idle);
      else if (slots.length < workers) fill(spawn());
      else {
        const light = slots.find((s) => s.tasks.length < room(s));
        if (light) fill(light);
      }
    };

    /**
     * The main thread's share: a document no worker has room for. Then a macrotask turn, so
     * that workers' results (which refill their queues), writes and signals get in.
     */
    const runLocal = async () => {
      const task = waiting.shift()!;
      complete(local!(task, settings));
      await new Promise((resolve) => setImmediate(resolve));
    };

    opts.signal.addEventListener('abort', () => finish(), { once: true });

    (async () => {
      for await (const task of source) {
        if (finished) return;
        pulled++;
        dispatch(task);
        while (!finished && local && waiting.length) await runLocal();
        while (!finished && pulled - written >= limit) {
          await new Promise<void>((wake) => (wakeProducer = wake));
        }
        if (finished) return;
      }
      exhausted = true;
      while (!finished && local && waiting.length) await runLocal();
      if (!finished && written === pulled) finish();
    })().catch(finish);
  });
}
