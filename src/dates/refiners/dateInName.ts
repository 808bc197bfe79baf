/**
 * No date from a name. A month word inside a proper name: joined by a hyphen ("la province du
 * Mai-Ndombe", "Mars-Klinik"), "Mars" the planet ("la planète Mars", "une mission vers Mars",
 * "le rover sur Mars"); and a whole date that names a street, a stadium or a movement ("rue du
 * 4 Septembre", "stade du 26 Mars", "Mouvement du 23 mars"). Decision for the latter: the
 * record's dates are times the text refers to; a commemorative name refers to a place or a
 * group (it is the places/organizations stages' business), so no date entity is made there.
 * Word lists: nameHeads and planetContext in data/dates/fr.json.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { alternation, lexicon, monthNumber } from '../lexicon.js';

let patterns: { head: RegExp; planet: RegExp } | null = null;

function compiled(): { head: RegExp; planet: RegExp } {
  if (!patterns) {
    const lx = lexicon();
    const sp = (words: string[]) => alternation(words).replace(/ /g, '\\s+');
    patterns = {
      head: new RegExp(`(?:^|[^\\p{L}])(${sp(lx.nameHeads)})\\s+(?:du|de\\s+la|des)\\s*$`, 'iu'),
      planet: new RegExp(`(?:^|[^\\p{L}])(?:${sp(lx.planetContext)})\\s+(?:la\\s+planète\\s+)?$`, 'iu'),
    };
  }
  return patterns;
}

const MARS = /^mars$/i;
const TIME_BEFORE = /(?:en|de|d'|fin|début|mi-|mois\s+de|depuis|courant|jusqu'en|avant|après|dès|le|au)\s*$/iu;

export class DateInNameRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const dropped = results.filter((r) => this.inName(context.text, r));
    // what other parsers read inside a dropped name ("mars" of "Mouvement du 23 mars") goes too
    return results.filter((r) => !dropped.some((d) => d.index <= r.index && r.index + r.text.length <= d.index + d.text.length));
  }

  private inName(text: string, r: ParsingResult): boolean {
    const s = r.start;
    if (!s.isCertain('month') || r.end) return false;
    const start = r.index;
    const end = start + r.text.length;
    const before = text.slice(Math.max(0, start - 40), start);
    const { head, planet } = compiled();
    if (s.isCertain('day')) {
      // a name is written as one: the head or the month capitalized ("rue du 4 Septembre", "Mouvement du 23 mars")
      // the head pattern ends with "du", "de la" or "des": a cheap test first
      const m = /(?:du|la|des)\s*$/i.test(before) ? head.exec(before) : null;
      return m !== null && (/\p{Lu}/u.test(m[1][0]) || /\p{Lu}/u.test(r.text.replace(/^\P{L}*(?:le\s+)?[\d\s]*/iu, '')[0] ?? ''));
    }
    if (s.isCertain('year')) return false;
    // a month alone, hyphenated to a word: part of a name ("Mai-Ndombe")
    const word = r.text.replace(/^(?:en|de|d'|du|fin|début|mi-?|mois\s+de)\s*/iu, '');
    const after = /^-(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1];
    const beforeWord = before.endsWith('-') ? /(\p{L}+)-$/u.exec(before)?.[1] : undefined;
    const nameLike = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w) && monthNumber(w) === undefined;
    if (/^\p{Lu}/u.test(word) && (nameLike(after) || nameLike(beforeWord))) return true;
    if (!MARS.test(word)) return false;
    if (/planète\s+$/iu.test(before)) return true;
    // capitalized "Mars" after a planet word, or mid-sentence after a word that is no time preposition
    if (!/^M/.test(word)) return false;
    return planet.test(before) || (/\p{Ll}\s+$/u.test(before) && !TIME_BEFORE.test(before));
  }
}
