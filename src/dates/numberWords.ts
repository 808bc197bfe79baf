/**
 * French cardinals written out, 1–99: "cinq", "vingt-deux", "trente et un", "soixante-dix",
 * "quatre-vingt-onze". Vocabulary in data/dates/fr.json (cardinalUnits, cardinalTens).
 */
import { alternation, lexicon } from './lexicon.js';

let partRe: string | null = null;

/** Regex source (no groups) for one written cardinal, words joined by "-", " et " or "-et-". */
export function cardinalRe(): string {
  if (!partRe) {
    const lx = lexicon();
    const part = alternation([...Object.keys(lx.cardinalUnits), ...Object.keys(lx.cardinalTens)]);
    partRe = `(?:${part})(?:(?:-et-|\\s+et\\s+|-)(?:${part}))*`;
  }
  return partRe;
}

/** The value of a written cardinal or of digits; null when it is not a number from 1 to 99. */
export function cardinalValue(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d+$/.test(t)) return parseInt(t, 10);
  const lx = lexicon();
  if (lx.cardinalUnits[t] !== undefined) return lx.cardinalUnits[t];
  if (lx.cardinalTens[t] !== undefined) return lx.cardinalTens[t];
  // tens first, longest match ("quatre-vingt" before "quatre"), then a unit or teen after it
  const tens = Object.keys(lx.cardinalTens).sort((a, b) => b.length - a.length).find((w) => t.startsWith(w));
  if (!tens) return null;
  const rest = t.slice(tens.length).replace(/^(?:-et-|\s+et\s+|-)/, '');
  const unit = lx.cardinalUnits[rest];
  if (unit === undefined) return null;
  // "soixante-dix", "quatre-vingt-dix" take teens; "vingt-dix" is not a number
  const base = lx.cardinalTens[tens];
  if (unit >= 10 && base !== 60 && base !== 80) return null;
  return base + unit;
}
