/**
 * Lexicons baked into a model: word classes (first names, titles, common French words…)
 * and multi-word names (places, organizations, people). They travel inside the model file
 * because the weights learned for "is in the place list" only mean something with the list
 * the model was trained with. Which lists to use is the trainer's choice (pluggable).
 */
import { hashString } from './hash.js';

export const WordClass = {
  FIRST: 1,
  LAST: 2,
  COMMON: 4,
  HONORIFIC: 8,
  TITLE: 16,
  ORGKEY: 32,
  PLACEKEY: 64,
  DEMONYM: 128,
  DATEWORD: 256,
  FUNCWORD: 512,
} as const;
export type WordClassName = keyof typeof WordClass;

export const NameType = { PER: 1, LOC: 2, ORG: 4 } as const;
export type NameTypeName = keyof typeof NameType;

/** Read-only string → number table: a Map while building, a sorted table once loaded. */
export interface Lookup {
  get(key: string): number | undefined;
  readonly size: number;
  entries(): IterableIterator<[string, number]>;
}

export interface Lexicons {
  /** folded word → WordClass bits */
  words: Lookup;
  /** folded name (tokens joined by one space) → NameType bits */
  names: Lookup;
  /** folded first token of a multi-token name → longest name length starting with it */
  nameStarts: Lookup;
}

const INDEX_AFTER = 5000;

/**
 * Sorted keys: loading is two split() calls instead of building a Map of tens of thousands of
 * entries. Looked up by binary search at first, then through a hash index of the keys built
 * once the table has been asked INDEX_AFTER times (the search costs about a microsecond of
 * string compares, and every new word asks).
 */
export class SortedTable implements Lookup {
  /** Open addressing: slot → key index + 1 (0 empty), a power of two above twice the keys. */
  private slots: Int32Array | null = null;
  private hashes: Int32Array | null = null;
  private asked = 0;

  constructor(private readonly keys: string[], private readonly values: number[]) {}

  get size(): number {
    return this.keys.length;
  }

  get(key: string): number | undefined {
    // a binary search until the table has answered enough words to pay for its index (a
    // one-article run asks a few hundred times; building the index costs a few ms at start)
    if (!this.slots) {
      if (++this.asked < INDEX_AFTER) return this.search(key);
      this.index();
    }
    const slots = this.slots!;
    const hashes = this.hashes!;
    const mask = slots.length - 1;
    const h = hashString(key) | 0;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = slots[s];
      if (k === 0) return undefined;
      if (hashes[k - 1] === h && this.keys[k - 1] === key) return this.values[k - 1];
    }
  }

  private search(key: string): number | undefined {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k === key) return this.values[mid];
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private index(): Int32Array {
    const keys = this.keys;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    const slots = new Int32Array(size);
    const hashes = new Int32Array(keys.length);
    const mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      const h = hashString(keys[i]) | 0;
      hashes[i] = h;
      let s = h & mask;
      // a key listed twice: the first wins, as the binary search over equal keys found one of them
      let dup = false;
      for (; slots[s] !== 0; s = (s + 1) & mask) if (hashes[slots[s] - 1] === h && keys[slots[s] - 1] === keys[i]) dup = true;
      if (!dup) slots[s] = i + 1;
    }
    this.hashes = hashes;
    this.slots = slots;
    return slots;
  }

  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.keys.length; i++) yield [this.keys[i], this.values[i]];
  }
}

export function emptyLexicons(): Lexicons {
  return { words: new Map(), names: new Map(), nameStarts: new Map() };
}

function mutable(m: Lookup): Map<string, number> {
  if (!(m instanceof Map)) throw new Error('lexicons loaded from a model are read-only');
  return m;
}

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case, accents removed, typographic apostrophes made straight: how lexicons key words. */
export function fold(s: string): string {
  // ASCII (most words) without a regex: lower-cased when it has a capital, else itself
  let upper = false;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  if (ascii) return upper ? s.toLowerCase() : s;
  let r = s.toLowerCase();
  if (/[^\x00-\x7f]/.test(r)) {
    r = r.normalize('NFD').replace(COMBINING, '').replace(/[’ʼ‘]/g, "'").replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  }
  return r;
}

export function addWord(lex: Lexicons, word: string, cls: WordClassName): void {
  const k = fold(word);
  mutable(lex.words).set(k, (lex.words.get(k) ?? 0) | WordClass[cls]);
}

/** `tokensOf` splits a name the way the tagger tokenizes, so phrase keys match token runs. */
export function addName(lex: Lexicons, tokens: string[], type: NameTypeName): void {
  if (tokens.length === 0 || tokens.length > 6) return;
  const folded = tokens.map(fold);
  const k = folded.join(' ');
  mutable(lex.names).set(k, (lex.names.get(k) ?? 0) | NameType[type]);
  if (tokens.length > 1) {
    const prev = lex.nameStarts.get(folded[0]) ?? 0;
    if (tokens.length > prev) mutable(lex.nameStarts).set(folded[0], tokens.length);
  }
}

// Sections separated by NUL: keys (sorted, one a line) then values (comma-separated), three tables.
const SEP = '\u0000';

function sortedEntries(m: Lookup): [string, number][] {
  return [...m.entries()].filter(([k]) => !k.includes('\n') && !k.includes(SEP)).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function serializeLexicons(lex: Lexicons): string {
  const parts: string[] = [];
  for (const table of [lex.words, lex.names, lex.nameStarts]) {
    const e = sortedEntries(table);
    parts.push(e.map(([k]) => k).join('\n'), e.map(([, v]) => v).join(','));
  }
  return parts.join(SEP);
}

export function parseLexicons(s: string): Lexicons {
  const p = s.split(SEP);
  const table = (i: number): Lookup => {
    if (!p[2 * i]) return new SortedTable([], []);
    return new SortedTable(p[2 * i].split('\n'), p[2 * i + 1].split(',').map(Number));
  };
  return { words: table(0), names: table(1), nameStarts: table(2) };
}
