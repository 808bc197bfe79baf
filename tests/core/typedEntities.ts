/**
 * Test helper: the entities extrait finds in a text, as text → type, checking on the way that each
 * span's code point offsets give back its text.
 */
import { extract } from '../../src/extract.js';
import type { Entity } from '../../src/types.js';

export function typed(text: string): Record<string, string> {
  const rec = extract(text);
  const cps = [...text];
  const out: Record<string, string> = {};
  for (const e of rec.entities as Entity[]) {
    expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
    out[e.text] = e.type;
  }
  return out;
}

/** The texts of the entities of one type, in record order (repeats kept), offsets checked the same way. */
export function entityTexts(text: string, type: Entity['type']): string[] {
  const rec = extract(text);
  const cps = [...text];
  for (const e of rec.entities as Entity[]) expect(cps.slice(e.start, e.end).join('')).toBe(e.text);
  return (rec.entities as Entity[]).filter((e) => e.type === type).map((e) => e.text);
}
