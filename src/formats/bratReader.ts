/**
 * Reads BRAT standoff (.txt + .ann) back into a GoldDocument, offsets in code points as BRAT
 * counts them. Text-bound annotations (T) become entities; a discontinuous span covers its
 * fragments' extent; AnnotatorNotes with `value=` give dates their normalized value. Other
 * annotation kinds (relations, events, attributes) carry no span and are ignored.
 */
import type { GoldDocument, GoldEntity } from '../eval/types.js';
import { sliceCodePoints } from './codePoints.js';
import { BRAT_TYPE } from './entityFields.js';

const TYPE_BY_BRAT = new Map<string, string>(Object.entries(BRAT_TYPE).map(([k, v]) => [v.toLowerCase(), k]));
/** Names other BRAT corpora use for the same classes. */
const ALIASES: Record<string, string> = { per: 'person', loc: 'place', location: 'place', org: 'organization', gpe: 'place', time: 'date', timex3: 'date' };

export function bratTypeToGold(type: string): string {
  const t = type.toLowerCase();
  return TYPE_BY_BRAT.get(t) ?? ALIASES[t] ?? t;
}

export function readBrat(txt: string, ann: string, id: string): GoldDocument {
  const entities = new Map<string, GoldEntity>();
  const notes = new Map<string, string>();
  for (const raw of ann.split(/\r?\n/)) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('T')) {
      const [tid, spec] = line.split('\t', 3);
      if (!spec) continue;
      const space = spec.indexOf(' ');
      if (space < 0) continue;
      const type = spec.slice(0, space);
      const offsets = spec
        .slice(space + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number));
      if (offsets.some((o) => o.length !== 2 || !o.every(Number.isInteger))) continue;
      const start = Math.min(...offsets.map((o) => o[0]));
      const end = Math.max(...offsets.map((o) => o[1]));
      entities.set(tid, { type: bratTypeToGold(type), start, end, text: sliceCodePoints(txt, start, end) });
    } else if (line.startsWith('#')) {
      const [, spec, note] = line.split('\t', 3);
      const m = /^AnnotatorNotes\s+(\S+)/.exec(spec ?? '');
      if (m && note !== undefined) notes.set(m[1], note);
    }
  }
  for (const [tid, note] of notes) {
    const e = entities.get(tid);
    if (!e || e.type !== 'date') continue;
    const m = /(?:^|\s\|\s)value=([^|]*?)(?:\s\|\s|$)/.exec(note);
    if (m && m[1] !== 'unresolved') e.value = m[1];
  }
  const list = [...entities.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  return { id, text: txt, entities: list };
}
