/**
 * State bodies written in lower case: "le gouvernement malien", "l'armée nigérienne", "la
 * gendarmerie nationale", "le gouvernement de transition". For an analyst these are actors as much
 * as "les FAMa" are; a bare head ("le gouvernement", "l'armée") says whose body only through
 * the context, so it is left alone. Heads and adjectives are data (data/organizations/state-bodies.json).
 */
import type { OrganizationMention, Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { escapeRegExp } from '../text/normalize.js';

interface StateBodyData { heads: string[]; complements: string[]; adjectives: string[] }

let pattern: RegExp | null = null;

/** Masculine and feminine singular as listed, and their plurals (+s, -al → -aux). */
function inflections(forms: string[]): string[] {
  const out = new Set<string>();
  for (const line of forms) {
    for (const f of line.split(/\s+/).filter(Boolean)) {
      out.add(f);
      if (/[sx]$/.test(f)) continue;
      out.add(/al$/.test(f) ? `${f.slice(0, -2)}aux` : `${f}s`);
    }
  }
  return [...out];
}

/** Alternation, longest first, with flexible spaces and apostrophes. */
function alternation(items: string[]): string {
  return [...items]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRegExp(s).replace(/ /g, '[\\s\\u00a0]+').replace(/'/g, "['’][\\s\\u00a0]*"))
    .join('|');
}

function load(): RegExp {
  if (pattern) return pattern;
  const d = loadJson<StateBodyData>('organizations/state-bodies.json');
  const qualifier = `(?:${alternation(inflections(d.adjectives))}|${alternation(d.complements)})`;
  // the head in lower case as written, then one or two qualifiers ("l'armée nationale malienne")
  pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(d.heads)})(?:[\\s\\u00a0]+${qualifier}){1,2}(?![\\p{L}\\p{N}-])`, 'gu');
  return pattern;
}

export function stateBodies(text: string, r: Span, out: OrganizationMention[]): void {
  const re = load();
  const slice = text.slice(r.start, r.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const s = r.start + m.index;
    out.push({ start: s, end: s + m[0].length, normalized: m[0].replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'"), acronym: null });
  }
}
