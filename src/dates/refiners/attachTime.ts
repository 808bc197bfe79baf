/**
 * Attaches a clock time ("à 18 h", "vers 0 h 40") to the date of the same phrase without
 * widening the date's span: "jeudi 16 septembre, à 18 h" is the mention "jeudi 16 septembre"
 * whose value is "…-09-16T18:00" and whose `time` is "18:00". The time's words stay outside
 * the span because TimeML (FR-TimeBank) marks the date and the clock time as two expressions,
 * and because a span made of the date words is what a reader highlights as "the date".
 * Runs before chrono's FRMergeDateTimeRefiner, which would join both spans; chrono's vaguer
 * parts of day ("dimanche matin") are still merged by it, as one expression.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, resultHas } from '../tags.js';

/** Between a date and the clock time after it: "jeudi 16 septembre, à 18 h", "le 3 mai à 9h". */
const DATE_THEN_TIME = /^\s*,?\s*(?:à|a|vers|dès)?\s*$/i;
/** Between a clock time and the date after it: "Vers 0 h 40, jeudi", "à 15 h mercredi". */
const TIME_THEN_DATE = /^\s*,?\s*$/;

function isClockTime(r: ParsingResult): boolean {
  return resultHas(r, TAG.time) && r.start.isOnlyTime() && !r.end;
}

function isDate(r: ParsingResult): boolean {
  return !resultHas(r, TAG.time) && !r.start.isCertain('hour') && !r.end;
}

function attach(date: ParsingResult, time: ParsingResult): void {
  date.start.assign('hour', time.start.get('hour') ?? 0);
  date.start.assign('minute', time.start.get('minute') ?? 0);
  date.addTag(TAG.time);
}

export class AttachTimeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i];
      const b = results[i + 1];
      if (b) {
        const gap = context.text.slice(a.index + a.text.length, b.index);
        if (isDate(a) && isClockTime(b) && DATE_THEN_TIME.test(gap)) {
          attach(a, b);
          out.push(a);
          i++;
          continue;
        }
        // a time followed by a date, unless the time already belongs to a date before it
        if (isClockTime(a) && isDate(b) && TIME_THEN_DATE.test(gap)) {
          attach(b, a);
          out.push(b);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}
