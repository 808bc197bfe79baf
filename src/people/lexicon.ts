/** People lexicons (data/people): given names, honorifics, function heads, words that are never names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadJson } from '../data.js';
import { detached } from '../text/detach.js';
import { foldKey, foldLines, phrasePattern } from '../text/normalize.js';

interface TitleData { honorifics: string[]; titleHeads: string[]; personalHeads: string[]; notNames: string[]; orgWords: string[] }

export interface PeopleLexicon {
  firstNames: Set<string>;
  notNames: Set<string>;
  /** Folded words that make a capitalized run an organization or a place, not a person. */
  orgWords: Set<string>;
  /** Folded title heads that only a name follows bare ("la reine Victoria"): a place's name there is the person's. */
  personalHeads: Set<string>;
  honorific: RegExp;
  /** Title heads by their first word (lower case), each folded for comparison, longest first. */
  titleHeadsByFirst: Map<string, string[]>;
}

let lex: PeopleLexicon | null = null;

/** Apostrophes, spaces and hyphens as in running text. */
const runningText = (s: string): string => phrasePattern(s, { hyphens: true });

let famous: Set<string> | null = null;

/** People named by one word (data/people/famous.txt): "Aristote", "Staline", "Macron". */
export function isFamousName(word: string): boolean {
  return isFamousKey(foldWordKey(word));
}

/** isFamousName for a word already folded by foldWordKey. */
export function isFamousKey(key: string): boolean {
  famous ??= new Set(
    readFileSync(join(DATA_DIR, 'people', 'famous.txt'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .flatMap((l) => l.split(/\s+/))
      .filter(Boolean)
      .map(foldKey),
  );
  return famous.has(key);
}

/** Lower case, one kind of apostrophe, hyphens and spaces alike: "chef d’état-major" = "chef d'état major". */
export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/[-\s\u00a0]/g, ' ');
}

function byFirstWord(phrases: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    const first = p.toLowerCase().split(/[\s'’-]/)[0];
    let list = map.get(first);
    if (!list) map.set(first, (list = []));
    list.push(phraseKey(p));
  }
  return map;
}

export function peopleLexicon(): PeopleLexicon {
  if (lex) return lex;
  const text = readFileSync(join(DATA_DIR, 'people', 'first-names.txt'), 'utf8');
  // folded in one pass: 4,000 names folded one by one cost the first document ~5 ms
  const folded = foldLines(text);
  const names: string[] = [];
  text.split('\n').forEach((line, i) => {
    const n = line.trim();
    if (n && !n.startsWith('#')) names.push(folded[i]);
  });
  const t = loadJson<TitleData>('people/titles.json');
  const hons = [...t.honorifics].sort((a, b) => b.length - a.length).map(runningText);
  lex = {
    firstNames: new Set(names),
    notNames: new Set(t.notNames.map(foldKey)),
    orgWords: new Set(t.orgWords.map(foldKey)),
    personalHeads: new Set(t.personalHeads.map(foldKey)),
    // honorific right before a name: "M. Guterres", "Son Excellence le"
    honorific: new RegExp(`(?<![\\p{L}])(?:${hons.join('|')})(?![\\p{L}])`, 'giu'),
    titleHeadsByFirst: byFirstWord(t.titleHeads),
  };
  return lex;
}

const foldCache = new Map<string, string>();

/** foldKey for one word, memoized: the people stage folds every capitalized word of the text. */
export function foldWordKey(word: string): string {
  let k = foldCache.get(word);
  if (k === undefined) {
    if (foldCache.size > 50000) foldCache.clear();
    // detached: the word and a key equal to it are slices of the text (text/detach.ts)
    k = detached(/^[A-Za-z.-]*$/.test(word) ? word.toLowerCase() : foldKey(word));
    foldCache.set(detached(word), k);
  }
  return k;
}

/** A given name: listed, or hyphenated with a listed first part ("Jean-Bedel", "Marie-Josée"). */
export function isGivenName(word: string): boolean {
  return isGivenKey(foldWordKey(word));
}

/** isGivenName for a word already folded by foldWordKey. */
export function isGivenKey(key: string): boolean {
  const { firstNames } = peopleLexicon();
  if (firstNames.has(key)) return true;
  const dash = key.indexOf('-');
  return dash > 1 && firstNames.has(key.slice(0, dash));
}

/** A hyphenated word whose every part is a listed given name: "Charles-Albert", "Marie-Antoinette". */
export function isCompoundGivenKey(key: string): boolean {
  // most words asked about hold no hyphen: no split for them
  if (key.indexOf('-') < 0) return false;
  const parts = key.split('-');
  const { firstNames } = peopleLexicon();
  return parts.length >= 2 && parts.every((p) => p.length >= 2 && firstNames.has(p));
}
