/**
 * "X est nommé en remplacement de Y": Y leaves the post. When the text gives Y no other fate
 * (a post of their own, a dismissal, a death, an arrest), Y gets a dismissal from that post.
 */
import type { EventDraft } from '../types.js';

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
