/**
 * Wraps chrono's "X au Y" / "X à Y" range merge. Before merging, each result's own span is
 * written on its start component (tag x/span:<index>:<length>), so that a merged range still
 * knows the words of its two ends: FR-TimeBank and TimeML mark "du 3 au 5 mai" as two dates,
 * "3" and "5 mai" (index.ts gives them as the mention's `ends`, outside the record). Results that
 * name a time by reference ("l'an dernier à la même époque") are kept out of the merge: "à"
 * there is no range. Nor is a dash before a capitalized word naming no month: a dateline's dash opens the
 * article ("Paris, le 3 décembre 2026 - Hier soir, …" is the dateline and "hier soir", not one range).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, tagValue, ownTags, resultHas } from '../tags.js';
import { lexicon } from '../lexicon.js';

export function markOwnSpan(r: ParsingResult): void {
  if (!r.end && tagValue(ownTags(r.start), TAG.span) === undefined) r.start.addTag(`${TAG.span}${r.index}:${r.text.length}`);
}

/** Only a dash between the two results; the second begins with a capital letter, has no digit and does not begin with a month ("juillet 2021 – Juin 2022" is a range). */
let monthFirst: RegExp | null = null;
const DASH_GAP = /^\s*[-–—]\s*$/u;
function opensAfterDash(text: string, before: ParsingResult, r: ParsingResult): boolean {
  monthFirst ??= new RegExp(`^(?:${lexicon().monthRe})(?![\\p{L}])`, 'iu');
  return /^\p{Lu}/u.test(r.text) && !/\d/.test(r.text) && !monthFirst.test(r.text) && DASH_GAP.test(text.slice(before.index + before.text.length, r.index));
}

export class RangeMergeRefiner implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    results.forEach(markOwnSpan);
    const held = results.filter((r, i) => resultHas(r, TAG.noRange) || (i > 0 && opensAfterDash(context.text, results[i - 1], r)));
    if (!held.length) return this.inner.refine(context, results);
    const merged = this.inner.refine(context, results.filter((r) => !held.includes(r)));
    return [...merged, ...held].sort((a, b) => a.index - b.index);
  }
}
