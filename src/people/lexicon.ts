/** People lexicons (data/people): given names, honorifics, function heads, words that are never names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadJson } from '../data.js';
import { foldKey } from '../text/normalize.js';

interface TitleData { honorifics: string[]; titleHeads: string[]; notNames: string[] }

export interface PeopleLexicon {
  firstNames: Set<string>;
  notNames: Set<string>;
  honorific: RegExp;
  titleHead: RegExp;
}

let lex: PeopleLexicon | null = null;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Apostrophes and spaces as in running text. */
function phrasePattern(s: string): string {
  return escape(s).replace(/'/g, "['’]").replace(/ /g, '[\\s\\u00a0]+').replace(/-/g, '[-\\s]');
}

export function peopleLexicon(): PeopleLexicon {
  if (lex) return lex;
  const names = readFileSync(join(DATA_DIR, 'people', 'first-names.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map(foldKey);
  const t = loadJson<TitleData>('people/titles.json');
  const heads = [...t.titleHeads].sort((a, b) => b.length - a.length).map(phrasePattern);
  const hons = [...t.honorifics].sort((a, b) => b.length - a.length).map(phrasePattern);
  lex = {
    firstNames: new Set(names),
    notNames: new Set(t.notNames.map(foldKey)),
    // honorific right before a name: "M. Guterres", "Son Excellence le"
    honorific: new RegExp(`(?<![\\p{L}])(?:${hons.join('|')})(?![\\p{L}])`, 'giu'),
    titleHead: new RegExp(`(?<![\\p{L}])(?:${heads.join('|')})(?![\\p{L}])`, 'giu'),
  };
  return lex;
}
