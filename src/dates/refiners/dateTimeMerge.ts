/**
 * Wraps chrono's date + time merge ("le 3 mai à 15h"). A result counted from another mention
 * ("la veille", "le lendemain", "l'année suivante", "quatre jours plus tard") has no certain
 * component, so chrono reads it as a time of day: "le 3 mai 2024, la veille du scrutin" became
 * one mention valued as "la veille" (null: an event's eve), and "Le 5 mars 2013, quatre jours plus
 * tard" lost its date. Such a result is never merged in as the time; as the date ("le lendemain à
 * 10 h") it still takes one.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, resultTag } from '../tags.js';

interface MergingRefiner extends Refiner {
  shouldMergeResults(textBetween: string, current: ParsingResult, next: ParsingResult): boolean;
}

/** A result counted from another mention that holds no clock time (one given a time, "le lendemain" + "8h30", is one). */
function countedFromMention(r: ParsingResult): boolean {
  return (resultTag(r, TAG.prev) !== undefined || resultTag(r, TAG.ana) !== undefined) && !r.start.isCertain('hour');
}

export class DateTimeMergeRefiner implements Refiner {
  constructor(private readonly inner: MergingRefiner) {
    const should = inner.shouldMergeResults.bind(inner);
    // the time side, as chrono's mergeResults picks it: the other one when the current one is a date
    inner.shouldMergeResults = (between, current, next) =>
      should(between, current, next) && !countedFromMention(current.start.isOnlyDate() ? next : current);
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return this.inner.refine(context, results);
  }
}
