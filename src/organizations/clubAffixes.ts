/**
 * Sports clubs named with a club abbreviation: before the name ("HC Slovan Bratislava", "US
 * Créteil", "FK Partizan", "SK Slavia Prague") or after it ("Luleå HF", "Mora IK", "Amiens SC").
 * The abbreviations are data (data/organizations/club-affixes.json). The name is one to three
 * capitalized words (or a number: "Schalke 04") written right next to the abbreviation.
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { alternation } from '../text/normalize.js';

interface ClubAffixes {
  prefixes: string[];
  suffixes: string[];
  notNames: string[];
}

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*\\p{L}|\\p{Lu}";
const SP = '[\\s\\u00a0]';
/** capitalized words that begin a sentence or a phrase and name no club */
const FUNCTION = new Set(['Un', 'Une', 'Des', 'Du', 'De', 'Et', 'Au', 'Aux', 'En', 'À', 'Ce', 'Cette', 'Il', 'Elle', 'Selon', 'Pour', 'Avec', 'Dans', 'Sur', 'Par']);

let patterns: { before: RegExp; after: RegExp; notNames: Set<string> } | null = null;

function load() {
  if (patterns) return patterns;
  const d = loadJson<ClubAffixes>('organizations/club-affixes.json');
  const pre = alternation(d.prefixes);
  const suf = alternation(d.suffixes);
  patterns = {
    // the prefix, then one to three capitalized words or a two-digit number
    before: new RegExp(`(?<![\\p{L}\\p{N}&-])(?:${pre})(?:${SP}(?:${WORD})){1,3}(?:${SP}\\d{2})?(?![\\p{L}\\p{N}&])`, 'gu'),
    // one or two capitalized words, then the suffix
    after: new RegExp(`(?<![\\p{L}\\p{N}&'’-])(?:(?:${WORD})${SP}){1,2}(?:${suf})(?![\\p{L}\\p{N}&'’-])`, 'gu'),
    notNames: new Set(d.notNames),
  };
  return patterns;
}

export function clubAffixes(text: string, r: Span, out: OrganizationMention[]): void {
  const { before, after, notNames } = load();
  const slice = text.slice(r.start, r.end);
  const push = (s: number, e: number) => out.push({ start: r.start + s, end: r.start + e, normalized: slice.slice(s, e).replace(/[\s\u00a0]+/g, ' '), acronym: null });
  before.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = before.exec(slice)) !== null) {
    const words = m[0].split(/[\s\u00a0]+/);
    if (notNames.has(words[1]) || FUNCTION.has(words[1])) continue;
    // a line in capitals ("AS LE DÉCLARE") is no club's name: the name has a lower-case letter or a number
    if (!words.slice(1).some((w) => /\p{Ll}|^\d+$/u.test(w))) continue;
    push(m.index, m.index + m[0].length);
  }
  after.lastIndex = 0;
  while ((m = after.exec(slice)) !== null) {
    let s = m.index;
    let words = m[0].split(/[\s\u00a0]+/);
    // "Selon Mora IK": drop a leading function word ("Le Havre AC" keeps its article: "Le", "La" are not in the list)
    while (words.length > 1 && FUNCTION.has(words[0])) {
      s += slice.slice(s).indexOf(words[1]);
      words = words.slice(1);
    }
    if (words.length < 2 || !words.slice(0, -1).some((w) => /\p{Ll}/u.test(w))) continue;
    push(s, m.index + m[0].length);
  }
}
