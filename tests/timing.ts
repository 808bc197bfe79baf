/**
 * Growth checks for pathological inputs, never absolute limits: a busy shared machine slows
 * every run alike, so twice the input must cost at most 2.6 times the time of the input, both
 * measured on this machine in the same test (best of three runs each, in CPU time).
 */
import { expect } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// a full collection before each timed run: garbage left by the previous run (or by other tests
// in this worker) is not charged to the next one, which made allocation-heavy runs look superlinear
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export const MAX_GROWTH = 2.6;
/**
 * Below this many CPU ms a ratio of two run times says nothing: in a full `npm test` run the
 * collections and cache contention of other test files moved a 8 ms run to 50 ms and its double
 * to 154 ms. Quadratic work on the sizes these tests use takes tens of seconds.
 */
const NOISE_MS = 500;

/**
 * The fastest of `runs` runs of `fn`, in CPU ms of this process: CPU time, not wall time, so that
 * other test files running on the same cores do not count; the fastest run, the one least
 * disturbed by collections left over from other work.
 */
export function bestMs(fn: () => unknown, runs = 3): number {
  let ms = Infinity;
  for (let k = 0; k < runs; k++) {
    collect();
    const t0 = process.cpuUsage();
    fn();
    const used = process.cpuUsage(t0);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  return ms;
}

/**
 * `run(n)` does the work on input of size n; size 2n must cost at most MAX_GROWTH times size n.
 * Work that keeps hundreds of thousands of small objects alive crosses the heap's generation
 * sizes between n and 2n and costs 3–5 times more per object there (measured on the CoNLL
 * tokenizer: 150k → 300k elisions ×4.7 CPU, 600k → 1.2M ×2.0), which is the heap, not the
 * algorithm: for such work choose n small enough that linear runs stay under NOISE_MS, where a
 * quadratic one would take tens of seconds.
 */
export function expectLinear(label: string, run: (n: number) => unknown, n: number): void {
  // warm-up at the larger size: compilation, caches and a heap grown for it are not part of the growth
  run(2 * n);
  const a = bestMs(() => run(n));
  const b = bestMs(() => run(2 * n));
  const seen = `${label}: ${a.toFixed(0)} ms at n, ${b.toFixed(0)} ms at 2n`;
  expect({ seen, linear: b <= Math.max(MAX_GROWTH * a, NOISE_MS) }).toEqual({ seen, linear: true });
}
