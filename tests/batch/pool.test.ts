/**
 * The worker pool on its own, with a stand-in worker script that hangs, crashes or throws
 * on request: the parts of the pool that real articles rarely exercise.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPool } from '../../src/batch/pool.js';
import type { Result, Task } from '../../src/batch/task.js';
import { removeDir, tempDir } from '../cli/helpers.js';

const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.text === 'hang') for (;;) {}
  if (task.text === 'exit') process.exit(3);
  if (task.text === 'throw') throw new Error('kaboom');
  const wait = /^sleep (\\d+)$/.exec(task.text);
  if (wait) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(wait[1]));
  parentPort.postMessage({ seq: task.seq, id: task.id, display: task.display, ok: true, bytes: task.text.length, line: task.id + '\\n' });
});
`;

let dir: string;
let workerUrl: URL;
beforeAll(() => {
  dir = tempDir();
  const p = join(dir, 'worker.mjs');
  writeFileSync(p, WORKER);
  workerUrl = pathToFileURL(p);
});
afterAll(() => removeDir(dir));

const settings = { force: false, maxBytes: 1e9, serialize: 'jsonl' as const };

async function* tasks(texts: string[], counter?: { pulled: number }): AsyncGenerator<Task> {
  for (let i = 0; i < texts.length; i++) {
    if (counter) counter.pulled++;
    yield { seq: i, id: `doc${i}`, display: `doc${i}`, kind: 'text', text: texts[i] };
  }
}

function collect() {
  const out: Result[] = [];
  return { out, write: (r: Result) => void out.push(r) };
}

test('results come back in input order although documents finish out of order', async () => {
  const texts = ['sleep 150', 'a', 'sleep 60', 'b', 'c', 'sleep 20', 'd', 'e', 'f', 'g'];
  const { out, write } = collect();
  await runPool(tasks(texts), { jobs: 3, timeoutMs: 0, settings, signal: new AbortController().signal, write, workerUrl });
  expect(out.map((r) => r.seq)).toEqual(texts.map((_, i) => i));
  expect(out.every((r) => r.ok)).toBe(true);
});

test('a hung document times out, its worker is replaced, the rest go on', async () => {
  const texts = ['a', 'hang', 'b', 'c', 'hang', 'd', 'e'];
  const { out, write } = collect();
  // 2 s, not less: on a loaded machine a replacement worker can take over 300 ms to start, and
  // its first (instant) document then timed out too; a hang still never ends, so 2 s catches it
  await runPool(tasks(texts), { jobs: 2, timeoutMs: 2000, settings, signal: new AbortController().signal, write, workerUrl });
  expect(out.map((r) => (r.ok ? r.id : `${r.id}: ${r.message}`))).toEqual([
    'doc0', 'doc1: timed out after 2000 ms', 'doc2', 'doc3', 'doc4: timed out after 2000 ms', 'doc5', 'doc6',
  ]);
});

test('a worker that exits or throws fails only its own document', async () => {
  const texts = ['a', 'exit', 'b', 'throw', 'c', 'd'];
  const { out, write } = collect();
  await runPool(tasks(texts), { jobs: 2, timeoutMs: 5000, settings, signal: new AbortController().signal, write, workerUrl });
  expect(out.map((r) => (r.ok ? r.id : `${r.id}: ${r.message}`))).toEqual([
    'doc0', 'doc1: worker exited with code 3', 'doc2', 'doc3: worker crashed: kaboom', 'doc4', 'doc5',
  ]);
});

test('intake is bounded: a slow writer holds the source back (flat memory)', async () => {
  const counter = { pulled: 0 };
  let written = 0;
  let maxAhead = 0;
  const write = async () => {
    maxAhead = Math.max(maxAhead, counter.pulled - written);
    await new Promise((r) => setTimeout(r, 2));
    written++;
  };
  const texts = Array.from({ length: 300 }, (_, i) => `t${i}`);
  await runPool(tasks(texts, counter), { jobs: 2, timeoutMs: 0, settings, signal: new AbortController().signal, write, workerUrl, maxInFlight: 10 });
  expect(written).toBe(300);
  expect(maxAhead).toBeLessThanOrEqual(11);
});

test('abort stops intake at once and writes only whole results', async () => {
  const controller = new AbortController();
  const out: Result[] = [];
  const write = (r: Result) => {
    out.push(r);
    if (out.length === 20) controller.abort();
  };
  const texts = Array.from({ length: 1000 }, () => 'sleep 5');
  await runPool(tasks(texts), { jobs: 2, timeoutMs: 0, settings, signal: controller.signal, write, workerUrl });
  expect(out.length).toBe(20);
  expect(out.map((r) => r.seq)).toEqual(out.map((_, i) => i));
});

/** The main thread's share (the CLI's --jobs N): a stand-in that blocks on 'block N' like the worker's 'sleep N'. */
function localStandIn(seen: string[]) {
  return (task: Task): Result => {
    if (task.kind !== 'text') throw new Error('text tasks only');
    seen.push(task.id);
    const wait = /^block (\d+)$/.exec(task.text);
    if (wait) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(wait[1]));
    return { seq: task.seq, id: task.id, display: task.display, ok: true, bytes: task.text.length, line: task.id + '\n' };
  };
}

test('with the main thread taking documents too, every document is written once, in input order', async () => {
  const texts = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? 'sleep 30' : i % 11 === 5 ? 'block 40' : `t${i}`));
  const { out, write } = collect();
  const seen: string[] = [];
  await runPool(tasks(texts), { jobs: 2, timeoutMs: 0, settings, signal: new AbortController().signal, write, workerUrl, local: localStandIn(seen) });
  expect(out.map((r) => r.seq)).toEqual(texts.map((_, i) => i));
  expect(out.every((r) => r.ok)).toBe(true);
  // both threads had a share: the main thread some, the one worker (jobs − 1) the rest
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.length).toBeLessThan(texts.length);
});

test('a worker result that came in while the main thread was busy is not timed out', async () => {
  // doc0 and doc1 go to the starting worker, doc4 (at the latest) blocks the main thread past the
  // worker's time limit; the worker finished its documents long before, but their results wait
  // for the main thread
  const texts = ['a', 'b', 'c', 'd', 'block 4000', 'e', 'f'];
  const { out, write } = collect();
  const seen: string[] = [];
  await runPool(tasks(texts), { jobs: 2, timeoutMs: 1500, settings, signal: new AbortController().signal, write, workerUrl, local: localStandIn(seen) });
  expect(seen).toContain('doc4');
  expect(out.map((r) => (r.ok ? r.id : `${r.id}: ${r.message}`))).toEqual(texts.map((_, i) => `doc${i}`));
});

test('while the worker starts, the main thread takes the documents beyond its first two', async () => {
  // all four are pulled before the worker can answer (no turn of the event loop in between)
  const texts = ['a', 'b', 'c', 'd'];
  const { out, write } = collect();
  const seen: string[] = [];
  await runPool(tasks(texts), { jobs: 2, timeoutMs: 0, settings, signal: new AbortController().signal, write, workerUrl, local: localStandIn(seen) });
  expect(seen).toContain('doc2');
  expect(seen).not.toContain('doc0');
  expect(out.map((r) => r.seq)).toEqual([0, 1, 2, 3]);
});
