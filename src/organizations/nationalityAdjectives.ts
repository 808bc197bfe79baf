/**
 * Adjectives of nationality ("slovène", "tchèque", "grecque"), read from the state bodies' list
 * (data/organizations/state-bodies.json) with their plurals: a name's last adjective when its
 * ending says nothing of being one ("Parti démocratique slovène", "Ligue nationale tchèque").
 */
import { loadJson } from '../data.js';

let adjectives: Set<string> | null = null;

/** Whether `word` (lower case) is an adjective of nationality, in any gender and number. */
export function isNationalityAdjective(word: string): boolean {
  if (!adjectives) {
    adjectives = new Set();
    for (const line of loadJson<{ adjectives: string[] }>('organizations/state-bodies.json').adjectives) {
      for (const f of line.split(/\s+/).filter(Boolean)) {
        adjectives.add(f);
        if (!/[sx]$/.test(f)) adjectives.add(/al$/.test(f) ? `${f.slice(0, -2)}aux` : `${f}s`);
      }
    }
  }
  return adjectives.has(word);
}
