/**
 * Events in the record: code point offsets for the trigger, and every argument pointing at the
 * record entity that holds its mention (an argument whose mention lost to another reading of
 * the same words is dropped: null, never a dangling index).
 */
import type { EventDraft } from './types.js';
import type { Entity, EventRecord } from '../types.js';
import type { Span } from '../mentions.js';
import { containingSpan } from '../text/spans.js';

export interface EntityLocator {
  /** Entity spans in doc.text (UTF-16) offsets, sorted, with their record index. */
  spans: (Span & { index: number })[];
  entities: Entity[];
  toCodePoint(i: number): number;
  sourceText(s: number, e: number): string;
}

function find(loc: EntityLocator, arg: Span, type: Entity['type'] | Entity['type'][]): number | null {
  const k = containingSpan(loc.spans, arg.start);
  if (k < 0) return null;
  const e = loc.entities[loc.spans[k].index];
  const types = Array.isArray(type) ? type : [type];
  return types.includes(e.type) ? loc.spans[k].index : null;
}

export function eventRecords(drafts: EventDraft[], loc: EntityLocator): EventRecord[] {
  const out: EventRecord[] = [];
  for (const d of drafts) {
    const persons: { entity: number; name: string }[] = [];
    for (const p of d.persons) {
      const i = find(loc, p, 'person');
      if (i !== null && !persons.some((q) => q.entity === i)) persons.push({ entity: i, name: p.name });
    }
    if ((d.type === 'appointment' || d.type === 'promotion' || d.type === 'dismissal' || d.type === 'death') && !persons.length) continue;
    const ref = (a: EventDraft['place'], type: Entity['type'] | Entity['type'][]) => {
      if (!a) return null;
      const i = find(loc, a, type);
      return i === null ? null : { entity: i, name: a.name };
    };
    const dateIndex = d.date ? find(loc, d.date, 'date') : null;
    const replaces = ref(d.replaces, 'person');
    out.push({
      type: d.type,
      trigger: { text: loc.sourceText(d.trigger.start, d.trigger.end), start: loc.toCodePoint(d.trigger.start), end: loc.toCodePoint(d.trigger.end) },
      sentence: d.sentence,
      persons,
      post: d.post,
      rank: d.rank,
      place: ref(d.place, 'place'),
      date: dateIndex === null ? null : { entity: dateIndex, value: (loc.entities[dateIndex] as { value: string | null }).value },
      fatalities: d.fatalities,
      injured: d.injured,
      approximate: d.approximate,
      perpetrator: ref(d.perpetrator, ['organization', 'person']),
      replaces,
      confidence: d.confidence,
    });
  }
  return out;
}
