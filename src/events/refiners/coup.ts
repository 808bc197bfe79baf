/**
 * A coup: "X a conduit le coup d'État qui a renversé le président Y". The ousted leader's
 * dismissal comes from the trigger ("renversé"); here the leader of the coup, named as its
 * subject in the same sentence, gets the appointment to the power taken, when the text gives no
 * other appointment for them. The post is the function the text gives them, or null.
 */
import { personRef, within, type EventContext } from '../context.js';
import type { EventDraft } from '../types.js';

const COUP = /coup d['’][ée]tat|putsch|junte/iu;
/** Verbs whose subject takes the power of the one ousted. */
const OUSTING = /^(?:a|ont|avait|avaient)[\s\u00a0]+(?:renversé|déposé)|^renverse/iu;

export function coupLeaders(ctx: EventContext, events: EventDraft[]): EventDraft[] {
  const out = [...events];
  const appointed = new Set(events.filter((o) => o.type === 'appointment').flatMap((o) => o.persons.map((p) => p.cluster)));
  for (const e of events) {
    if (e.type !== 'dismissal' || !e.persons.length) continue;
    const s = ctx.sentences[e.sentence];
    const ousting = OUSTING.test(ctx.text.slice(e.trigger.start, e.trigger.end));
    if (!ousting && !COUP.test(ctx.text.slice(s.start, s.end))) continue;
    // the subject: the person named last before the verb in its clause ("le colonel X a renversé Y")
    const leaders = within(ctx.people, s.start, e.trigger.start).filter((p) => !e.persons.some((q) => q.cluster === p.cluster) && !/[.;:]/.test(ctx.text.slice(p.end, e.trigger.start)));
    const leader = leaders[leaders.length - 1];
    if (!leader) continue;
    // "X a limogé Y" makes no new leader of X; "X a conduit le coup d'État qui a renversé Y" does
    if (!ousting && !COUP.test(ctx.text.slice(leader.end, e.trigger.start))) continue;
    if (appointed.has(leader.cluster)) continue;
    appointed.add(leader.cluster);
    out.push({
      ...e,
      type: 'appointment',
      persons: [personRef(leader)],
      post: leader.titleText,
      replaces: e.persons[0],
      confidence: 0.6,
      anaphoric: false,
    });
  }
  return out;
}
