/**
 * Shared checks for the robustness tests: schema validation and the record invariants that
 * must hold for any input whatsoever.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { recordSchema } from '../../src/schema.js';
import type { ExtraitRecord } from '../../src/types.js';

let validator: ValidateFunction | null = null;

export function validateRecord(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    validator = ajv.compile(recordSchema());
  }
  return validator;
}

/** The schema errors of a record, as short readable lines ([] when it validates). */
export function schemaErrors(rec: unknown): string[] {
  const v = validateRecord();
  if (v(rec)) return [];
  return (v.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/**
 * Everything a record promises about its offsets, as a list of violations ([] when it holds):
 * code point slices give back the text, entities and event triggers sit inside their sentence,
 * nothing overlaps, event arguments point at entities of the right type.
 */
export function invariantViolations(text: string, rec: ExtraitRecord): string[] {
  const out: string[] = [];
  const cps = [...text];
  let prevEnd = 0;
  rec.sentences.forEach((s, i) => {
    if (!(s.start < s.end)) out.push(`sentence ${i} empty or reversed [${s.start},${s.end})`);
    if (s.start < prevEnd) out.push(`sentence ${i} [${s.start},${s.end}) overlaps or precedes the previous one (end ${prevEnd})`);
    prevEnd = s.end;
    if (s.end > cps.length) out.push(`sentence ${i} ends at ${s.end} beyond the text (${cps.length} code points)`);
    const slice = cps.slice(s.start, s.end).join('');
    if (slice !== s.text) out.push(`sentence ${i} [${s.start},${s.end}) slices to ${JSON.stringify(slice.slice(0, 80))}, text is ${JSON.stringify(s.text.slice(0, 80))}`);
  });
  rec.entities.forEach((e, i) => {
    const where = `entity ${i} (${e.type} ${JSON.stringify(e.text.slice(0, 60))} [${e.start},${e.end}))`;
    if (!(e.start < e.end)) out.push(`${where} empty or reversed`);
    const slice = cps.slice(e.start, e.end).join('');
    if (slice !== e.text) out.push(`${where} slices to ${JSON.stringify(slice.slice(0, 60))}`);
    const s = rec.sentences[e.sentence];
    if (!s) out.push(`${where} names sentence ${e.sentence}, which does not exist`);
    else if (e.start < s.start || e.end > s.end) out.push(`${where} lies outside its sentence ${e.sentence} [${s.start},${s.end})`);
  });
  (rec.events ?? []).forEach((ev, i) => {
    const where = `event ${i} (${ev.type} ${JSON.stringify(ev.trigger.text)} [${ev.trigger.start},${ev.trigger.end}))`;
    const slice = cps.slice(ev.trigger.start, ev.trigger.end).join('');
    if (slice !== ev.trigger.text || !(ev.trigger.start < ev.trigger.end)) out.push(`${where} slices to ${JSON.stringify(slice.slice(0, 60))}`);
    const s = rec.sentences[ev.sentence];
    if (!s || ev.trigger.start < s.start || ev.trigger.end > s.end) out.push(`${where} lies outside its sentence ${ev.sentence}`);
    const refs: [string, { entity: number } | null, string[]][] = [
      ...ev.persons.map((p): [string, { entity: number }, string[]] => ['person', p, ['person']]),
      ['place', ev.place, ['place']],
      ['date', ev.date, ['date']],
      ['perpetrator', ev.perpetrator, ['organization', 'person']],
      ['replaces', ev.replaces, ['person']],
    ];
    for (const [role, ref, types] of refs) {
      if (!ref) continue;
      const e = rec.entities[ref.entity];
      if (!e || !types.includes(e.type)) out.push(`${where}: ${role} points at entity ${ref.entity} (${e ? e.type : 'missing'})`);
    }
  });
  const sorted = [...rec.entities].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.start < a.end) out.push(`entities overlap: ${a.type} ${JSON.stringify(a.text)} [${a.start},${a.end}) and ${b.type} ${JSON.stringify(b.text)} [${b.start},${b.end})`);
  }
  return out;
}
