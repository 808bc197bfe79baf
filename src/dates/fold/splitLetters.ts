/**
 * Words split by spaces in scraped text: "l e 3 mai", "m a i 2024", "le 3 ju in". A run of
 * single letters is joined when the result is a date word ("l e" → "le"; "il y a" stays, "ya"
 * is none); two fragments are joined when they make a month or weekday and neither is a word
 * of its own ("ju in" → "juin", but "en mai" is left alone).
 */
import type { Edit } from './folded.js';
import { alternation, lexicon } from '../lexicon.js';

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

export function splitLetterEdits(text: string): Edit[] {
  const { date, split } = vocabulary();
  const edits: Edit[] = [];
  for (const m of text.matchAll(SINGLES)) {
    const joined = m[1].replace(/ /g, '');
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    if (date.has(joined.toLowerCase())) edits.push({ start, end: start + m[1].length, replacement: joined });
  }
  for (const m of text.matchAll(split)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    edits.push({ start, end: start + m[1].length, replacement: m[1].replace(' ', '') });
  }
  // the two kinds never overlap (a split calendar word has a fragment of two letters or more
  // unless the word is two letters long); keep the first of any that would
  edits.sort((a, b) => a.start - b.start);
  return edits.filter((e, i) => i === 0 || e.start >= edits[i - 1].end);
}
