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
 * Where each of the `sep`-separated fields of `text` starts; one more entry: text.length + 1.
 * One pass, into an array that doubles when full: the model's tables have ~150,000 fields, and
 * a pass that first counted them cost a cold start ~10 CPU ms more (the loop runs once, in the
 * interpreter: the indexOf calls are the cost).
 */
function fieldStarts(text: string, sep: string): Int32Array {
  let starts = new Int32Array(1024);
  let n = 1;
  for (let i = text.indexOf(sep); i !== -1; i = text.indexOf(sep, i + 1)) {
    if (n + 1 >= starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[n++] = i + 1;
  }
  starts[n] = text.length + 1;
  return starts.slice(0, n + 1);
}

/**
 * Sorted keys, kept as the model file's text (one key a line) with the offsets of its lines:
 * a one-article run looks up a few hundred words, and splitting the tens of thousands of keys
 * and values into strings cost more start-up time than all its lookups. Looked up by binary
 * search at first, then through a hash index of the keys built once the table has been asked
 * INDEX_AFTER times (the search costs about a microsecond of string compares, and every new
 * word asks).
 */
export class SortedTable implements Lookup {
  /** Open addressing: slot → key index + 1 (0 empty), a power of two above twice the keys. */
  private slots: Int32Array | null = null;
  private hashes: Int32Array | null = null;
  private asked = 0;
  /** Split out of the texts only when the hash index is built (the table is asked a lot). */
  private keyList: string[] | null = null;
  private valueList: number[] | null = null;
  private readonly keyStarts: Int32Array;
  private valueStarts: Int32Array | null = null;

  /** `keyText`: the keys, sorted, joined by newlines; `valueText`: their values, joined by commas. */
  constructor(private readonly keyText: string, private readonly valueText: string) {
    this.keyStarts = keyText === '' ? new Int32Array(1) : fieldStarts(keyText, '\n');
  }

  get size(): number {
    return this.keyStarts.length - 1;
  }

  /** Whether the keys were split into strings (only for the hash index of a much-asked table). */
  get keysBuilt(): boolean {
    return this.keyList !== null;
  }

  private key(i: number): string {
    return this.keyList ? this.keyList[i] : this.keyText.slice(this.keyStarts[i], this.keyStarts[i + 1] - 1);
  }

  private value(i: number): number {
    if (this.valueList) return this.valueList[i];
    const starts = (this.valueStarts ??= fieldStarts(this.valueText, ','));
    return Number(this.valueText.slice(starts[i], starts[i + 1] - 1));
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
    const keys = this.keyList!;
    const mask = slots.length - 1;
    const h = hashString(key) | 0;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = slots[s];
      if (k === 0) return undefined;
      if (hashes[k - 1] === h && keys[k - 1] === key) return this.value(k - 1);
    }
  }

  private search(key: string): number | undefined {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compareKey(mid, key);
      if (order === 0) return this.value(mid);
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Key i against `key` in the order of `<` on strings (UTF-16 units), read in place: a search makes no string. */
  private compareKey(i: number, key: string): number {
    const text = this.keyText;
    const at = this.keyStarts[i];
    const len = this.keyStarts[i + 1] - 1 - at;
    const n = len < key.length ? len : key.length;
    for (let j = 0; j < n; j++) {
      const d = text.charCodeAt(at + j) - key.charCodeAt(j);
      if (d !== 0) return d;
    }
    return len - key.length;
  }

  private index(): Int32Array {
    const keys = (this.keyList = this.size === 0 ? [] : this.keyText.split('\n'));
    this.valueList = this.size === 0 ? [] : this.valueText.split(',').map(Number);
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
    for (let i = 0; i < this.size; i++) yield [this.key(i), this.value(i)];
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
  return foldLatin(s) ?? foldUnicode(s);
}

/** foldUnicode of each unit below U+0250 alone when that is one unit (else 0: "œ" gives "oe"), made on first use. */
let latinFold: Uint16Array | null = null;

function latinFoldTable(): Uint16Array {
  const t = new Uint16Array(0x250);
  for (let c = 0; c < 0x250; c++) {
    const f = foldUnicode(String.fromCharCode(c));
    t[c] = f.length === 1 ? f.charCodeAt(0) : 0;
  }
  return t;
}
const latinUnits = new Uint16Array(64);

/**
 * foldUnicode of a word of Latin letters (every unit below U+0250 and folding to one unit), a
 * unit at a time from a table; null for any other word. The same string: below U+0250, lower
 * casing goes a letter at a time, and the marks NFD splits off are all removed.
 */
function foldLatin(s: string): string | null {
  const n = s.length;
  if (n > latinUnits.length) return null;
  const table = (latinFold ??= latinFoldTable());
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = c < 0x250 ? table[c] : 0;
    if (f === 0) return null;
    latinUnits[i] = f;
  }
  return String.fromCharCode.apply(null, latinUnits.subarray(0, n) as unknown as number[]);
}

/** fold of any string: lower case, then for non-ASCII, marks removed and ligatures spelled out. */
function foldUnicode(s: string): string {
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
    if (!p[2 * i]) return new SortedTable('', '');
    return new SortedTable(p[2 * i], p[2 * i + 1]);
  };
  return { words: table(0), names: table(1), nameStarts: table(2) };
}
