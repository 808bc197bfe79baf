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

/** Keys (or values) per block of a table's block index. */
const BLOCK = 16;
const KEY_BLOCK = new RegExp(`(?:[^\\n]*\\n){${BLOCK}}`, 'y');
const VALUE_BLOCK = new RegExp(`(?:[^,]*,){${BLOCK}}`, 'y');

/**
 * Where every BLOCK-th of the `sep`-separated fields of `text` starts (field 0, BLOCK, 2·BLOCK…),
 * and how many fields there are. One regex run per block: the patterns run as machine code, while
 * a loop asking indexOf for each of the model's ~150,000 fields ran in the interpreter (~12 CPU ms
 * of every cold start against ~3).
 */
function blockStarts(text: string, block: RegExp, sep: string): { starts: Int32Array; count: number } {
  let starts = new Int32Array(256);
  let n = 1;
  block.lastIndex = 0;
  while (block.test(text)) {
    if (n >= starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[n++] = block.lastIndex;
  }
  // the fields after the last full block: one more than the separators left (the text ends without one)
  let rest = 1;
  for (let i = text.indexOf(sep, starts[n - 1]); i !== -1; i = text.indexOf(sep, i + 1)) rest++;
  return { starts: starts.slice(0, n), count: (n - 1) * BLOCK + rest };
}

/** Where the field after the one starting at `at` starts; -1 after the last. */
function nextField(text: string, sep: string, at: number): number {
  const i = text.indexOf(sep, at);
  return i === -1 ? -1 : i + 1;
}

/**
 * Sorted keys, kept as the model file's text (one key a line) with the offset of every BLOCK-th
 * line: a one-article run looks up a few hundred words, and splitting the tens of thousands of
 * keys and values into strings (or even finding where each starts) cost more start-up time than
 * all its lookups. Looked up by a binary search over the blocks' first keys, then over the keys
 * of one block, at first; then through a hash index of the keys built once the table has been asked
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
  /** Start of key 0, BLOCK, 2·BLOCK… in keyText. */
  private readonly keyBlocks: Int32Array;
  private valueBlocks: Int32Array | null = null;
  /** Start of each key, for the blocks a search has reached (blocksFilled). */
  private keyStarts: Int32Array | null = null;
  private blocksFilled: Uint8Array | null = null;
  readonly size: number;

  /** `keyText`: the keys, sorted, joined by newlines; `valueText`: their values, joined by commas. */
  constructor(private readonly keyText: string, private readonly valueText: string) {
    if (keyText === '') {
      this.keyBlocks = new Int32Array(1);
      this.size = 0;
    } else {
      const { starts, count } = blockStarts(keyText, KEY_BLOCK, '\n');
      this.keyBlocks = starts;
      this.size = count;
    }
  }

  /** Whether the keys were split into strings (only for the hash index of a much-asked table). */
  get keysBuilt(): boolean {
    return this.keyList !== null;
  }

  private value(i: number): number {
    if (this.valueList) return this.valueList[i];
    const text = this.valueText;
    let at = (this.valueBlocks ??= blockStarts(text, VALUE_BLOCK, ',').starts)[Math.floor(i / BLOCK)];
    for (let k = i % BLOCK; k > 0; k--) at = nextField(text, ',', at);
    const end = text.indexOf(',', at);
    return Number(text.slice(at, end === -1 ? text.length : end));
  }

  get(key: string): number | undefined {
    // a search until the table has answered enough words to pay for its index (a
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

  /**
   * The last block whose first key is not after `key`, then a binary search of that block's
   * keys, whose starts are found the first time a search reaches it.
   */
  private search(key: string): number | undefined {
    const blocks = this.keyBlocks;
    if (this.size === 0 || this.compareAt(blocks[0], key) > 0) return undefined;
    let b = 0;
    let top = blocks.length - 1;
    while (b < top) {
      const mid = (b + top + 1) >>> 1;
      if (this.compareAt(blocks[mid], key) <= 0) b = mid;
      else top = mid - 1;
    }
    const starts = this.startsOfBlock(b);
    let lo = b * BLOCK;
    let hi = Math.min(this.size, lo + BLOCK) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compareKey(starts, mid, key);
      if (order === 0) return this.value(mid);
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The start of every key, filled a block at a time (with the start after its last key: its end + 1). */
  private startsOfBlock(b: number): Int32Array {
    const starts = (this.keyStarts ??= new Int32Array(this.size + 1));
    const filled = (this.blocksFilled ??= new Uint8Array(this.keyBlocks.length));
    if (filled[b] === 0) {
      filled[b] = 1;
      const last = Math.min(this.size, (b + 1) * BLOCK);
      let at = this.keyBlocks[b];
      for (let i = b * BLOCK; i < last; i++) {
        starts[i] = at;
        const end = this.keyText.indexOf('\n', at);
        at = end === -1 ? this.keyText.length + 1 : end + 1;
      }
      starts[last] = at;
    }
    return starts;
  }

  /** Key i against `key` in the order of `<` on strings (UTF-16 units), read in place: a search makes no string. */
  private compareKey(starts: Int32Array, i: number, key: string): number {
    const text = this.keyText;
    const at = starts[i];
    const len = starts[i + 1] - 1 - at;
    const n = len < key.length ? len : key.length;
    for (let j = 0; j < n; j++) {
      const d = text.charCodeAt(at + j) - key.charCodeAt(j);
      if (d !== 0) return d;
    }
    return len - key.length;
  }

  /**
   * The key starting at `at` against `key` in the order of `<` on strings (UTF-16 units), read
   * in place: a search makes no string. Only the sign means anything.
   */
  private compareAt(at: number, key: string): number {
    const text = this.keyText;
    for (let j = 0; j < key.length; j++) {
      const p = at + j;
      // the key in the text ends first: it is a prefix of `key`, so before it
      if (p >= text.length) return -1;
      const c = text.charCodeAt(p);
      if (c === 10) return -1;
      const d = c - key.charCodeAt(j);
      if (d !== 0) return d;
    }
    const p = at + key.length;
    return p < text.length && text.charCodeAt(p) !== 10 ? 1 : 0;
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
    let at = 0;
    for (let i = 0; i < this.size; i++) {
      const end = this.keyText.indexOf('\n', at);
      const key = this.keyList ? this.keyList[i] : this.keyText.slice(at, end === -1 ? this.keyText.length : end);
      yield [key, this.value(i)];
      at = end + 1;
    }
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
