/**
 * A firm named by two names joined with an ampersand: "Marks & Spencer", "Ernst & Young",
 * "Dolce & Gabbana", "Simon & Schuster", "Smith & Wesson Brands", "Moët & Chandon". People are
 * joined with "et", not "&": the ampersand, spaced, is what makes two surnames a company (or a duo
 * that works as one); glued ("AT&T", "R&D", "R&B") it is an abbreviation, left to the lexicons. "& Co", "& Cie", "& Fils", "& Associés" close the name of a firm too.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { lookupPlace } from '../places/index.js';

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const NAME = `${WORD}(?:[\\s\\u00a0]${WORD}){0,2}`;
const FIRM = new RegExp(
  `(?<![\\p{L}\\p{N}&])(${NAME})[\\s\\u00a0]&[\\s\\u00a0](?:(Co\\.?|Cie|Fils|Associés|Partners)(?![\\p{L}])|(${NAME}))`,
  'gu',
);

export function ampersandFirms(text: string, r: Span, out: OrganizationMention[]): void {
  const slice = text.slice(r.start, r.end);
  FIRM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIRM.exec(slice)) !== null) {
    // each partner has a word of three letters or more in lower case: "Ki & Ui" is OCR noise
    if (!/\p{Lu}\p{Ll}{2,}/u.test(m[1]) || (m[3] !== undefined && !/\p{Lu}\p{Ll}{2,}/u.test(m[3]))) continue;
    // "Leith & Falmouth", "Cardiff & San-Francisco": a place on either side is a route or a pair of places
    if (lookupPlace(m[1]) || (m[3] !== undefined && lookupPlace(m[3]))) continue;
    // a line in capitals ("DE LA BRETAGNE & DE L'OUEST") is a headline, not a firm's name
    if (!/\p{Ll}/u.test(m[0])) continue;
    // "Le Monde & …", "Sur …": a capitalized function word is no name of a partner
    if (/^(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|Et|Sur|Pour|Avec|Dans|En|Au|Aux)$/u.test(m[1])) continue;
    const start = r.start + m.index;
    const end = start + m[0].length;
    out.push({ start, end, normalized: m[0].replace(/[\s\u00a0]+/g, ' '), acronym: null });
  }
}
