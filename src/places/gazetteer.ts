/**
 * The shipped gazetteer (data/places/gazetteer.tsv, built by scripts/build-gazetteer.mjs),
 * loaded on first use: importing extrait must stay cheap for the CLI's cold start.
 */
import { readFileSync } from 'node:fs';
import { foldKey, isCapitalized } from './fold.js';

/** "w": also an ordinary word; "p": also a frequent personal name; "": a plain place name. */
export type Ambiguity = '' | 'w' | 'p';

export interface GazetteerEntry {
  normalized: string;
  country: string | null;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  population: number;
  ambiguous: Ambiguity;
}

export interface Gazetteer {
  /** Folded key -> entries, the first being what a bare mention means. */
  byKey: Map<string, GazetteerEntry[]>;
  /** Every proper token prefix of a key ("cote d" for "cote d ivoire"): lets a scan stop early. */
  prefixes: Set<string>;
  /** Folded first tokens of names that start in lower case ("lac", "bassin", "golfe"). */
  lowerStarts: Set<string>;
  /** Longest key, in tokens. */
  maxTokens: number;
  /**
   * For names of several words, bit k set when word k is capitalized in every listed spelling:
   * such a word must be capitalized in the text too ("La Réunion" is not "La réunion était…").
   */
  capitals: Map<string, number>;
}

const DATA_URL = new URL('../../data/places/gazetteer.tsv', import.meta.url);

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (loaded ??= parse(readFileSync(DATA_URL, 'utf8')));
}

export function parse(tsv: string): Gazetteer {
  const byKey = new Map<string, GazetteerEntry[]>();
  const prefixes = new Set<string>();
  const lowerStarts = new Set<string>();
  const capitals = new Map<string, number>();
  let maxTokens = 1;
  let pos = 0;
  while (pos < tsv.length) {
    let eol = tsv.indexOf('\n', pos);
    if (eol < 0) eol = tsv.length;
    const line = tsv.slice(pos, eol);
    pos = eol + 1;
    if (line === '' || line.charCodeAt(0) === 35 /* # */) continue;
    const f = line.split('\t');
    const name = f[0];
    const key = foldKey(name);
    if (!key) continue;
    const entry: GazetteerEntry = {
      normalized: f[1] || name,
      country: f[2] || null,
      kind: f[3],
      latitude: f[4] ? Number(f[4]) : null,
      longitude: f[5] ? Number(f[5]) : null,
      population: f[6] ? Number(f[6]) : 0,
      ambiguous: (f[7] || '') as Ambiguity,
    };
    const list = byKey.get(key);
    if (list) {
      list.push(entry);
      continue;
    }
    byKey.set(key, [entry]);
    const c = name.charCodeAt(0);
    let space = key.indexOf(' ');
    if (c >= 97 && c <= 122) lowerStarts.add(space < 0 ? key : key.slice(0, space));
    if (space < 0) continue;
    let n = 1;
    while (space >= 0) {
      prefixes.add(key.slice(0, space));
      n++;
      space = key.indexOf(' ', space + 1);
    }
    if (n > maxTokens) maxTokens = n;
  }
  return { byKey, prefixes, lowerStarts, maxTokens, capitals };
}

function capitalMask(name: string): number {
  let mask = 0;
  let k = 0;
  for (const word of name.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    if (isCapitalized(word)) mask |= 1 << k;
    k++;
  }
  return mask;
}
