/**
 * "X est nommé en remplacement de Y": Y leaves the post. When the text gives Y no other fate
 * (a post of their own, a dismissal, a death, an arrest), Y gets a dismissal from that post.
 */
import type { EventDraft } from '../types.js';

export function replacedAreDismissed(events: EventDraft[]): EventDraft[] {
  const out = [...events];
  for (const e of events) {
    const y = e.replaces;
    if (e.type !== 'appointment' || !y) continue;
    const hasFate = events.some((o) => o !== e && o.persons.some((p) => p.cluster === y.cluster));
    if (hasFate) continue;
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
