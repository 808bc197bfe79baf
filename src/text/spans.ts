/**
 * Span look-ups shared by the recognizers: spans sorted by start, searched by bisection, so a
 * document with hundreds of thousands of spans stays linear-logarithmic.
 */
import type { Span } from '../mentions.js';

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
export function firstStartingFrom<T>(items: readonly T[], pos: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const spanStart = (s: Span) => s.start;

/** Index of the span holding `pos` among sorted, disjoint spans (sentences, regions), or -1. */
export function containingSpan(spans: readonly Span[], pos: number): number {
  const k = firstStartingFrom(spans, pos + 1, spanStart) - 1;
  return k >= 0 && pos < spans[k].end ? k : -1;
}

/**
 * Overlap queries in O(log n): span starts sorted, with the running maximum of their ends, held
 * in typed arrays (the spans indexed are of several kinds, whose `start` a bisection would read
 * through a megamorphic access at each step).
 */
export class SpanIndex {
  private readonly starts: Float64Array;
  private readonly maxEnd: Float64Array;

  constructor(spans: readonly Span[]) {
    const n = spans.length;
    const sorted = new Float64Array(n);
    const order: number[] = new Array(n);
    let ordered = true;
    for (let i = 0; i < n; i++) {
      sorted[i] = spans[i].start;
      order[i] = i;
      if (i > 0 && sorted[i] < sorted[i - 1]) ordered = false;
    }
    // a stable sort by start, as the spans' own sort was: equal starts keep their order
    if (!ordered) order.sort((a, b) => spans[a].start - spans[b].start || a - b);
    this.starts = new Float64Array(n);
    this.maxEnd = new Float64Array(n);
    let mx = -1;
    for (let i = 0; i < n; i++) {
      const x = spans[order[i]];
      this.starts[i] = x.start;
      this.maxEnd[i] = mx = Math.max(mx, x.end);
    }
  }

  /** Index of the first span starting at or after `pos`. */
  private firstFrom(pos: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether any indexed span overlaps [s, e). */
  overlaps(s: number, e: number): boolean {
    // spans starting before e: the farthest end among them decides
    const k = this.firstFrom(e);
    return k > 0 && this.maxEnd[k - 1] > s;
  }

  /** Whether one indexed span contains [s, e) whole. */
  contains(s: number, e: number): boolean {
    // spans starting at or before s: the farthest end among them decides
    const k = this.firstFrom(s + 1);
    return k > 0 && this.maxEnd[k - 1] >= e;
  }
}

/**
 * Items looked up by where they end, for "the rank just before this name" in O(1) instead of
 * a scan of every rank per name (quadratic on dense text). Among several candidates, the
 * earliest in the original order wins, as a scan would find it.
 */
export class EndIndex<T extends Span> {
  private readonly byEnd = new Map<number, { item: T; order: number }[]>();

  constructor(items: readonly T[]) {
    items.forEach((item, order) => {
      const list = this.byEnd.get(item.end);
      if (list) list.push({ item, order });
      else this.byEnd.set(item.end, [{ item, order }]);
    });
  }

  /** The first item (in the original order) ending in [from, to] that `accept` takes. */
  firstEndingBetween(from: number, to: number, accept: (item: T) => boolean): T | null {
    let best: { item: T; order: number } | null = null;
    for (let end = from; end <= to; end++) {
      for (const c of this.byEnd.get(end) ?? []) {
        if ((best === null || c.order < best.order) && accept(c.item)) best = c;
      }
    }
    return best?.item ?? null;
  }
}
