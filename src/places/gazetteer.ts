/**
 * The shipped gazetteer (data/places/gazetteer.tsv, built by scripts/build-gazetteer.mjs),
 * loaded on first use: importing extrait must stay cheap for the CLI's cold start. Loading reads
 * the text and nothing more (its lines are sorted by key: the first look-ups are binary searches
 * in it); a line becomes an entry when a text first names it.
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
  /** A one-word name listed only in capitals ("EAU", "RDC"): an acronym, not the word "Eau". */
  shouted: boolean;
}

/** Look-ups answered by binary search before the keys are indexed in a Map (see Gazetteer). */
const SEARCHES_BEFORE_INDEX = 1000;

/**
 * The gazetteer's lines are sorted by key (the last column, in UTF-16 code unit order, the lines
 * of one key consecutive: scripts/build-gazetteer.mjs writes them so, and a test checks the
 * shipped file). A start-up therefore does no work per line: the first look-ups are binary
 * searches over the text itself (a one-article run makes a few hundred), and only a long run
 * pays for the Map of every key and the Set of every key prefix, which answer the same faster.
 */
export class Gazetteer {
  private readonly tsv: string;
  /** Where the first line after the header comments starts. */
  private readonly dataStart: number;
  /** Folded key -> offset of its first line (a key's lines are consecutive); null until built. */
  private index: Map<string, number> | null = null;
  /** Every proper token prefix of a key ("cote d" for "cote d ivoire"); null until built. */
  private prefixSet: Set<string> | null = null;
  /** Every word of a key after its first; null until built. */
  private innerWords: Set<string> | null = null;
  private searches = 0;
  private lowerStartsOf: Set<string> | null = null;
  private articleWordsOf: Set<string> | null = null;
  private readonly parsed = new Map<string, Names>();

  /** @param searchesBeforeIndex look-ups by binary search before the Map is built (tests compare both) */
  constructor(tsv: string, private readonly searchesBeforeIndex = SEARCHES_BEFORE_INDEX) {
    this.tsv = tsv;
    let pos = 0;
    while (pos < tsv.length && (tsv.charCodeAt(pos) === 35 /* # */ || tsv.charCodeAt(pos) === 10)) {
      const eol = tsv.indexOf('\n', pos);
      pos = eol < 0 ? tsv.length : eol + 1;
    }
    this.dataStart = pos;
  }

