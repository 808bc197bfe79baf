/**
 * Who an appointee replaces: "en remplacement de Y", "remplace Y", "succède à Y", "à la place de Y".
 */
import { personRef, within, type EventContext } from '../context.js';
import type { ArgRef, Trigger } from '../types.js';

const CUE = /(?:en remplacement d['’eu]|remplace|remplaçant|succède à|succédant à|succéder à|à la place d['’eu]|cède (?:son|sa) (?:fauteuil|place|poste) à)/giu;

export function replacesOf(ctx: EventContext, t: Trigger, persons: ArgRef[]): ArgRef | null {
  if (t.type !== 'appointment') return null;
  const s = ctx.sentences[t.sentence];
  CUE.lastIndex = s.start;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(ctx.text)) !== null && m.index < s.end) {
    const cueEnd = m.index + m[0].length;
    const next = within(ctx.people, cueEnd, Math.min(s.end, cueEnd + 70)).find((p) => !persons.some((q) => q.cluster === p.cluster));
    // "Y cède son fauteuil à X": Y is the one replaced, before the cue
    if (/^cède/iu.test(m[0])) {
      const before = within(ctx.people, s.start, m.index).filter((p) => !persons.some((q) => q.cluster === p.cluster));
      if (before.length) return personRef(before[before.length - 1]);
    } else if (next) return personRef(next);
  }
  return null;
}
