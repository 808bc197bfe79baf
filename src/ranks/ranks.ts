/**
 * Military, gendarmerie and police grades. The grade list is data (data/ranks/ranks.json);
 * this module decides when an ambiguous word is a grade: "le général Camara" is one,
 * "secrétaire général", "en général" and "Chefs d’État-Major Général" are not, nor is the
 * captain of a football team.
 */
import type { RankMention, Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { escapeRegExp, straightenApostrophes } from '../text/normalize.js';
import { LexiconMatcher } from '../text/lexiconMatcher.js';

interface GradeGroup { service: string; forms: string[]; ambiguous?: string[] }
interface RankData { grades: GradeGroup[]; abbreviations: Record<string, string> }
interface AmbiguityData { functionBefore: string[]; determiners: string[]; functionAfter: string[]; sportsContext: string[] }

interface Lexicon {
  matcher: LexiconMatcher;
  byKey: Map<string, { normalized: string; service: string | null; ambiguous: boolean; abbreviation: boolean }>;
  functionBefore: Set<string>;
  determiners: Set<string>;
  functionAfter: Set<string>;
  sports: RegExp;
}

let lexicon: Lexicon | null = null;

export function rankKey(s: string): string {
  return straightenApostrophes(s).toLowerCase().replace(/[\s\u00a0‐‑-]+/g, ' ');
}

function load(): Lexicon {
  if (lexicon) return lexicon;
  const data = loadJson<RankData>('ranks/ranks.json');
  const amb = loadJson<AmbiguityData>('ranks/ambiguity.json');
  const byKey: Lexicon['byKey'] = new Map();
  const forms: string[] = [];
  for (const g of data.grades) {
    const ambiguous = new Set(g.ambiguous ?? []);
    for (const f of g.forms) {
      if (!byKey.has(rankKey(f))) byKey.set(rankKey(f), { normalized: f.replace(/ (?=chef$)/, '-'), service: g.service, ambiguous: ambiguous.has(f), abbreviation: false });
      forms.push(f);
    }
  }
  for (const [abbr, full] of Object.entries(data.abbreviations)) {
    const base = byKey.get(rankKey(full));
    byKey.set(rankKey(abbr), { normalized: full, service: base?.service ?? null, ambiguous: true, abbreviation: true });
    forms.push(abbr);
  }
  lexicon = {
    matcher: new LexiconMatcher(forms),
    byKey,
    functionBefore: new Set(amb.functionBefore),
    determiners: new Set(amb.determiners),
    functionAfter: new Set(amb.functionAfter),
    sports: new RegExp(`(?<![\\p{L}])(?:${amb.sportsContext.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
  };
  return lexicon;
}

export function recognizeRanks(text: string, sentences: Span[]): RankMention[] {
  const out: RankMention[] = [];
  const lex = load();
  for (const sent of sentences) {
    if (!lex.matcher.mayMatchIn(text, sent.start, sent.end)) continue;
    for (const m of lex.matcher.matches(text, sent.start, sent.end)) {
      const form = m.text;
      const entry = lex.byKey.get(rankKey(form));
      if (!entry) continue;
      const start = m.index;
      const end = start + form.length;
      if (entry.ambiguous && !isGradeInContext(text, sent, start, end, entry.normalized, entry.abbreviation, lex)) continue;
      out.push({ start, end, normalized: entry.normalized.toLowerCase(), service: entry.service });
    }
  }
  return out;
}

function previousWord(text: string, from: number, pos: number): string {
  const before = text.slice(Math.max(from, pos - 40), pos);
  const m = /([\p{L}\p{M}-]+)['’]?\s*$/u.exec(before);
  return m ? m[1].toLowerCase() : '';
}

function isGradeInContext(text: string, sent: Span, start: number, end: number, normalized: string, abbreviation: boolean, lex: Lexicon): boolean {
  const prev = previousWord(text, sent.start, start);
  if (lex.functionBefore.has(prev)) return false;
  // "33 cl Heineken": after a number an abbreviation is a unit, not a grade
  if (abbreviation && /\d[\s\u00a0]*$/u.test(text.slice(Math.max(sent.start, start - 3), start))) return false;
  if (normalized === 'capitaine' && lex.sports.test(text.slice(sent.start, sent.end))) return false;
  const after = text.slice(end, Math.min(sent.end, end + 60));
  const nameFollows = /^,?[\s\u00a0]+(?:\p{Lu}[\p{L}\p{M}'’-]*)/u.test(after) && !/^,?[\s\u00a0]+(?:Le|La|Les|Il|Elle|Ce|Cette|De|Du|Des|En|Et|À|Au|Aux|Un|Une)\b/u.test(after);
  if (abbreviation) return nameFollows;
  const nextWord = /^[\s\u00a0]*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  // "le général de Gaulle": a particle and a capital after a bare "général" is a name, not a
  // complement ("commandant de Barkhane" stays a function: only grades that are never one)
  if (normalized === 'général' && /^[\s\u00a0]+(?:de|d['’])[\s\u00a0]*\p{Lu}/u.test(after)) return true;
  if (lex.functionAfter.has(nextWord)) return false;
  if (nameFollows) return true;
  if (lex.determiners.has(prev)) return true;
  return false;
}
