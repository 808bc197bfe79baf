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
  for await (const task of source) {
    if (signal.aborted) return;
    const result = processTask(task, settings);
    await write(result);
    // A macrotask turn, so that SIGINT/SIGTERM handlers run between documents.
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted) return;
  }
}
