#!/usr/bin/env node
/**
 * CPU time of each thread of one extrait run (Linux only: /proc/<pid>/task/<tid>/stat), to see
 * where --jobs N spends more CPU than --jobs 1: Node 20 has no process.threadCpuUsage, and a
 * --cpu-prof profile samples wall time, so on a shared machine it charges a descheduled thread's
 * waiting to whatever function was on its stack.
 *
 *   node scripts/thread-cpu.mjs --jobs 2 --input-format jsonl -q -o /tmp/o.jsonl build/distinct.jsonl
 *
 * The arguments are the CLI's. Threads are polled every 100 ms until the run ends, so a thread
 * that exits between two polls loses at most its last 100 ms. Node does not name its threads:
 * they are told apart by when they started. The main thread is the process's own; the threads
 * Node starts together at init are V8's platform threads (concurrent compilation, GC helpers)
 * and libuv's pool; those started later (after the main thread loaded the CLI and read input)
 * are the worker threads, one per --jobs, more if a worker was replaced. Each line shows when
 * the thread started, so a misclassified one can be seen.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

if (process.platform !== 'linux') {
  console.error('thread-cpu: needs Linux (/proc)');
  process.exit(2);
}

const BIN = fileURLToPath(new URL('../bin/extrait.js', import.meta.url));
/** Clock ticks per second of /proc's times (sysconf(_SC_CLK_TCK), 100 on Linux). */
const HZ = 100;
/** Started this many ticks after the first of them: not one of the threads Node starts together at init. */
const LATE = 8;

const child = spawn(process.execPath, [BIN, ...process.argv.slice(2)], { stdio: 'inherit' });
/** tid -> { cpu: ticks, start: ticks since boot } (the last values read). */
const threads = new Map();

function poll() {
  let tids;
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    let stat;
    try {
      stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'latin1');
    } catch {
      continue; // exited since the listing
    }
    // fields after the command name (which may hold spaces), counted from 3 (state)
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    threads.set(Number(tid), { cpu: Number(f[11]) + Number(f[12]), start: Number(f[19]) });
  }
}

const timer = setInterval(poll, 100);
poll();
child.on('exit', (code) => {
  clearInterval(timer);
  const main = threads.get(child.pid);
  if (!main) {
    console.error('thread-cpu: the run ended before its threads could be read');
    process.exit(code ?? 1);
  }
  const s = (ticks) => (ticks / HZ).toFixed(2);
  const others = [...threads].filter(([tid]) => tid !== child.pid);
  const first = Math.min(...others.map(([, t]) => t.start));
  const helpers = others.filter(([, t]) => t.start - first < LATE);
  const late = others.filter(([, t]) => t.start - first >= LATE).sort((a, b) => a[1].start - b[1].start);
  const sum = (list) => list.reduce((n, [, t]) => n + t.cpu, 0);
  console.error(`main thread           ${s(main.cpu)} s`);
  for (const [tid, t] of late) console.error(`worker thread ${String(tid).padEnd(7)} ${s(t.cpu)} s (started ${s(t.start - main.start)} s in)`);
  console.error(`V8/libuv helpers (${helpers.length}) ${s(sum(helpers))} s (started ${s(first - main.start)} s in)`);
  console.error(`total                 ${s(main.cpu + sum(others))} s (user + system)`);
  process.exit(code ?? 1);
});
