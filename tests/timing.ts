/**
 * Growth checks for pathological inputs, never absolute limits: a busy shared machine slows
 * every run alike, so twice the input must cost at most 2.6 times the time of the input, both
 * measured on this machine in the same test (best of three runs each, in CPU time, and up to
 * three rounds of that when the first shows too much growth).
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
 * Rounds of measurement before a growth check fails. A disturbance (another test file's
 * collections, another process on the two cores) only ever slows a run down, so the fastest run
 * seen at each size is the best estimate of its cost, and more runs can only bring it closer:
 * when the first round shows too much growth, both sizes are measured again and the check is
 * made on the fastest runs of all rounds. Quadratic work fails every round alike; a CI run that
 * shared the cores with a second full test suite failed a linear splitter on one round.
 */
const ROUNDS = 3;

/**
 * The fastest CPU ms seen for `small` and for `big`, measured alternately in rounds until `big`
 * costs at most `limit(small)` or ROUNDS rounds have run.
 */
export function fastestPair(small: () => unknown, big: () => unknown, limit: (a: number) => number): { a: number; b: number } {
  let a = Infinity;
  let b = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    a = Math.min(a, bestMs(small));
    b = Math.min(b, bestMs(big));
    if (b <= limit(a)) break;
  }
  return { a, b };
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
  const limit = (a: number) => Math.max(MAX_GROWTH * a, NOISE_MS);
  const { a, b } = fastestPair(() => run(n), () => run(2 * n), limit);
  const seen = `${label}: ${a.toFixed(0)} ms at n, ${b.toFixed(0)} ms at 2n`;
  expect({ seen, linear: b <= limit(a) }).toEqual({ seen, linear: true });
}
