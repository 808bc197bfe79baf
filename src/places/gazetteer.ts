/**
 * The shipped gazetteer (data/places/gazetteer.tsv, built by scripts/build-gazetteer.mjs),
 * loaded on first use: importing extrait must stay cheap for the CLI's cold start. Loading
 * only indexes each line by its folded key (the file's last column); a line becomes an entry
 * when a text first names it.
 */
import { readFileSync } from 'node:fs';
import { foldKey } from './fold.js';
import { Tokens } from './tokens.js';

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

export interface Names {
  /** What the name may mean, the first being what a bare mention means. */
  entries: GazetteerEntry[];
  /**
   * For names of several words, bit k set when word k is capitalized in every listed spelling:
   * such a word must be capitalized in the text too ("La Réunion" is not "La réunion était…").
   */
  capitals: number;
}

export class Gazetteer {
  /** Longest key, in tokens. */
  readonly maxTokens: number;
  /** Every proper token prefix of a key ("cote d" for "cote d ivoire"): lets a scan stop early. */
  readonly prefixes = new Set<string>();
  /** First words, as written and folded, of names that start in lower case ("lac", "océan"). */
  readonly lowerStarts = new Set<string>();
  private readonly tsv: string;
  /** Folded key -> offset of its first line (a key's lines are consecutive). */
  private readonly index = new Map<string, number>();
  private readonly parsed = new Map<string, Names>();

  constructor(tsv: string) {
    this.tsv = tsv;
    let maxTokens = 1;
    let pos = 0;
    while (pos < tsv.length) {
      let eol = tsv.indexOf('\n', pos);
      if (eol < 0) eol = tsv.length;
      const lineStart = pos;
      pos = eol + 1;
      const c = tsv.charCodeAt(lineStart);
      if (eol === lineStart || c === 35 /* # */) continue;
      const key = tsv.slice(tsv.lastIndexOf('\t', eol) + 1, eol);
      if (key === '' || this.index.has(key)) continue;
      this.index.set(key, lineStart);
      if (c >= 97 && c <= 122) {
        const first = key.indexOf(' ');
        this.lowerStarts.add(first < 0 ? key : key.slice(0, first));
        const line = tsv.slice(lineStart, eol);
        this.lowerStarts.add(line.slice(0, line.search(/[ '’\t-]/)));
      }
      let space = key.indexOf(' ');
      if (space < 0) continue;
      let n = 1;
      while (space >= 0) {
        this.prefixes.add(key.slice(0, space));
        n++;
        space = key.indexOf(' ', space + 1);
      }
      if (n > maxTokens) maxTokens = n;
    }
    this.maxTokens = maxTokens;
  }

  /** The entries of a folded key ("cote d ivoire"), or undefined. */
  get(key: string): Names | undefined {
    let names = this.parsed.get(key);
    if (names) return names;
    let pos = this.index.get(key);
    if (pos === undefined) return undefined;
    names = { entries: [], capitals: key.includes(' ') ? -1 : 0 };
    while (pos < this.tsv.length) {
      let eol = this.tsv.indexOf('\n', pos);
      if (eol < 0) eol = this.tsv.length;
      const f = this.tsv.slice(pos, eol).split('\t');
      pos = eol + 1;
      if (f[8] !== key) break;
      const name = f[0];
      names.entries.push({
        normalized: f[1] || name,
        country: f[2] || null,
        kind: f[3],
        latitude: f[4] ? Number(f[4]) : null,
        longitude: f[5] ? Number(f[5]) : null,
        population: f[6] ? Number(f[6]) : 0,
        ambiguous: (f[7] || '') as Ambiguity,
      });
      if (names.capitals !== 0) names.capitals &= capitalMask(name);
    }
    this.parsed.set(key, names);
    return names;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }
}

const DATA_URL = new URL('../../data/places/gazetteer.tsv', import.meta.url);

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (loaded ??= new Gazetteer(readFileSync(DATA_URL, 'utf8')));
}

/** The entries for a name as written ("COTE D’IVOIRE"). */
export function lookup(name: string): GazetteerEntry[] | undefined {
  return gazetteer().get(foldKey(name))?.entries;
}

function capitalMask(name: string): number {
  const tokens = new Tokens(name);
  let mask = 0;
  for (let k = 0; k < tokens.length; k++) if (tokens.capitalized(k)) mask |= 1 << k;
  return mask;
}
