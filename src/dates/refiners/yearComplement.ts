/**
 * A month or day followed by "de" and a year expression is one date: "janvier de cette année",
 * "en mai de l'année dernière", "le mois d'octobre de 1969", "le 3 mai de l'an dernier". The
 * TimeML guide (FR-TimeBank, section 2.2) marks these as one expression, the "de" phrase being
 * a definite specification of the first; the value is the month (or day) in that year, where
 * read apart the month took a guessed year and the year was a second mention.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, tagValue, resultTag } from '../tags.js';

const OF = /^\s+(?:de\s+|d')$/iu;
/** "le 3 mai, l'année suivante": the anaphoric year in apposition. */
const APPOSED = /^\s*,\s*$/u;

function isYear(r: ParsingResult): boolean {
  return !r.end && resultTag(r, TAG.gran) === 'year' && r.start.isCertain('year');
}

export function isYearless(r: ParsingResult): boolean {
  const gran = resultTag(r, TAG.gran);
  return !r.end && !r.start.isCertain('year') && r.start.isCertain('month') && resultTag(r, TAG.rel) === undefined &&
    (gran === undefined || gran === 'month' || gran === 'day') && !r.start.isCertain('hour');
}

/** "du 3 au 5 mai": both ends with a month and no year. */
function isYearlessRange(r: ParsingResult): boolean {
  return !!r.end && resultTag(r, TAG.rel) === undefined && [r.start, r.end].every((c) => !c.isCertain('year') && c.isCertain('month') && !c.isCertain('hour'));
}

/** The text between two results. */
function between(context: ParsingContext, a: ParsingResult, b: ParsingResult): string {
  return context.text.slice(a.index + a.text.length, b.index);
}

/**
 * Each result with the next one merged in where `merge` gives the merged result: `a`'s
 * components and tags (but a direction, which the year now says) over both spans, its
 * granularity written down (the day or month it names).
 */
function mergePairs(context: ParsingContext, results: ParsingResult[], merge: (a: ParsingResult, b: ParsingResult) => ((m: ParsingResult) => void) | null): ParsingResult[] {
  const out: ParsingResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i];
    const b = results[i + 1];
    const complete = b ? merge(a, b) : null;
    if (!complete) {
      out.push(a);
      continue;
    }
    const merged = context.createParsingResult(a.index, context.text.slice(a.index, b.index + b.text.length), a.start.clone(), a.end?.clone());
    const tags = a.tags();
    for (const t of tags) if (!t.startsWith(TAG.tense) && !t.startsWith(TAG.dir)) merged.addTag(t);
    if (!tagValue(tags, TAG.gran)) merged.addTag(TAG.gran + (a.start.isCertain('day') ? 'day' : 'month'));
    complete(merged);
    out.push(merged);
    i++;
  }
  return out;
}

export class YearComplementRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return mergePairs(context, results, (a, b) => {
      if (!isYearless(a) || !isYear(b) || !OF.test(between(context, a, b))) return null;
      return (merged) => {
        merged.start.assign('year', b.start.get('year') ?? 0);
        // "de cette année" / "de l'année dernière": the year comes from the document date
        const rel = resultTag(b, TAG.rel);
        if (rel !== undefined) merged.addTag(TAG.rel + rel);
      };
    });
  }
}

/**
 * "le 4 mai de la même année", "en mars de l'année suivante", "le 2 juin de cette année-là" (or
 * "le 3 mai, l'année suivante"): the day or month in the year of the previous dated mention (tag
 * x/ana:in-year:<offset>, resolve.ts). Runs before chrono's date-time merge, which read the
 * anaphoric year (it has no certain component) as a time of day and merged it into a date whose
 * day and month were then lost. A range before "de" ("du 3 au 5 mai de la même année") has both
 * ends in that year; in a range formed later ("de l'été 1970 à octobre de la même année") the
 * year is the start's (resolve.ts).
 */
export class AnaphoricYearComplementRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return mergePairs(context, results, (a, b) => {
      // "la même année" (x/ana:year:0), "l'année suivante" (x/ana:year:1): the offset
      const [unit, offset] = b.end ? [] : resultTag(b, TAG.ana)?.split(':') ?? [];
      if (unit !== 'year' || !(isYearless(a) || isYearlessRange(a))) return null;
      const text = between(context, a, b);
      if (!OF.test(text) && !APPOSED.test(text)) return null;
      return (merged) => merged.addTag(`${TAG.ana}in-year:${offset}`);
    });
  }
}
