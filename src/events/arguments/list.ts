/**
 * A decree's list: "sont nommés : M. X, directeur de … ; Mme Y, inspectrice … ; le colonel Z,
 * …". Each item after the colon opens with the person it appoints, items end at ";", and each
 * person gets an event with the post of their own item.
 */
import type { ResolvedPerson } from '../../pipeline/doc.js';
import { withoutHonorificPeriods, type EventContext } from '../context.js';
import type { ArgRef, EventDraft, Trigger } from '../types.js';
import { postOf } from './post.js';

/** Between the trigger and the first person: the colon that opens the list, and no item end. */
const OPENS_LIST = /^[^.;]*:[^.;:]*$/u;
/** An item's words before its person: its honorific or rank ("Monsieur", "le colonel"), nothing longer. */
const ITEM_LEAD = /^;[\s\u00a0]*(?:(?:et|puis)[\s\u00a0]+)?[^,;:.]{0,30}$/u;

/** The persons opening the items of a list after `t`, or null when `t` opens no list. */
export function listedPersons(ctx: EventContext, t: Trigger, first: ResolvedPerson, after: ResolvedPerson[]): ResolvedPerson[] | null {
  if (!OPENS_LIST.test(withoutHonorificPeriods(ctx.text.slice(t.end, first.start)))) return null;
  const out = [first];
  for (const p of after) {
    if (p.start <= first.end) continue;
    const semicolon = ctx.text.lastIndexOf(';', p.start);
    if (semicolon < out[out.length - 1].end) continue;
    if (ITEM_LEAD.test(withoutHonorificPeriods(ctx.text.slice(semicolon, p.start)))) out.push(p);
  }
  return out.length > 1 ? out : null;
}

/** One event per listed person, each with the post of their own item; other events as they are. */
export function perListedPerson(ctx: EventContext, t: Trigger, d: EventDraft): EventDraft[] {
  if (d.persons.length < 2 || (d.type !== 'appointment' && d.type !== 'dismissal')) return [d];
  if (d.persons[0].start < t.end || !OPENS_LIST.test(withoutHonorificPeriods(ctx.text.slice(t.end, d.persons[0].start)))) return [d];
  return d.persons.map((p: ArgRef) => ({ ...d, persons: [p], post: postOf(ctx, t, [p]) }));
}
