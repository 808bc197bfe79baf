/**
 * The worker thread's work: settings arrive once in workerData, then one task per message.
 * Started by worker.ts (compiled modules) or by workerLoader.ts (the bundle, with its code
 * cache); processTask is exported for the build's warm-up run that makes that cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processTask } from './process.js';
import type { ProcessSettings, Task } from './task.js';

export { processTask };

export function serve(): void {
  const settings = workerData as ProcessSettings;
  parentPort!.on('message', (task: Task) => {
    parentPort!.postMessage(processTask(task, settings));
  });
}
