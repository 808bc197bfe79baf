/**
 * Documents processed one after another in the main thread: for a single document or
 * --jobs 1, where starting a worker would cost more than it saves. No time limit applies
 * (a synchronous extraction cannot be interrupted without a worker).
 */
import { processTask } from './process.js';
import type { ProcessSettings, Result, Task } from './task.js';

export async function runInline(
  source: AsyncIterable<Task>,
  settings: ProcessSettings,
  signal: AbortSignal,
  write: (result: Result) => void | Promise<void>,
): Promise<void> {
  // Waiting for input (a slow stdin) must not delay a stop: race each read against abort.
  const aborted = new Promise<'aborted'>((resolve) => {
    if (signal.aborted) resolve('aborted');
    else signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  });
  const it = source[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([it.next(), aborted]);
    if (next === 'aborted' || next.done) return;
    const result = processTask(next.value, settings);
    await write(result);
    // A macrotask turn, so that SIGINT/SIGTERM handlers run between documents.
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted) return;
  }
}
