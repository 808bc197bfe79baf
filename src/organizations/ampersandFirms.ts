/**
 * A firm named by two names joined with an ampersand: "Marks & Spencer", "Ernst & Young",
 * "Dolce & Gabbana", "Simon & Schuster", "Smith & Wesson Brands", "Moët & Chandon". People are
 * joined with "et", not "&": the ampersand, spaced, is what makes two surnames a company (or a duo
 * that works as one); glued ("AT&T", "R&D", "R&B") it is an abbreviation, left to the lexicons. "& Co", "& Cie", "& Fils", "& Associés" close the name of a firm too.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { lookupPlace } from '../places/index.js';
import { scanTwins } from '../text/anchorGate.js';
import { RegExpTwins } from '../text/lazyRegExp.js';
import { isRegexSpace, lowerBound, mayBeginUpper, nameRunStart, positionsOf } from '../text/anchorScan.js';

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const NAME = `${WORD}(?:[\\s\\u00a0]${WORD}){0,2}`;
const FIRM_SOURCE = `(?<!\\p{L}|\\p{N}|&)(${NAME})[\\s\\u00a0]&[\\s\\u00a0](?:(Co\\.?|Cie|Fils|Associés|Partners)(?![\\p{L}])|(${NAME}))`;
const FIRM = new RegExpTwins(FIRM_SOURCE, 'u');

/**
 * Where in the region a firm's name may begin (region offsets, ascending): in the run of at most
 * three words before each spaced '&', as [p, p + 1) ranges for scanMatches. Most texts have no '&': one indexOf pass per document.
 */
function candidateStarts(text: string, r: Span): number[] {
  const amps = positionsOf(text, '&');
  const starts: number[] = [];
  for (let k = lowerBound(amps, r.start + 2); k < amps.length && amps[k] < r.end - 1; k++) {
    const p = amps[k];
    if (!isRegexSpace(text.charCodeAt(p - 1)) || !isRegexSpace(text.charCodeAt(p + 1))) continue;
    for (let s = nameRunStart(text, p - 1, r.start, 2); s < p - 1; s++) if (mayBeginUpper(text.charCodeAt(s))) starts.push(s - r.start, s - r.start + 1);
  }
  return starts;
}

/** `gated` false runs the pattern over the whole region: the reference the tests compare with. */
export function ampersandFirms(text: string, r: Span, out: OrganizationMention[], gated = true): void {
  const starts = gated ? candidateStarts(text, r) : null;
  if (starts !== null && starts.length === 0) return;
  const slice = text.slice(r.start, r.end);
  scanTwins(FIRM, slice, starts, (m) => {
    // each partner has a word of three letters or more in lower case: "Ki & Ui" is OCR noise
    if (!/\p{Lu}\p{Ll}{2,}/u.test(m[1]) || (m[3] !== undefined && !/\p{Lu}\p{Ll}{2,}/u.test(m[3]))) return undefined;
    // "Leith & Falmouth", "Cardiff & San-Francisco": a place on either side is a route or a pair of places
    if (lookupPlace(m[1]) || (m[3] !== undefined && lookupPlace(m[3]))) return undefined;
    // a line in capitals ("DE LA BRETAGNE & DE L'OUEST") is a headline, not a firm's name
    if (!/\p{Ll}/u.test(m[0])) return undefined;
    // "Le Monde & …", "Sur …": a capitalized function word is no name of a partner
    if (/^(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|Et|Sur|Pour|Avec|Dans|En|Au|Aux)$/u.test(m[1])) return undefined;
    const start = r.start + m.index;
    const end = start + m[0].length;
    out.push({ start, end, normalized: m[0].replace(/[\s\u00a0]+/g, ' '), acronym: null });
    return undefined;
  });
}
