/**
 * French date vocabulary, loaded once from data/dates/fr.json (a data change adds a month
 * abbreviation or a quantity noun). Loading is lazy so that importing the library stays cheap.
 */
import { readFileSync } from 'node:fs';
import { alternation } from '../text/normalize.js';

interface RawLexicon {
  months: Record<string, number>;
  datelineMonths: Record<string, number>;
  weekdays: Record<string, number>;
  seasons: Record<string, string>;
  ordinals: Record<string, number>;
  numbers: Record<string, number | null>;
  decadeWords: Record<string, number>;
  units: Record<string, string>;
  quantityNouns: string[];
  holidays: Record<string, string>;
  centuries: Record<string, number>;
  cardinalUnits: Record<string, number>;
  cardinalTens: Record<string, number>;
  durationHeads: Record<string, 'ago' | 'later' | 'since'>;
  nameHeads: string[];
  planetContext: string[];
  pastEventNouns: string[];
  plannedBefore: string[];
  partOfDayAfter: string[];
}

export interface Lexicon extends RawLexicon {
  /** Regex alternation (longest first, escaped) for each dictionary. */
  monthRe: string;
  weekdayRe: string;
  seasonRe: string;
  ordinalRe: string;
  numberRe: string;
  decadeWordRe: string;
  holidayRe: string;
  centuryWordRe: string;
  quantityNounSet: Set<string>;
  pastEventNounRe: string;
  plannedBeforeRe: string;
}

let cached: Lexicon | null = null;


// the dates' parsers import it from here with the lexicon
export { alternation };

export function lexicon(): Lexicon {
  if (cached) return cached;
  const raw = JSON.parse(
    readFileSync(new URL('../../data/dates/fr.json', import.meta.url), 'utf8'),
  ) as RawLexicon;
  cached = {
    ...raw,
    monthRe: alternation(Object.keys(raw.months)),
    weekdayRe: alternation(Object.keys(raw.weekdays)),
    seasonRe: alternation(Object.keys(raw.seasons)),
    ordinalRe: alternation(Object.keys(raw.ordinals)),
    numberRe: alternation(Object.keys(raw.numbers)),
    decadeWordRe: alternation(Object.keys(raw.decadeWords)),
    holidayRe: alternation(Object.keys(raw.holidays)),
    centuryWordRe: alternation(Object.keys(raw.centuries)),
    quantityNounSet: new Set(raw.quantityNouns.map((w) => w.toLowerCase())),
    pastEventNounRe: alternation(raw.pastEventNouns),
    plannedBeforeRe: alternation(raw.plannedBefore),
  };
  return cached;
}

export function monthNumber(word: string): number | undefined {
  return lexicon().months[word.toLowerCase()];
}

export function weekdayNumber(word: string): number | undefined {
  return lexicon().weekdays[word.toLowerCase()];
}

/** "1er" → 1, "15" → 15; null when not a day of month. */
export function dayNumber(token: string): number | null {
  const n = parseInt(token, 10);
  return n >= 1 && n <= 31 ? n : null;
}

/** Two-digit years as newspapers write them ("octobre 98", "le 10 novembre 93"). */
export function expandYear(token: string): number {
  const n = parseInt(token, 10);
  if (token.length > 2) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}
