/**
 * Word tables of the short-text detector, loaded on first use: long French text is settled by
 * the function-word fast path and never loads them. Built by scripts/build-language-lexicons.mjs
 * from redistributable text (data/language/SOURCES.md).
 */
import { loadJson } from '../data.js';

export interface Lexicons {
  /** French word forms (lower case). */
  french: Set<string>;
  /** French forms written without accents, where no French form or other language's word is written so. */
  frenchUnaccented: Set<string>;
  /** French function words: articles, prepositions, pronouns, auxiliaries (hand-written). */
  frenchFunction: Set<string>;
  /** Those every other language writing them uses as a content word ("pour", "par", "car"): French evidence. */
  dominantFunction: Set<string>;
  /** Country and continent names French alone writes so, lower case ("sénégal", "turquie"). */
  names: Set<string>;
  /** word → the other languages that use it. */
  other: Map<string, string[]>;
  /** word → the other languages for which it is a function word. */
  otherFunction: Map<string, string[]>;
  /** Word endings only French uses, longest first (hand-written). */
  frenchEndings: string[];
  /** Those of them no other language in scope writes at all, even on words its table lacks (hand-written). */
  frenchStrongEndings: string[];
  /** French inflectional endings, longest first (hand-written). */
  frenchInflections: string[];
  /** Shared function words that are French evidence before a name ("au Mozambique"; hand-written). */
  beforeNames: Set<string>;
  /** Two shared function words only French writes side by side, "il a", "de son": first → seconds (hand-written). */
  frenchPairs: Map<string, Set<string>>;
  /** Shared function words only French writes before a lower-case plural ("des mesures"; hand-written). */
  beforePlurals: Set<string>;
  /** Other languages' function words French writes only in names or rare borrowings ("del", "che"; hand-written). */
  foreignFunction: Set<string>;
  /** Given names French writes far more often than the French words spelt so ("jean", "marie"; names-first.json). */
  namesFirst: Set<string>;
  /**
   * Given names the French dictionary holds as rare French forms, their family not in the French
   * table ("robert", "oscar"; not "claire": "clair", "claires"; names-first.json `dictionary`).
   */
  dictionaryNames: Set<string>;
  /** Country names another language's table holds as a word ("niger", "mali"): names when capitalized (shared-country-names.json). */
  sharedCountries: Set<string>;
}

interface OtherFile { words: Record<string, string>; functionWords: Record<string, string> }
interface FrenchFunctionFile { words: string[]; endings: string[]; strongEndings: string[]; inflections: string[]; beforeNames?: string[]; pairs?: string[]; beforePlurals?: string[] }

let cached: Lexicons | null = null;

function byWord(lists: Record<string, string>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(lists)) {
    for (const w of words.split(' ')) {
      if (!w) continue;
      const langs = m.get(w);
      if (langs) { if (!langs.includes(lang)) langs.push(lang); }
      else m.set(w, [lang]);
    }
  }
  return m;
}

function pairsByFirst(pairs: string[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const p of pairs) {
    const [first, second] = p.split(' ');
    const seconds = m.get(first) ?? new Set<string>();
    seconds.add(second);
    m.set(first, seconds);
  }
  return m;
}

/** The built tables' words of each language, with the team-written common words of other-words-written.json. */
function withWritten(built: Record<string, string>, written: Record<string, string>): Record<string, string> {
  const all = { ...built };
  for (const [lang, words] of Object.entries(written)) all[lang] = all[lang] ? `${all[lang]} ${words}` : words;
  return all;
}

export function lexicons(): Lexicons {
  if (cached) return cached;
  const fr = loadJson<{ words: string; unaccented: string; dominantFunction?: string; names?: string }>('language/lexicon-fr.json');
  const other = loadJson<OtherFile>('language/lexicon-other.json');
  const fn = loadJson<FrenchFunctionFile>('language/french-function-words.json');
  const foreign = loadJson<{ words: string[] }>('language/foreign-function-words.json');
  const written = loadJson<{ words: Record<string, string> }>('language/other-words-written.json');
  const namesFirst = loadJson<{ words: string[]; dictionary: string[] }>('language/names-first.json');
  const sharedCountries = loadJson<{ words: string[] }>('language/shared-country-names.json');
  const french = new Set(fr.words.split(' '));
  for (const w of fn.words) french.add(w);
  cached = {
    french,
    frenchUnaccented: new Set(fr.unaccented.split(' ')),
    frenchFunction: new Set(fn.words),
    dominantFunction: new Set((fr.dominantFunction ?? '').split(' ').filter(Boolean)),
    names: new Set((fr.names ?? '').split(' ').filter(Boolean)),
    other: byWord(withWritten(other.words, written.words)),
    otherFunction: byWord(other.functionWords),
    frenchEndings: [...fn.endings].sort((a, b) => b.length - a.length),
    frenchStrongEndings: fn.strongEndings,
    frenchInflections: [...fn.inflections].sort((a, b) => b.length - a.length),
    beforeNames: new Set(fn.beforeNames ?? []),
    frenchPairs: pairsByFirst(fn.pairs ?? []),
    beforePlurals: new Set(fn.beforePlurals ?? []),
    foreignFunction: new Set(foreign.words),
    namesFirst: new Set(namesFirst.words),
    dictionaryNames: new Set(namesFirst.dictionary),
    sharedCountries: new Set(sharedCountries.words),
  };
  return cached;
}

/** Whether the tables have been loaded (long French text never loads them). */
export function lexiconsLoaded(): boolean {
  return cached !== null;
}
