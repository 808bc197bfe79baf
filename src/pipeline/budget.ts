/**
 * A CPU time budget for one document, checked between pipeline stages. CPU time, not wall
 * time: the same document gets the same outcome in the main thread and in a worker, on an
 * idle machine and on a loaded one. The thread's own CPU time is read from
 * /proc/thread-self/stat on Linux (a worker's process.cpuUsage() counts every thread);
 * elsewhere process.cpuUsage() stands in.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { monotonicMs } from '../clock.js';

export class TimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(`CPU time limit exceeded (over ${limitMs} ms; raise --timeout-ms)`);
  }
}

/** Linux reports thread times in USER_HZ ticks, 100 per second on every architecture. */
const TICK_MS = 10;
let procAvailable = true;
/**
 * This thread's stat file, opened once and read again from offset 0 for each reading (the
 * kernel regenerates it): an open and close per document cost ~3% of a --jobs 1 run.
 * Module state is per thread (each worker has its own), as /proc/thread-self must be. A
 * worker terminated after the wall-time backstop (minutes per document) leaves its
 * descriptor open until the process ends.
 */
let statFd = -1;
const statBuffer = Buffer.alloc(1024);

/** CPU time of the calling thread, in milliseconds. */
export function threadCpuMs(): number {
  if (procAvailable) {
    try {
      if (statFd < 0) statFd = openSync('/proc/thread-self/stat', 'r');
      const stat = statBuffer.toString('latin1', 0, readSync(statFd, statBuffer, 0, statBuffer.length, 0));
      // fields after "(comm)": state is field 3, utime 14 and stime 15
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      procAvailable = false;
      if (statFd >= 0) closeSync(statFd);
      statFd = -1;
    }
  }
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

let deadline: { startMs: number; wallStartMs: number; limitMs: number } | null = null;

/** Runs fn with a budget of limitMs of this thread's CPU time (0: none). */
export function withCpuBudget<T>(limitMs: number, fn: () => T): T {
  if (limitMs <= 0) return fn();
  deadline = { startMs: threadCpuMs(), wallStartMs: monotonicMs(), limitMs };
  try {
    return fn();
  } finally {
    deadline = null;
  }
}

/** Throws TimeLimitError when the running document has used up its budget. */
export function checkBudget(): void {
  if (!deadline) return;
  // A thread cannot have used more CPU time than the time that has passed: until the limit
  // has passed on the clock, the budget holds without reading /proc (a read per stage and
  // document cost ~3% of a run).
  if (monotonicMs() - deadline.wallStartMs <= deadline.limitMs) return;
  if (threadCpuMs() - deadline.startMs > deadline.limitMs) throw new TimeLimitError(deadline.limitMs);
}
