/** Worker thread entry: settings arrive once in workerData, then one task per message. */
import { parentPort, workerData } from 'node:worker_threads';
import { processTask } from './process.js';
import type { ProcessSettings, Task } from './task.js';

const settings = workerData as ProcessSettings;

parentPort!.on('message', (task: Task) => {
  parentPort!.postMessage(processTask(task, settings));
});
