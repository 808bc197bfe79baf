/**
 * French numbers as written in tolls: digits ("89", "1 200"), words ("quinze", "vingt-cinq",
 * "deux cents", "trois mille") and approximate nouns ("une centaine" = 100, approximate).
 */
import { loadJson } from '../../data.js';

interface NumberData {
  units: Record<string, number>;
  multipliers: Record<string, number>;
  approximate: Record<string, number>;
  approximateBefore: string[];
}

let data: NumberData | null = null;
function lexicon(): NumberData {
  return (data ??= loadJson<NumberData>('events/numbers.json'));
}

export interface ParsedNumber { value: number; approximate: boolean }

/** Regex source for a number as written (digits, number words joined by spaces, hyphens or "et", an approximate noun). */
export function numberSource(): string {
  const d = lexicon();
  const word = [...Object.keys(d.units), ...Object.keys(d.multipliers)].sort((a, b) => b.length - a.length).join('|');
  const approx = Object.keys(d.approximate).join('|');
  return `(?:(?:une|des|quelques)[\\s\\u00a0]+(?:${approx})[\\s\\u00a0]+d[e'’]|\\d{1,3}(?:[\\s\\u00a0.]\\d{3})+|\\d+|(?:${word})(?:(?:[\\s\\u00a0-]+|-et-|[\\s\\u00a0]+et[\\s\\u00a0]+)(?:${word}))*)`;
}

export function parseNumber(written: string): ParsedNumber | null {
  const d = lexicon();
  const s = written.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
  const approx = /^(une|des|quelques) (\p{L}+) d/u.exec(s);
  if (approx) {
    // "des dizaines de morts" gives no figure
    if (approx[1] !== 'une') return null;
    const v = d.approximate[approx[2]];
    return v ? { value: v, approximate: true } : null;
  }
  if (/^\d/.test(s)) return { value: Number(s.replace(/[\s.]/g, '')), approximate: false };
  let total = 0;
  let current = 0;
  for (const w of s.split(/[\s-]+/)) {
    if (w === 'et') continue;
    // "quatre-vingt(s)": a unit before "vingt" multiplies it
    if ((w === 'vingt' || w === 'vingts') && current > 0 && current < 10) current *= 20;
    else if (w in d.units) current += d.units[w];
    else if (w in d.multipliers) {
      const m = d.multipliers[w];
      if (m >= 1000) { total += (current || 1) * m; current = 0; } else current = (current || 1) * m;
    } else return null;
  }
  const value = total + current;
  return value > 0 ? { value, approximate: false } : null;
}

/** "plus de 100", "près de 50", "environ 30": a figure given as a bound or an estimate. */
export function approximateBefore(textBefore: string): boolean {
  const tail = textBefore.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trimEnd();
  return lexicon().approximateBefore.some((p) => p !== 'au moins' && tail.endsWith(p));
}
