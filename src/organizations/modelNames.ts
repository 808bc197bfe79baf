/**
 * "un Boeing 747", "la Peugeot 104", "une Ferrari F 430", "le microprocesseur Motorola 6800": a
 * maker's name with a model designation after it names the product (an aircraft, a car, a chip),
 * not the company, which the sentence does not speak of. Only a one-word name in mixed case: an
 * acronym and a number are often a count or a year ("l'UEMOA 2009", "la MINUSMA 12 000 hommes").
 */

/** A model designation: a number of 2 to 4 digits, or letters then digits ("A320", "F-22", "GT 40"). */
const MODEL = /^[ \u00a0]+(?:(\d{2,4})|[A-Z]{1,3}[- \u00a0]?\d{1,4}[A-Z]?)(?!\p{L}|\p{N})([ \u00a0]*[\p{L}\p{N}]*)/u;
const MAKER = /^\p{Lu}\p{Ll}+$/u;

/** Whether the organization [start, end) of `text` is a maker's name followed by a model designation. */
export function namesAModel(text: string, start: number, end: number): boolean {
  if (!MAKER.test(text.slice(start, end))) return false;
  const m = MODEL.exec(text.slice(end, end + 24));
  if (!m) return false;
  // "Renault 2024", "Orange 1998": a year; "Airbus 350 salariés", "Peugeot 206 000": a count
  if (m[1] && /^(?:19|20)\d\d$/.test(m[1])) return false;
  const next = m[2].trim();
  return !/^\d/.test(next) && !/^\p{Ll}+[sx]$/u.test(next);
}
