/**
 * Military, gendarmerie and police grades. The grade list is data (data/ranks/ranks.json);
 * this module decides when an ambiguous word is a grade: "le général Camara" is one,
 * "secrétaire général", "en général" and "Chefs d’État-Major Général" are not, nor is the
 * captain of a football team.
 */
import type { RankMention, Span } from '../mentions.js';
import { loadJson } from '../data.js';
import { escapeRegExp, straightenApostrophes } from '../text/normalize.js';
import { lazyRegExp } from '../text/lazyRegExp.js';
import { LexiconMatcher } from '../text/lexiconMatcher.js';
import { foldWord } from '../text/fold.js';
import { FoldedWordFilter } from '../text/foldedWordFilter.js';
import { PAIR_UNKNOWN, tokenPairs } from '../text/tokenPairs.js';
import { firstTokenEndingAfter, wordGates } from '../text/anchorGate.js';
import { tokenTableOf } from '../text/tokenTable.js';
import { lowerBound } from '../text/anchorScan.js';
import { isBlank } from '../text/blank.js';

interface GradeGroup { service: string; forms: string[]; ambiguous?: string[] }
interface RankData { grades: GradeGroup[]; abbreviations: Record<string, string> }
interface AmbiguityData { functionBefore: string[]; determiners: string[]; functionAfter: string[]; sportsContext: string[] }

