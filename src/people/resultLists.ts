/**
 * Results lists of the sports pages: "2. van Petegem (Be, 8"). 3. Tchmil (Be, 4"). 4. Mattan (Be)",
 * "25. Camenzind à 2'43". 81. Zberg à 5'27"". A capitalized name right after a rank number, followed
 * by a country abbreviation in brackets or a time gap, is a competitor — when the text holds at
 * least three such entries close together (one numbered "1. Lugano" alone proves nothing).
 */
import { lookupPlace } from '../places/index.js';

/**
 * "12. Name (Abc" / "12. Name à 2'" / "12. Name m. t." : the shape of one entry; group 1 is the name.
 * "12. Camenzind. 23. Huser." / "53. Hotz, tous m. t.": a bare entry (group 2), which a numbered
 * list of anything could show ("1. Santé. 2. Emploi. 3. Impôts."): it counts only near an entry
 * with a gap or a country.
 */
const ENTRY = /(?<!\p{L}|\p{N})\d{1,3}[\s\u00a0]?\.[\s\u00a0]+((?:(?:van|von|de|di|da|del|le|la)[\s\u00a0]+)?\p{Lu}[\p{L}\p{M}'’-]+(?:[\s\u00a0]\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?=[\s\u00a0]*(?:\(\p{Lu}[\p{Ll}]{0,3}[,)\s]|[,]?[\s\u00a0]+à[\s\u00a0]+\d|[\s\u00a0]+m\.[\s\u00a0]?t\.)|(\.[\s\u00a0]+\d{1,3}[\s\u00a0]?\.[\s\u00a0]|,[\s\u00a0]+tous[\s\u00a0]+m\.))/gu;
/** Entries further apart than this are not one list. */
const NEAR = 300;

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether ENTRY may match: it needs a period after one to three digits (and maybe one blank).
 * Years and prices have more digits, most texts hold no numbered list, and then the pattern is
 * neither run nor compiled (a few ms of a cold start).
 */
function mayHoldEntry(text: string): boolean {
  for (let k = text.indexOf('.'); k >= 0; k = text.indexOf('.', k + 1)) {
    let j = k - 1;
    if (j >= 0 && !isDigit(text.charCodeAt(j))) j--;
    let d = 0;
    while (j >= 0 && isDigit(text.charCodeAt(j))) {
      d++;
      j--;
    }
    if (d >= 1 && d <= 3) return true;
  }
  return false;
}

/** Start offsets of the names of a results list, or an empty set. */
export function resultListNames(text: string): Set<number> {
  if (!mayHoldEntry(text)) return new Set();
  const hits: { start: number; name: string; bare: boolean }[] = [];
  ENTRY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENTRY.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    hits.push({ start, name: m[1], bare: m[2] !== undefined });
  }
  const shaped = hits.filter((h) => !h.bare).map((h) => h.start);
  const out = new Set<number>();
  for (let i = 0; i < hits.length; i++) {
    let near = 0;
    for (let k = Math.max(0, i - 2); k <= Math.min(hits.length - 1, i + 2); k++) if (k !== i && Math.abs(hits[k].start - hits[i].start) <= NEAR) near++;
    if (near < 2 || lookupPlace(hits[i].name)) continue;
    if (hits[i].bare && !shaped.some((s) => Math.abs(s - hits[i].start) <= 2 * NEAR)) continue;
    out.add(hits[i].start);
    // "van Petegem": the run of capitalized words starts after the particle
    const particle = /^\p{Ll}+[\s\u00a0]+/u.exec(hits[i].name);
    if (particle) out.add(hits[i].start + particle[0].length);
  }
  return out;
}
