/**
 * Documents processed one after another in the main thread: for a single document or
 * --jobs 1, where starting a worker would cost more than it saves. The CPU time limit is
 * the workers' one (checked between stages, pipeline/budget.ts); only the workers' far
 * wall-time backstop for a stage that never returns has no equivalent here.
 */
import { governNursery, holdNursery } from './nursery.js';
import { processTask } from './process.js';
import type { ProcessSettings, Result, Task } from './task.js';

export async function runInline(
  source: AsyncIterable<Task>,
  settings: ProcessSettings,
  signal: AbortSignal,
  write: (result: Result) => void | Promise<void>,
  /** A batch (not one named document): the young generation is capped (nursery.ts). */
  batch = false,
): Promise<void> {
  const it = source[Symbol.asyncIterator]();
  if (batch) holdNursery();
  for (;;) {
    const next = await nextOrAbort(it, signal);
    if (next === 'aborted' || next.done) return;
    const result = processTask(next.value, settings);
    await write(result);
    if (batch) governNursery();
    // A macrotask turn, so that SIGINT/SIGTERM handlers run between documents.
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted) return;
  }
}

/**
 * Waiting for input (a slow stdin) must not delay a stop, so each read races the abort
 * signal. The listener is removed once the read settles: racing every read against one
 * long-lived promise instead would attach a reaction per read that is never released,
 * keeping every document and result alive (~8 KB per document on a JSONL stream).
 */
function nextOrAbort<T>(it: AsyncIterator<T>, signal: AbortSignal): Promise<IteratorResult<T> | 'aborted'> {
  if (signal.aborted) return Promise.resolve('aborted');
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
    it.next().then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (err) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
