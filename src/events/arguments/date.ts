/**
 * When: the date the trigger's sentence gives, the nearest to the trigger; a date inside
 * "depuis …" or "jusqu'à …" is a duration, not when the event happened.
 */
import { within, type EventContext } from '../context.js';
import type { DateRef, Trigger } from '../types.js';

const DURATION = /(?:depuis|jusqu['’]à|jusqu['’]en|pendant|durant|d['’]ici)[\s\u00a0]+(?:le |la |l['’])?$/iu;

/** Farther than this, a date in the sentence is another clause's ("fait suite à la signature …, le 16 septembre 2023"). */
const REACH = 50;
/** At most a connector or two before it: "De même, en 2014", "Puis, en septembre". */
const OPENING = /^[\s\u00a0«"“]*(?:\p{L}+['’]?[\s\u00a0,]*){0,5}$/u;

export function dateOf(ctx: EventContext, t: Trigger): DateRef | null {
  const s = ctx.sentences[t.sentence];
  // "détenue depuis février 2022": for a detention, "depuis" gives when it began
  const detention = /détenu/iu.test(ctx.text.slice(t.start, t.end));
  const dates = within(ctx.dates, s.start, s.end).filter((d) => detention || !DURATION.test(ctx.text.slice(Math.max(s.start, d.start - 14), d.start)));
  if (!dates.length) return null;
  const dist0 = (d: { start: number; end: number }) => (d.start >= t.end ? d.start - t.end : t.start - d.end);
  // "Ce mercredi, le président …, a reçu", "De même, en 2014, …": a date opening the sentence governs its main verb
  const close = dates.filter((d) => dist0(d) <= REACH || (d.end <= t.start && OPENING.test(ctx.text.slice(s.start, d.start))));
  if (!close.length) return null;
  let best = close[0];
  const dist = (d: { start: number; end: number }) => (d.start >= t.end ? d.start - t.end : t.start - d.end);
  for (const d of close) if (dist(d) < dist(best)) best = d;
  return { start: best.start, end: best.end, value: best.value };
}
