/**
 * BRAT standoff (.txt + .ann, WiNER's layout) as training documents. BRAT offsets are code
 * points; training spans are UTF-16, like the tagger's tokens. Only person, place and
 * organization are learned. Nesting: among those three the outermost span wins ("Université de
 * Genève" is one organization, not also a place); an Event, Product, Date or Hour does not hide
 * the names inside it ("Jeux olympiques de Rio" still teaches that Rio is a place).
 */
import { mapEntityLabel, type TrainingDocument, type TrainingEntity } from './trainingData.js';

/** UTF-16 index of each code point offset 0…n of `text`. */
function utf16Offsets(text: string): number[] {
  const at: number[] = [0];
  let i = 0;
  for (const ch of text) {
    i += ch.length;
    at.push(i);
  }
  return at;
}

export function readBratTraining(txt: string, ann: string, id: string): TrainingDocument {
  const at = utf16Offsets(txt);
  const found: TrainingEntity[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const m = /^T\d+\t(\S+) (\d+) (\d+)(?:;\d+ \d+)*\t/.exec(line);
    if (!m) continue;
    const type = mapEntityLabel(m[1]);
    const [s, e] = [Number(m[2]), Number(m[3])];
    if (!type || e <= s || e >= at.length) continue;
    found.push({ start: at[s], end: at[e], type });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const entities: TrainingEntity[] = [];
  let reach = -1;
  for (const e of found) {
    if (e.start < reach) continue; // nested in (or crossing) the span kept before it
    entities.push(e);
    reach = e.end;
  }
  return { id, text: txt, entities };
}
