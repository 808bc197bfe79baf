/**
 * "l'armée nationale malienne", "le gouvernement de transition": a state body's head and one or
 * two qualifiers, read by code at the positions the word gate gives, with the backtracking of
 * the regex stateBodies.ts keeps for the texts it scans in full (the qualifiers alternate ~600
 * adjective forms: a ~6,600-character regex compiled on the first document).
 */
import { byFirstUnit, entryEnd, noWordUnitAt } from './runningText.js';
import { LETTER, MARK, UPPER, isSpaceAt, skipSpaces, unitClass } from './unitClasses.js';

export interface StateBodyLexicon {
  /** heads and qualifiers by first unit, each list in the regex alternation's order */
  heads: Map<number, string[]>;
  qualifiers: Map<number, string[]>;
}

/** @param heads, qualifiers: in the alternation's order (adjectives longest first, then complements longest first) */
export function stateBodyLexicon(heads: string[], qualifiers: string[]): StateBodyLexicon {
  return { heads: byFirstUnit(heads), qualifiers: byFirstUnit(qualifiers) };
}

/** End of the spaces and a qualifier after k, each qualifier that fits in turn; calls `rest` with its end until it accepts one. */
function qualifierThen(s: string, k: number, lex: StateBodyLexicon, rest: (e: number) => number): number {
  if (!isSpaceAt(s, k)) return -1;
  k = skipSpaces(s, k);
  const list = lex.qualifiers.get(s.charCodeAt(k));
  if (!list) return -1;
  for (const q of list) {
    const e = entryEnd(s, k, q);
    if (e < 0) continue;
    const end = rest(e);
    if (end >= 0) return end;
  }
  return -1;
}

/** End of the state body starting at p of s, as the sticky regex reads it there; -1 when none. */
export function stateBodyAt(s: string, p: number, lex: StateBodyLexicon): number {
  if (!noWordUnitAt(s, p - 1)) return -1;
  const heads = lex.heads.get(s.charCodeAt(p));
  if (!heads) return -1;
  const edge = (e: number): number => (noWordUnitAt(s, e) ? e : -1);
  // {1,2}, greedy: a second qualifier is tried before the phrase ends on the first
  const second = (e: number): number => {
    const two = qualifierThen(s, e, lex, edge);
    return two >= 0 ? two : edge(e);
  };
  for (const h of heads) {
    const e = entryEnd(s, p, h);
    if (e < 0) continue;
    const end = qualifierThen(s, e, lex, second);
    if (end >= 0) return end;
  }
  return -1;
}

/** de|du|d' as the regex alternates them after the head: "du", "des", "de la", "de l'", "d'". */
function afterOf(s: string, k: number): number {
  if (s.charCodeAt(k) !== 100) return -1;
  if (s.startsWith('u', k + 1)) return k + 2;
  if (s.startsWith('es', k + 1)) return k + 3;
  if (s.charCodeAt(k + 1) === 101 && isSpaceAt(s, k + 2)) {
    const q = skipSpaces(s, k + 2);
    if (s.startsWith('la', q)) return q + 2;
    if (s.charCodeAt(q) === 108 && isApostropheAt(s, q + 1)) return q + 2;
  }
  if (isApostropheAt(s, k + 1)) return k + 2;
  return -1;
}

const isApostropheAt = (s: string, k: number): boolean => s.charCodeAt(k) === 39 || s.charCodeAt(k) === 0x2019;
/** [\p{L}\p{M}'’-] */
const isNameUnit = (c: number): boolean => (unitClass(c) & (LETTER | MARK)) !== 0 || c === 39 || c === 0x2019 || c === 45;

/** End of a run of name units from k (k itself when there is none). */
function nameRunEnd(s: string, k: number): number {
  while (k < s.length && isNameUnit(s.charCodeAt(k))) k++;
  return k;
}

/**
 * "le gouvernement du Qatar": a head, de/du/d', and up to four words opening with a capital (the
 * caller checks that they start with a country), as the sticky regex reads it at p: the match
 * and the words' group, or null.
 */
export function ofCountryAt(s: string, p: number, lex: StateBodyLexicon): [number, number][] | null {
  if (!noWordUnitAt(s, p - 1)) return null;
  const heads = lex.heads.get(s.charCodeAt(p));
  if (!heads) return null;
  for (const h of heads) {
    const e = entryEnd(s, p, h);
    if (e < 0 || !isSpaceAt(s, e)) continue;
    let q = afterOf(s, skipSpaces(s, e));
    if (q < 0) continue;
    q = skipSpaces(s, q);
    // \p{Lu} then one name unit or more, then up to three runs after spaces, greedy
    if (q >= s.length || (unitClass(s.charCodeAt(q)) & UPPER) === 0) continue;
    let end = nameRunEnd(s, q + 1);
    if (end === q + 1) continue;
    for (let n = 0; n < 3 && isSpaceAt(s, end); n++) {
      const w = skipSpaces(s, end);
      const next = nameRunEnd(s, w);
      if (next === w) break;
      end = next;
    }
    return [[p, end], [q, end]];
  }
  return null;
}
