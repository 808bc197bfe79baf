/**
 * A claim told after the attack: "Au moins douze militaires ont été tués lundi dans une embuscade
 * … L'attaque a été revendiquée dans la soirée par le GSIM." The claim's sentence holds no
 * trigger of its own (a definite "l'attaque" recalls one), so the group it names is the author
 * of the attack told just before, when that attack has none.
 */
import { within, type EventContext } from '../context.js';
import type { EventDraft } from '../types.js';

/** "a été revendiquée … par", "revendiquée par": the author follows. */
const CLAIMED_BY = /revendiqu\p{L}*(?:[\s\u00a0]+[^.;:!?]{0,60}?)?[\s\u00a0]+par[\s\u00a0]+(?:(?:la|le|les|l['’]|groupe|mouvement|organisation)[\s\u00a0]*)*$/iu;
/** "Le GSIM a revendiqué l'attaque": the author is the subject. */
const CLAIMS = /^[\s\u00a0]*(?:a|ont|avait|avaient)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?revendiqu/iu;
/** Sentences after the attack within which a claim is its own. */
const CLAIM_REACH = 2;

export function claimedAttacks(ctx: EventContext, events: EventDraft[]): EventDraft[] {
  for (let k = 0; k < events.length; k++) {
    const e = events[k];
    if (e.type !== 'attack' || e.perpetrator) continue;
    // the claim belongs to the last attack told before it
    const nextAttack = events.slice(k + 1).find((x) => x.type === 'attack');
    const last = Math.min(ctx.sentences.length - 1, e.sentence + CLAIM_REACH, nextAttack ? nextAttack.sentence - 1 : Infinity);
    for (let i = e.sentence + 1; i <= last && !e.perpetrator; i++) {
      const s = ctx.sentences[i];
      if (!/revendiqu/iu.test(ctx.text.slice(s.start, s.end))) continue;
      for (const o of within(ctx.organizations, s.start, s.end)) {
        if (CLAIMED_BY.test(ctx.text.slice(s.start, o.start)) || CLAIMS.test(ctx.text.slice(o.end, Math.min(s.end, o.end + 40)))) {
          e.perpetrator = { start: o.start, end: o.end, name: o.normalized };
          break;
        }
      }
    }
  }
  return events;
}
