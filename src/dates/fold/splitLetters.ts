/**
 * Words split by spaces in scraped text: "l e 3 mai", "m a i 2024", "le 3 ju in". A run of
 * single letters is joined when the result is a date word ("l e" → "le"; "il y a" stays, "ya"
 * is none); two fragments are joined when they make a month or weekday and neither is a word
 * of its own ("ju in" → "juin", but "en mai" is left alone).
 */
import type { Edit } from './folded.js';
import { lexicon } from '../lexicon.js';

/** Short words that may precede a date and may appear letter-spaced. */
const FUNCTION_WORDS = ['le', 'la', 'les', 'du', 'au', 'en', 'de', 'des', 'er', 'depuis', 'dernier', 'prochain', 'fin', 'début'];
const COMMON = new Set(['a', 'à', 'y', 'l', 'd', 'le', 'la', 'les', 'de', 'du', 'des', 'en', 'et', 'ou', 'un', 'une', 'au', 'il', 'on', 'se', 'ce', 'sa', 'son', 'mon', 'ma', 'ne', 'si', 'ni', 'par', 'sur', 'pour', 'mai', 'mars', 'vers', 'dans', 'est', 'sont', 'car', 'mais', 'tout', 'di', 'ven']);
const CANDIDATE = /(?<![\p{L}])\p{L}(?: \p{L}){1,9}(?![\p{L}])|(?<![\p{L}])\p{L}{1,6} \p{L}{1,7}(?![\p{L}])/gu;

let dateWords: Set<string> | null = null;
let calendarWords: Set<string> | null = null;

function words(): { date: Set<string>; calendar: Set<string> } {
  if (!dateWords || !calendarWords) {
    const lx = lexicon();
    calendarWords = new Set([...Object.keys(lx.months), ...Object.keys(lx.weekdays)].filter((w) => !w.includes('.')));
    dateWords = new Set([...calendarWords, ...FUNCTION_WORDS]);
  }
  return { date: dateWords, calendar: calendarWords };
}

export function splitLetterEdits(text: string): Edit[] {
  // cheap gate: a lone letter between spaces, or a space inside what may be a month name
  if (!/(?:^|\s)\p{L} \p{L}|\p{L} \p{L}/u.test(text)) return [];
  const { date, calendar } = words();
  const edits: Edit[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    const parts = m[0].split(' ');
    const joined = parts.join('');
    const lower = joined.toLowerCase();
    const singles = parts.every((p) => p.length === 1);
    const ok = singles
      ? date.has(lower)
      : parts.length === 2 && calendar.has(lower) && parts.every((p) => !COMMON.has(p.toLowerCase()) && !date.has(p.toLowerCase()));
    if (ok) edits.push({ start, end: start + m[0].length, replacement: joined });
  }
  return edits;
}