  /** First words, as written and folded, of names that start in lower case ("lac", "océan"). */
  get lowerStarts(): Set<string> {
    if (this.lowerStartsOf) return this.lowerStartsOf;
    const out = new Set<string>();
    const tsv = this.tsv;
    // one native scan for the lines opening in ASCII lower case (150 of 12,500), each taken
    // when it is the first line of its key
    const re = /^[a-z][^\n]*/gm;
    re.lastIndex = this.dataStart;
    for (let m = re.exec(tsv); m; m = re.exec(tsv)) {
      const line = m[0];
      const key = line.slice(line.lastIndexOf('\t') + 1);
      if (key === '' || (m.index > this.dataStart && this.keyAt(this.lineBefore(m.index)) === key)) continue;
      const first = key.indexOf(' ');
      out.add(first < 0 ? key : key.slice(0, first));
      out.add(line.slice(0, line.search(/[ '’\t-]/)));
    }
    return (this.lowerStartsOf = out);
  }

  /**
   * Second words of the keys that open with an article ("caire" of "le caire", "sables" of "les
   * sables d olonne"): a name "au", "du", "aux", "des" may hold the article of. One scan of the
   * key column, on first use.
   */
  get articleWords(): Set<string> {
    if (this.articleWordsOf) return this.articleWordsOf;
    const out = new Set<string>();
    const re = /\tles? ([^ \t\n]+)[^\t\n]*$/gm;
    re.lastIndex = this.dataStart;
    for (let m = re.exec(this.tsv); m; m = re.exec(this.tsv)) out.add(m[1]);
    return (this.articleWordsOf = out);
  }

  /** The entries of a folded key ("cote d ivoire"), or undefined. */
  get(key: string): Names | undefined {
    let names = this.parsed.get(key);
    if (names) return names;
    let pos = this.lineOf(key);
    if (pos < 0) return undefined;
    names = { entries: [], capitals: key.includes(' ') ? -1 : 0, shouted: !key.includes(' ') };
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
      if (names.shouted && !/^\p{Lu}{2,}$/u.test(name)) names.shouted = false;
    }
    this.parsed.set(key, names);
    return names;
  }

  has(key: string): boolean {
    return this.lineOf(key) >= 0;
  }

  /** The key is a proper token prefix of a longer key: "cote d" of "cote d ivoire", "le" of "le caire". */
  isPrefix(key: string): boolean {
    if (this.prefixSet || this.count()) return this.prefixSet!.has(key);
    const ahead = key + ' ';
    const line = this.lowerBound(ahead);
    return line < this.tsv.length && this.keyAt(line).startsWith(ahead);
  }

  /**
   * The folded word may stand after the first word of a key ("ivoire" in "cote d ivoire"): false
   * only when the keys are indexed and none holds it there (a filter, never a reason to match).
   */
  mayFollow(word: string): boolean {
    return this.innerWords === null || this.innerWords.has(word);
  }

  /** Offset of the first line of the key, or -1. */
  private lineOf(key: string): number {
    if (key === '') return -1;
    if (this.index || this.count()) return this.index!.get(key) ?? -1;
    const line = this.lowerBound(key);
    return line < this.tsv.length && this.keyAt(line) === key ? line : -1;
  }

  /** Counts a look-up: true when the Map and Set are (now) built. */
  private count(): boolean {
    if (++this.searches < this.searchesBeforeIndex) return false;
    this.build();
    return true;
  }

  /** Offset of the first line whose key is not below `key` (the text's length when none is). */
  private lowerBound(key: string): number {
    const tsv = this.tsv;
    // invariant: the lines starting before lo have smaller keys, the line at hi (a line start
    // or the end) and those after it do not
    let lo = this.dataStart;
    let hi = tsv.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let line = tsv.lastIndexOf('\n', mid - 1) + 1;
      if (line < lo) line = lo;
      let eol = tsv.indexOf('\n', line);
      if (eol < 0) eol = tsv.length;
      if (compareKey(tsv, Math.max(line, tsv.lastIndexOf('\t', eol - 1) + 1), eol, key) < 0) lo = eol + 1;
      else hi = line;
    }
    return lo;
  }

  /** Start of the line before the one at `line` (which is not the first). */
  private lineBefore(line: number): number {
    return this.tsv.lastIndexOf('\n', line - 2) + 1;
  }

  /** The key (last column) of the line at `line`. */
  private keyAt(line: number): string {
    let eol = this.tsv.indexOf('\n', line);
    if (eol < 0) eol = this.tsv.length;
    return this.tsv.slice(Math.max(line, this.tsv.lastIndexOf('\t', eol - 1) + 1), eol);
  }

  private build(): void {
    if (this.index) return;
    const tsv = this.tsv;
    const index = new Map<string, number>();
    const prefixes = new Set<string>();
    const inner = new Set<string>();
    let pos = this.dataStart;
    while (pos < tsv.length) {
      let eol = tsv.indexOf('\n', pos);
      if (eol < 0) eol = tsv.length;
      const lineStart = pos;
      pos = eol + 1;
      if (eol === lineStart || tsv.charCodeAt(lineStart) === 35 /* # */) continue;
      const key = tsv.slice(tsv.lastIndexOf('\t', eol) + 1, eol);
      if (key === '' || index.has(key)) continue;
      index.set(key, lineStart);
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
        prefixes.add(key.slice(0, space));
        const next = key.indexOf(' ', space + 1);
        inner.add(key.slice(space + 1, next < 0 ? key.length : next));
      }
    }
    this.index = index;
    this.prefixSet = prefixes;
    this.innerWords = inner;
  }
}

/** Compares tsv[s, e) with key in UTF-16 code unit order (that of the file's sort): <0, 0 or >0. */
function compareKey(tsv: string, s: number, e: number, key: string): number {
  const n = Math.min(e - s, key.length);
  for (let k = 0; k < n; k++) {
    const d = tsv.charCodeAt(s + k) - key.charCodeAt(k);
    if (d !== 0) return d;
  }
  return e - s - key.length;
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
