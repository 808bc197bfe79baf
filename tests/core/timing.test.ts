/**
 * The growth check itself: it must still catch superlinear work after its extra rounds, and it must
 * stop measuring as soon as a round shows linear growth.
 */
import { MAX_GROWTH, fastestPair } from '../timing.js';

/** n² additions, kept from being optimized away. */
function quadratic(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s = (s + i * j) | 0;
  return s;
}

/**
 * n³ additions. The failing case does eight times the work at "twice the size", not quadratic work:
 * inside a full suite on a loaded machine quadratic work measured only 1.93 times at twice the size
 * (CI on bf89bcf), and cubic(600) against cubic(300) only 2.58 times once (CI on cebe61b), too
 * close to the 2.6 limit for a test that must fail every time. Eight runs of the same call at the
 * same size take eight times as long whatever the compiler does with each size.
 */
function cubic(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) s = (s + i * j + k) | 0;
  return s;
}

test('superlinear work fails every round: eight times the time at twice the size', () => {
  const eightTimes = () => {
    let s = 0;
    for (let k = 0; k < 8; k++) s ^= cubic(300);
    return s;
  };
  eightTimes();
  let rounds = 0;
  const { a, b } = fastestPair(() => cubic(300), () => { rounds++; return eightTimes(); }, (ms) => MAX_GROWTH * ms);
  expect(b / a).toBeGreaterThan(MAX_GROWTH);
  // three rounds of best-of-three at the larger size
  expect(rounds).toBe(9);
});

test('a round that shows linear growth ends the measuring', () => {
  let rounds = 0;
  const { a, b } = fastestPair(() => quadratic(300), () => { rounds++; return quadratic(300); }, () => Infinity);
  expect([a >= 0, b >= 0, rounds]).toEqual([true, true, 3]);
});
