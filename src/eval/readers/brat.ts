/**
 * BRAT standoff gold (a .ann file next to its .txt, the layout of WiNER and of BRAT exports).
 * Entities may nest ("Université de Genève" an Organization holding a Location): only the
 * outermost span is gold, as in CoNLL-style scoring where a token has one tag. Labels with no
 * extrait type (WiNER's Event, Product, Hour) are kept under their own label; the scorer counts
 * them as not scored and treats predictions inside them as neither right nor wrong.
 */
import { readBrat } from '../../formats/bratReader.js';
import { typeForLabel } from '../labels.js';
import type { GoldEntity } from '../types.js';
import type { GoldCorpus } from './corpus.js';

/** Entities not contained in another entity (an exact duplicate span is kept once). */
export function outermost(entities: GoldEntity[]): GoldEntity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GoldEntity[] = [];
  let reach = -1;
  for (const e of sorted) {
    if (e.end <= reach) continue; // inside the last kept span (or the same span again)
    out.push(e);
    reach = e.end;
  }
  return out;
}

export function readBratPair(txt: string, ann: string, id: string): GoldCorpus {
  const doc = readBrat(txt, ann, id);
  const all = doc.entities.map((e): GoldEntity => {
    const type = typeForLabel(e.type);
    return type ? { ...e, type } : { ...e, label: e.type.charAt(0).toUpperCase() + e.type.slice(1) };
  });
  const kept = outermost(all);
  const nested = all.length - kept.length;
  const skipped = nested ? { 'nested inside another entity (only the outermost is scored)': nested } : undefined;
  const annotatedTypes = [...new Set(all.map((e) => typeForLabel(e.type)).filter((t): t is string => t !== null))];
  return { format: 'brat', documents: [{ id, text: doc.text, entities: kept }], annotatedTypes, notes: [], skipped };
}
