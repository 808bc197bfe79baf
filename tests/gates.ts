/**
 * The word gates (src/text/anchorGate.ts) only skip work: a text read with them on must give what
 * it gives with them off. Shared by the tests of each gated stage.
 */
import { setWordGates } from '../src/text/anchorGate.js';

/** Expects each text's reading to be the same with the gates on and off; the sum of `count` over the readings (so a test can check something was found). */
export function sameWithAndWithoutGates<T>(texts: string[], read: (text: string) => T, count: (reading: T) => number): number {
  let found = 0;
  try {
    for (const text of texts) {
      setWordGates(true);
      const gated = read(text);
      setWordGates(false);
      const full = read(text);
      expect(gated).toEqual(full);
      found += count(full);
    }
  } finally {
    setWordGates(true);
  }
  return found;
}
