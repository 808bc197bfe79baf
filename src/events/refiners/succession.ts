/**
 * "X est nommé en remplacement de Y": Y leaves the post. When the text gives Y no other fate
 * (a post of their own, a dismissal, a death, an arrest), Y gets a dismissal from that post.
 */
import { personRef, within, type EventContext } from '../context.js';
import type { EventDraft, Trigger } from '../types.js';

export function replacedAreDismissed(events: EventDraft[]): EventDraft[] {
  const out = [...events];
  // how many events each person is about: the replaced one has a fate of their own when any is
  const fates = new Map<number | undefined, number>();
  for (const o of events) for (const p of o.persons) fates.set(p.cluster, (fates.get(p.cluster) ?? 0) + 1);
  for (const e of events) {
    const y = e.replaces;
    if (e.type !== 'appointment' || !y) continue;
    if ((fates.get(y.cluster) ?? 0) > 0) continue;
    out.push({
      ...e,
      type: 'dismissal',
      persons: [y],
      rank: null,
      replaces: null,
      fatalities: null,
      injured: null,
      perpetrator: null,
      place: e.place,
      confidence: Math.round(e.confidence * 0.8 * 100) / 100,
      anaphoric: false,
    });
  }
  return out;
}

/** "X a été remplacé par": the trigger's last word, the successor named right after "par". */
const REPLACED = /remplacée?s?$/u;
const BY_SUCCESSOR = /^[\s\u00a0]+par[\s\u00a0][^,.;:!?«»"]{0,60}$/u;

/** The successor a "remplacé par Y" trigger names (read per mention: merging keeps the first trigger). */
export function successorOf(ctx: EventContext, t: Trigger): EventDraft['successor'] {
  if (t.type !== 'dismissal' || !REPLACED.test(ctx.text.slice(t.start, t.end))) return undefined;
  const s = ctx.sentences[t.sentence];
  const y = within(ctx.people, t.end, s.end).find((p) => BY_SUCCESSOR.test(ctx.text.slice(t.end, p.start)));
  return y ? { person: personRef(y), trigger: { start: t.start, end: t.end }, sentence: t.sentence } : undefined;
}

/**
 * "X a été remplacé par Y à la tête de …": Y is appointed to the post X leaves, unless the text
 * gives Y an appointment of their own. Only when X's post is known: a player, an actor or a
 * rider "remplacé par Y" takes no office.
 */
export function successorsAppointed(events: EventDraft[]): EventDraft[] {
  const out = [...events];
  const appointed = new Set(events.filter((o) => o.type === 'appointment').flatMap((o) => o.persons.map((p) => p.cluster)));
  for (const e of events) {
    const y = e.successor?.person;
    if (e.type !== 'dismissal' || e.persons.length !== 1 || e.post === null || !y || y.cluster === e.persons[0].cluster) continue;
    if (appointed.has(y.cluster)) {
      // "Y succède à X" told apart: Y takes the post X was replaced in
      for (const [k, o] of out.entries()) {
        if (o.type === 'appointment' && o.post === null && o.replaces?.cluster === e.persons[0].cluster && o.persons.some((p) => p.cluster === y.cluster)) out[k] = { ...o, post: e.post };
      }
      continue;
    }
    appointed.add(y.cluster);
    const { trigger, sentence } = e.successor!;
    out.push({ ...e, type: 'appointment', trigger, sentence, persons: [y], replaces: e.persons[0], successor: undefined, anaphoric: false });
  }
  return out;
}
