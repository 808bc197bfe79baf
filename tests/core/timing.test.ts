/**
 * The growth check itself: it must still catch quadratic work after its extra rounds, and it must
 * stop measuring as soon as a round shows linear growth.
 */
import { MAX_GROWTH, fastestPair } from '../timing.js';

/** n² additions, kept from being optimized away. */
function quadratic(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s = (s + i * j) | 0;
  return s;
}

test('quadratic work fails every round: four times the time at twice the size', () => {
  quadratic(6000);
  let rounds = 0;
  const { a, b } = fastestPair(() => quadratic(3000), () => { rounds++; return quadratic(6000); }, (ms) => MAX_GROWTH * ms);
  expect(b / a).toBeGreaterThan(MAX_GROWTH);
  // three rounds of best-of-three at the larger size
  expect(rounds).toBe(9);
});

test('a round that shows linear growth ends the measuring', () => {
  let rounds = 0;
  const { a, b } = fastestPair(() => quadratic(300), () => { rounds++; return quadratic(300); }, () => Infinity);
  expect([a >= 0, b >= 0, rounds]).toEqual([true, true, 3]);
});
