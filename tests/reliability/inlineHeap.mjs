// Child process for inlineHeap.test.ts (run with --expose-gc): feeds runInline N then 4N
// documents of 100 KB each (over --max-bytes, so no extraction runs) and prints the heap
// after each phase. A runner that keeps every task alive grows by ~100 KB per document.
import { runInline } from '../../dist/batch/inline.js';

const n = Number(process.argv[2] ?? 200);
const settings = { force: false, model: false, maxBytes: 1024, serialize: 'jsonl' };
let seq = 0;
async function* tasks(count) {
  for (let i = 0; i < count; i++) {
    await null;
    yield { kind: 'text', seq, id: `d${seq}`, display: `d${seq}`, text: `${seq++} `.padEnd(100_000, 'x') };
  }
}
const heap = () => {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
};
const signal = new AbortController().signal;
let written = 0;
const write = () => { written++; };
await runInline(tasks(n), settings, signal, write);
const afterN = heap();
await runInline(tasks(3 * n), settings, signal, write);
const after4N = heap();
process.stdout.write(JSON.stringify({ written, afterN, after4N }) + '\n');
