/**
 * Who did it: an organization the sentence names as the author — "revendiquée par X",
 * "attribuée à X", "menée par X", "une attaque de X", "les combattants de X".
 */
import { within, type EventContext } from '../context.js';
import type { ArgRef, Trigger } from '../types.js';

const AUTHOR_CUE = /(?:revendiqu\p{L}*|attribu\p{L}*|imput\p{L}*|men\p{L}* par|perpétr\p{L}* par|par|combattants d[eu]|djihadistes d[eu]|jihadistes d[eu]|membres d[eu]|éléments d[eu]|hommes d[eu])(?:[\s\u00a0]+(?:par|à|au|aux|la|le|l['’]|les|du|de|groupe|mouvement|organisation))*[\s\u00a0]*$/iu;
/**
 * "une attaque du JNIM": a bare "de" names the author only right after the trigger; elsewhere it
 * names an owner ("le bureau du MSF … avait été attaqué") or an employer ("la correspondante de
 * BBC Afrique"), not who attacked.
 */
const OF_TRIGGER = /^[\s\u00a0]*(?:de|du|des|d['’])(?:[\s\u00a0]*(?:la|le|l['’]|les|groupe|mouvement|organisation)(?![\p{L}]))*[\s\u00a0]*$/iu;
const REACH = 90;

export function perpetratorOf(ctx: EventContext, t: Trigger): ArgRef | null {
  if (t.type !== 'attack' && t.type !== 'kidnapping') return null;
  const s = ctx.sentences[t.sentence];
  const orgs = within(ctx.organizations, s.start, s.end);
  for (const o of orgs) {
    const near = o.start >= t.end ? o.start - t.end <= REACH : /revendiqu|attribu/iu.test(ctx.text.slice(o.end, t.start + 1)) || t.start - o.end <= 40;
    if (!near) continue;
    const cued = AUTHOR_CUE.test(ctx.text.slice(Math.max(s.start, o.start - 40), o.start)) || (o.start >= t.end && OF_TRIGGER.test(ctx.text.slice(t.end, o.start)));
    if (cued) return { start: o.start, end: o.end, name: o.normalized };
  }
  return null;
}
