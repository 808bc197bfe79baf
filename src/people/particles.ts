/**
 * Particles written before a surname that the name scan read without them: "Selon Le Pen" after
 * "Marine Le Pen", "le président de Gaulle" after "le général de Gaulle".
 */
import type { PersonCandidate } from './people.js';
import { titleCaseName } from '../text/normalize.js';
import { isBlank } from '../text/blank.js';
import { titleBefore } from './titles.js';

/** Capitalized particles that continue a name started before them: "Marine Le Pen", "Robert De Niro". */
export const CAPITAL_PARTICLES = new Set(['le', 'la', 'de', 'du', 'di', 'da', 'van', 'von', 'del', 'della', 'mac', 'ben', 'ould', 'ag', 'el', 'al', 'abou', 'abu']);

/**
 * "Selon Le Pen" after "Marine Le Pen": a surname repeated alone keeps the capitalized particle
 * the full name wrote before it ("Le Pen", "Le Drian", "De Niro"), else it would read "Pen".
 */
export function withParticle(text: string, p: PersonCandidate, people: PersonCandidate[]): PersonCandidate {
  const lower = withLowerParticle(text, p, people);
  if (lower !== p) return lower;
  // the particles end in an ASCII lower-case letter, right before the blanks: most names follow none
  let k = p.start;
  while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
  const last = k > 0 ? text.charCodeAt(k - 1) : 0;
  if (k === p.start || last < 97 || last > 122) return p;
  const m = /(?<!\p{L}|\p{M})(\p{Lu}\p{Ll}{1,3})[\s\u00a0]+$/u.exec(text.slice(Math.max(0, p.start - 8), p.start));
  if (!m || !CAPITAL_PARTICLES.has(m[1].toLowerCase())) return p;
  const written = `${m[1]} ${text.slice(p.start, p.end)}`;
  // "Frederik de Klerk" then "De Klerk": the full name may write the particle in lower case
  const lowerWritten = written.toLowerCase();
  if (!people.some((q) => q.name.toLowerCase().endsWith(lowerWritten) && q.start !== p.start)) return p;
  const start = p.start - m[0].length;
  return { ...p, start, name: titleCaseName(text.slice(start, p.end).replace(/[\s\u00a0]+/g, ' ')) };
}

/** A lower-case particle right before a name: "de ", "du ", "d’". */
const LOWER_PARTICLE = /(?<![\p{L}\p{M}])(?:de[\s\u00a0]+|du[\s\u00a0]+|d['’])$/u;

/**
 * "le président de Gaulle" after "le général de Gaulle": a surname an earlier mention wrote with
 * its lower-case particle keeps it where a title (no rank or honorific) stands right before it.
 */
function withLowerParticle(text: string, p: PersonCandidate, people: PersonCandidate[]): PersonCandidate {
  // most names follow no particle: "de"/"du" end in e or u before the blanks, "d’" in an apostrophe
  let k = p.start;
  while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
  const last = k > 0 ? text.charCodeAt(k - 1) : 0;
  if (k === p.start ? last !== 39 && last !== 0x2019 : last !== 101 && last !== 117) return p;
  const m = LOWER_PARTICLE.exec(text.slice(Math.max(0, p.start - 4), p.start));
  if (!m || people.length === 0) return p;
  const written = `${m[0].replace(/[\s\u00a0]+/gu, ' ')}${p.name}`.toLowerCase();
  if (!people.some((q) => q.name.toLowerCase() === written && q.start !== p.start)) return p;
  const start = p.start - m[0].length;
  // only after a title: "le regard de Mauroy" reads "de" as the preposition (a surname alone drops its particle)
  const title = titleBefore(text, Math.max(0, start - 160), start);
  if (!title || !/^[\s\u00a0]+$/u.test(title.connector)) return p;
  return { ...p, start, name: titleCaseName(text.slice(start, p.end).replace(/[\s\u00a0]+/g, ' ')) };
}
