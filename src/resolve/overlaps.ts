/**
 * Recognizers overlap ("Sahel" inside "Alliance des États du Sahel", a name inside an
 * organization). Keep one reading per stretch of text: the longer span wins, and on equal
 * length the more specific recognizer (its priority) wins.
 */
import type { Span } from '../mentions.js';

export interface Candidate<T> extends Span {
  priority: number;
  value: T;
}

export function resolveOverlaps<T>(cands: Candidate<T>[]): Candidate<T>[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate<T>[] = [];
  // kept spans indexed by start for an O(log n) overlap check
  const starts: number[] = [];
  const byStart: Candidate<T>[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < c.end) lo = mid + 1;
      else hi = mid;
    }
    // the kept span starting before c.end with the greatest start is the only possible overlap,
    // since kept spans never overlap each other
    const prev = lo > 0 ? byStart[lo - 1] : null;
    if (prev && prev.end > c.start) continue;
    starts.splice(lo, 0, c.start);
    byStart.splice(lo, 0, c);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
