/**
 * "les Bruins de Boston", "l'Olympique de Marseille": an article, a nickname of one or two
 * capitalized words, de/du/d', an optional l'/la, and a place of one to three capitalized
 * words. Read by code at the positions teamNames.ts gates, with the backtracking of its regex
 * (kept there for the texts it scans in full): one regex fewer with Unicode classes to compile
 * on the first document.
 */
import { LETTER, MARK, SPACE, UPPER, unitClass } from './unitClasses.js';

/** Where the phrase ends and its two groups (the nickname, the place) start and end. */
export interface TeamMatch {
  end: number;
  team: [number, number];
  place: [number, number];
}

/** The article alternatives in the regex's order, each followed by one space or more. */
const ARTICLES = ['les', 'des', 'aux', 'le', 'du', 'au', 'Les', 'Le'];
/** de|du|d['’], in the regex's order (the apostrophe one is tried last). */
const OF = ['de', 'du'];

const isSpace = (s: string, k: number): boolean => k < s.length && (unitClass(s.charCodeAt(k)) & SPACE) !== 0;
const isApostrophe = (s: string, k: number): boolean => s.charCodeAt(k) === 39 || s.charCodeAt(k) === 0x2019;

function spacesFrom(s: string, k: number): number {
  while (isSpace(s, k)) k++;
  return k;
}

/** A name word at k: a capital, then one or more letters, marks, apostrophes or hyphens; its end, or -1. */
function wordEnd(s: string, k: number): number {
  if (k >= s.length || (unitClass(s.charCodeAt(k)) & UPPER) === 0) return -1;
  let e = k + 1;
  while (e < s.length) {
    const c = s.charCodeAt(e);
    if ((unitClass(c) & (LETTER | MARK)) === 0 && c !== 39 && c !== 0x2019 && c !== 45) break;
    e++;
  }
  // a run never gives back: what must follow it (a space, or nothing) is none of its characters
  return e > k + 1 ? e : -1;
}

/** The place at k: a word, then up to two more each after one space, greedy; its end, or -1. */
function placeEnd(s: string, k: number): number {
  let e = wordEnd(s, k);
  if (e < 0) return -1;
  for (let n = 0; n < 2 && isSpace(s, e); n++) {
    const next = wordEnd(s, e + 1);
    if (next < 0) break;
    e = next;
  }
  return e;
}

/** After the nickname (ending at k): spaces, de/du/d', an optional l'/la, and the place. */
function ofPlace(s: string, k: number): [number, number] | null {
  if (!isSpace(s, k)) return null;
  const o = spacesFrom(s, k);
  const afterOf: number[] = [];
  for (const w of OF) if (s.startsWith(w, o)) afterOf.push(o + 2);
  if (s.charCodeAt(o) === 100 && isApostrophe(s, o + 1)) afterOf.push(o + 2);
  for (const a of afterOf) {
    const q = spacesFrom(s, a);
    // (?:l['’]\s*|la\s+)? — tried with the article first
    if (s.charCodeAt(q) === 108) {
      if (isApostrophe(s, q + 1)) {
        const p = spacesFrom(s, q + 2);
        const e = placeEnd(s, p);
        if (e >= 0) return [p, e];
      }
      if (s.charCodeAt(q + 1) === 97 && isSpace(s, q + 2)) {
        const p = spacesFrom(s, q + 2);
        const e = placeEnd(s, p);
        if (e >= 0) return [p, e];
      }
    }
    const e = placeEnd(s, q);
    if (e >= 0) return [q, e];
  }
  return null;
}

/** The team phrase at p of s, as the sticky regex reads it there; null when none. */
export function teamAt(s: string, p: number): TeamMatch | null {
  if (p > 0 && (unitClass(s.charCodeAt(p - 1)) & LETTER) !== 0) return null;
  const starts: number[] = [];
  for (const a of ARTICLES) if (s.startsWith(a, p) && isSpace(s, p + a.length)) starts.push(spacesFrom(s, p + a.length));
  const c = s.charCodeAt(p);
  if ((c === 108 || c === 76 || c === 100 || c === 68) && isApostrophe(s, p + 1)) starts.push(spacesFrom(s, p + 2));
  for (const t of starts) {
    const e1 = wordEnd(s, t);
    if (e1 < 0) continue;
    // a second nickname word after one space is tried first
    if (e1 < s.length && isSpace(s, e1)) {
      const e2 = wordEnd(s, e1 + 1);
      if (e2 >= 0) {
        const place = ofPlace(s, e2);
        if (place) return { end: place[1], team: [t, e2], place };
      }
    }
    const place = ofPlace(s, e1);
    if (place) return { end: place[1], team: [t, e1], place };
  }
  return null;
}
