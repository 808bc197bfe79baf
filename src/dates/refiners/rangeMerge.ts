/**
 * Wraps chrono's "X au Y" / "X à Y" range merge. Before merging, each result's own span is
 * written on its start component (tag x/span:<index>:<length>), so that a merged range still
 * knows the words of its two ends: FR-TimeBank and TimeML mark "du 3 au 5 mai" as two dates,
 * "3" and "5 mai" (index.ts gives them as the mention's `ends`, outside the record). Results that
 * name a time by reference ("l'an dernier à la même époque") are kept out of the merge: "à"
 * there is no range.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, tagValue, ownTags, resultHas } from '../tags.js';

export function markOwnSpan(r: ParsingResult): void {
  if (!r.end && tagValue(ownTags(r.start), TAG.span) === undefined) r.start.addTag(`${TAG.span}${r.index}:${r.text.length}`);
}

export class RangeMergeRefiner implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results.forEach(markOwnSpan);
    const held = results.filter((r) => resultHas(r, TAG.noRange));
    if (!held.length) return this.inner.refine(context, results);
    const merged = this.inner.refine(context, results.filter((r) => !held.includes(r)));
    return [...merged, ...held].sort((a, b) => a.index - b.index);
  }
}