interface Lexicon {
  matcher: LexiconMatcher;
  /** The folded first words of the forms (the matcher's trie roots): the document-wide gate. */
  firstWords: FoldedWordFilter;
  /** Folded forms of one word ("colonel", "gén"), and the first two folded words of the others ("general de"). */
  oneWord: Set<string>;
  twoWords: Set<string>;
  byKey: Map<string, { normalized: string; service: string | null; ambiguous: boolean; abbreviation: boolean }>;
  functionBefore: Set<string>;
  determiners: Set<string>;
  functionAfter: Set<string>;
  sports: () => RegExp;
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
  // the words of each form as the matcher reads them (its WORD runs, folded)
  const firstWords = new Set<string>();
  const oneWord = new Set<string>();
  const twoWords = new Set<string>();
  for (const f of forms) {
    const words = (f.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(foldWord);
    if (words.length === 0) continue;
    firstWords.add(words[0]);
    if (words.length === 1) oneWord.add(words[0]);
    else twoWords.add(words[0] + ' ' + words[1]);
  }
  lexicon = {
    matcher: new LexiconMatcher(forms),
    firstWords: new FoldedWordFilter(firstWords),
    oneWord,
    twoWords,
    byKey,
    functionBefore: new Set(amb.functionBefore),
    determiners: new Set(amb.determiners),
    functionAfter: new Set(amb.functionAfter),
    sports: lazyRegExp(`(?<![\\p{L}])(?:${amb.sportsContext.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
  };
  return lexicon;
}

export function recognizeRanks(text: string, sentences: Span[]): RankMention[] {
  const out: RankMention[] = [];
  const lex = load();
  const gate = sentenceGate(text, lex);
  for (const sent of sentences) {
    if (gate ? !gate(sent.start, sent.end) : !lex.matcher.mayMatchIn(text, sent.start, sent.end)) continue;
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

/**
 * A document-wide gate for the matcher, instead of its own (mayMatchIn) once per sentence: the
 * words where a form may start, found in one pass over the token table. A word is one when it
 * may open a form by its first two folded letters and its characters, and then, folded, is a
 * form of one word ("colonel") or opens a longer one with the next word ("général de",
 * "sous lieutenant"): "premier", "contre" or the "s" of "s'est" mostly do not, so a sentence
 * is read only where a grade may be. A sentence is also read when a word straddles one of its
 * ends (the matcher reads a cut word). Each test is a necessary condition of a match, so the
 * ranks found are the same. Null when the matcher's gate does not apply (surrogates: the
 * matcher has its own words there; gates turned off).
 */
function sentenceGate(text: string, lex: Lexicon): ((start: number, end: number) => boolean) | null {
  const table = tokenTableOf(text);
  if (table.hasSurrogates || !wordGates()) return null;
  const codes = tokenPairs(table);
  const pairs = lex.firstWords.pairTable(false);
  const candidates: number[] = [];
  for (let i = 0; i < table.length; i++) {
    if (codes[i] !== PAIR_UNKNOWN && pairs[codes[i]] === 0) continue;
    if (!lex.firstWords.mayBe(text, table.start[i], table.end[i])) continue;
    const w = table.folded(i);
    if (lex.oneWord.has(w) || (i + 1 < table.length && lex.twoWords.has(w + ' ' + table.folded(i + 1)))) candidates.push(table.start[i]);
  }
  const starts = Int32Array.from(candidates);
  return (start, end) => {
    const i = firstTokenEndingAfter(table, start);
    if (i < table.length && table.start[i] < start) return true;
    const j = firstTokenEndingAfter(table, end);
    if (j < table.length && table.start[j] < end && table.end[j] > end) return true;
    // a candidate word starting in [start, end)
    const k = lowerBound(starts, start);
    return k < starts.length && starts[k] < end;
  };
}

const PREVIOUS_WORD = /([\p{L}\p{M}-]+)['’]?\s*$/u;

/**
 * The word before `pos` (within 40 units, not before `from`), lower case: the run of letters,
 * marks and hyphens that the spaces and one apostrophe before `pos` follow. Read backwards from
 * `pos` (the regex it stands for, kept for text with surrogates, tries every start of the window).
 */
export function previousWord(text: string, from: number, pos: number): string {
  const lo = Math.max(from, pos - 40);
  let k = pos;
  while (k > lo && isBlank(text.charCodeAt(k - 1))) k--;
  if (k > lo && (text.charCodeAt(k - 1) === 39 || text.charCodeAt(k - 1) === 0x2019)) k--;
  const end = k;
  let astral = false;
  while (k > lo) {
    const c = text.charCodeAt(k - 1);
    if (c >= 0xd800 && c <= 0xdfff) {
      astral = true;
      break;
    }
    if (c !== 45 && !isLetterOrMark(c)) break;
    k--;
  }
  if (astral) {
    const m = PREVIOUS_WORD.exec(text.slice(lo, pos));
    return m ? m[1].toLowerCase() : '';
  }
  return k < end ? text.slice(k, end).toLowerCase() : '';
}

// per UTF-16 unit (not a surrogate): 0 not yet known, 1 neither, 2 a letter or a mark
const letterOrMark = new Uint8Array(65536);
function isLetterOrMark(c: number): boolean {
  let k = letterOrMark[c];
  if (k === 0) letterOrMark[c] = k = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

function isGradeInContext(text: string, sent: Span, start: number, end: number, normalized: string, abbreviation: boolean, lex: Lexicon): boolean {
  const prev = previousWord(text, sent.start, start);
  if (lex.functionBefore.has(prev)) return false;
  // "33 cl Heineken": after a number an abbreviation is a unit, not a grade
  if (abbreviation && /\d[\s\u00a0]*$/u.test(text.slice(Math.max(sent.start, start - 3), start))) return false;
  if (normalized === 'capitaine' && lex.sports().test(text.slice(sent.start, sent.end))) return false;
  const after = text.slice(end, Math.min(sent.end, end + 60));
  const nameFollows = /^,?[\s\u00a0]+(?:\p{Lu}[\p{L}\p{M}'’-]*)/u.test(after) && !/^,?[\s\u00a0]+(?:Le|La|Les|Il|Elle|Ce|Cette|De|Du|Des|En|Et|À|Au|Aux|Un|Une)\b/u.test(after);
  if (abbreviation) return nameFollows;
  const nextWord = /^[\s\u00a0]*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  // "le général de Gaulle": a particle and a capital after a bare "général" is a name, not a
  // complement ("commandant de Barkhane" stays a function: only grades that are never one)
  if (normalized === 'général' && /^[\s\u00a0]+(?:de|d['’])[\s\u00a0]*\p{Lu}/u.test(after)) return true;
  // "le maréchal de Lattre", "le maréchal de Mac-Mahon" likewise, but "maréchal de France" is the dignity
  if (normalized === 'maréchal' && /^[\s\u00a0]+(?:de|d['’])[\s\u00a0]*\p{Lu}/u.test(after) && !/^[\s\u00a0]+de[\s\u00a0]+France(?![\p{L}])/u.test(after)) return true;
  if (lex.functionAfter.has(nextWord)) return false;
  if (nameFollows) return true;
  if (lex.determiners.has(prev)) return true;
  return false;
}
