/**
 * Words split by spaces in scraped text: "l e 3 mai", "m a i 2024", "le 3 ju in". A run of
 * single letters is joined when the result is a date word ("l e" → "le"; "il y a" stays, "ya"
 * is none); two fragments are joined when they make a month or weekday and neither is a word
 * of its own ("ju in" → "juin", but "en mai" is left alone). Only near a number: a split word
 * matters in a date, and scanning every word pair of a long text would cost more than chrono.
 */
import type { Edit } from './folded.js';
import { alternation, lexicon } from '../lexicon.js';
import { isLetterCode, isRegexSpace } from '../chars.js';

/** Short words that may precede a date and may appear letter-spaced. */
const FUNCTION_WORDS = ['le', 'la', 'les', 'du', 'au', 'en', 'de', 'des', 'er', 'depuis', 'dernier', 'prochain', 'fin', 'début'];
const COMMON = new Set(['a', 'à', 'y', 'l', 'd', 'le', 'la', 'les', 'de', 'du', 'des', 'en', 'et', 'ou', 'un', 'une', 'au', 'il', 'on', 'se', 'ce', 'sa', 'son', 'mon', 'ma', 'ne', 'si', 'ni', 'par', 'sur', 'pour', 'mai', 'mars', 'vers', 'dans', 'est', 'sont', 'car', 'mais', 'tout', 'di', 'ven']);
/** A run of single letters between spaces ("l e", "m a i"). */
const SINGLES = /(?:^|[^a-zA-Z\u00C0-\u024F])([a-zA-Z\u00C0-\u024F](?: [a-zA-Z\u00C0-\u024F]){1,9})(?![a-zA-Z\u00C0-\u024F])/g;
/** Latin letters (the only ones month names are written in), without the slow /u classes. */
const LETTER = 'a-zA-Z\\u00C0-\\u024F';

let dateWords: Set<string> | null = null;
let splitRe: RegExp | null = null;

/** Every month and weekday name cut in two by one space ("ju in", "mar di"), as one regex. */
function splitCalendarRe(calendar: string[]): RegExp {
  const forms: string[] = [];
  for (const w of calendar) {
    for (let i = 1; i < w.length; i++) {
      const a = w.slice(0, i);
      const b = w.slice(i);
      if (!COMMON.has(a) && !COMMON.has(b) && !calendar.includes(a) && !calendar.includes(b)) forms.push(`${a} ${b}`);
    }
  }
  return new RegExp(`(?:^|[^${LETTER}])(${alternation(forms)})(?![${LETTER}])`, 'gi');
}

function vocabulary(): { date: Set<string>; split: RegExp } {
  if (!dateWords || !splitRe) {
    const lx = lexicon();
    const calendar = [...Object.keys(lx.months), ...Object.keys(lx.weekdays)].filter((w) => !w.includes('.'));
    dateWords = new Set([...calendar, ...FUNCTION_WORDS]);
    splitRe = splitCalendarRe(calendar);
  }
  return { date: dateWords, split: splitRe };
}

/** How far from a number a split word is looked for: it matters only in a date ("l e 3 ju in"). */
const REACH = 24;
const NUMBER = /\d+/g;

export function splitLetterEdits(text: string): Edit[] {
  const { date, split } = vocabulary();
  const found = new Map<number, Edit>();
  let scannedTo = 0;
  for (const n of text.matchAll(NUMBER)) {
    const at = n.index ?? 0;
    const end = at + n[0].length;
    if (!(at > 0 && isRegexSpace(text.charCodeAt(at - 1))) && !(end < text.length && isRegexSpace(text.charCodeAt(end)))) continue;
    // windows around numbers, each part of the text scanned once
    // window edges on word boundaries, so that a cut word ("c|e n'est") is not taken for a letter
    let from = Math.max(scannedTo, at - REACH);
    while (from > scannedTo && isLetterCode(text.charCodeAt(from - 1))) from--;
    let to = Math.min(text.length, end + REACH);
    while (to < text.length && isLetterCode(text.charCodeAt(to))) to++;
    if (from >= to) continue;
    const window = text.slice(from, to);
    scannedTo = to;
    // exec loops, not matchAll: matchAll clones the regex, and this one is a large alternation
    let m: RegExpExecArray | null;
    SINGLES.lastIndex = 0;
    while ((m = SINGLES.exec(window))) {
      const joined = m[1].replace(/ /g, '');
      const start = from + m.index + m[0].length - m[1].length;
      if (date.has(joined.toLowerCase())) found.set(start, { start, end: start + m[1].length, replacement: joined });
    }
    split.lastIndex = 0;
    while ((m = split.exec(window))) {
      const start = from + m.index + m[0].length - m[1].length;
      if (!found.has(start)) found.set(start, { start, end: start + m[1].length, replacement: m[1].replace(' ', '') });
    }
  }
  // keep the first of any overlapping pair
  const edits = [...found.values()].sort((a, b) => a.start - b.start);
  return edits.filter((e, i) => i === 0 || e.start >= edits[i - 1].end);
}
