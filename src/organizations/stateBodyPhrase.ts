/**
 * "l'armée nationale malienne", "le gouvernement de transition": a state body's head and one or
 * two qualifiers, read by code at the positions the word gate gives, with the backtracking of
 * the regex stateBodies.ts keeps for the texts it scans in full (the qualifiers alternate ~600
 * adjective forms: a ~6,600-character regex compiled on the first document).
 */
import { byFirstUnit, entryEnd, noWordUnitAt } from './runningText.js';
import { SPACE, unitClass } from './unitClasses.js';

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
  if (k >= s.length || (unitClass(s.charCodeAt(k)) & SPACE) === 0) return -1;
  while (k < s.length && (unitClass(s.charCodeAt(k)) & SPACE) !== 0) k++;
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
