/**
 * Code that reads a pattern at one position (descriptorPhrase.ts, stateBodyPhrase.ts) as the
 * sticky regex scanMatches would try there: the match and its groups as an exec result, so that
 * the callbacks written for the regex read both alike.
 */
import type { StickyMatcher } from '../text/anchorGate.js';

/** The match [p, end) and each group's [start, end), or null where the pattern does not match at p. */
export type SpansAt = (s: string, p: number) => [number, number][] | null;

export function stickyReader(read: SpansAt): StickyMatcher {
  return {
    lastIndex: 0,
    exec(s: string): RegExpExecArray | null {
      const spans = read(s, this.lastIndex);
      if (spans === null) return null;
      const m = spans.map(([a, b]) => s.slice(a, b)) as unknown as RegExpExecArray;
      m.index = spans[0][0];
      m.indices = spans as unknown as RegExpIndicesArray;
      return m;
    },
  };
}
